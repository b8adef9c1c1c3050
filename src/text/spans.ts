/** The item whose [start, end) holds `pos`, by binary search over items sorted by start and disjoint. */
export function spanAt<T extends { start: number; end: number }>(items: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    if (pos < item.start) hi = mid - 1;
    else if (pos >= item.end) lo = mid + 1;
    else return item;
  }
  return undefined;
}
