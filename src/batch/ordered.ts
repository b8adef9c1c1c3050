// Run tasks concurrently, yield results in input order, hold at most `window` tasks at once. The window bounds
// memory whatever the input's size: nothing more is read until the oldest result has been taken, and the
// consumer takes it only once the output has drained (backpressure from stdout to the reader).

type Step<T, R> = { kind: "input"; next: IteratorResult<T> } | { kind: "result"; value: R };

export async function* orderedMap<T, R>(source: AsyncIterable<T>, run: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const pending: Promise<R>[] = []; // in input order; the head is the next result to yield
  let reading: Promise<Step<T, R>> | null = null;
  let exhausted = false;
  try {
    for (;;) {
      if (!exhausted && reading === null && pending.length < window) {
        reading = it.next().then((next) => ({ kind: "input", next }));
      }
      const head = pending[0];
      if (head === undefined && reading === null) return;
      // whichever comes first: a finished head (yield it now, even while the input is slow) or a new item
      const waits: Promise<Step<T, R>>[] = [];
      if (reading !== null) waits.push(reading);
      if (head !== undefined) waits.push(head.then((value) => ({ kind: "result", value })));
      const step = await Promise.race(waits);
      if (step.kind === "input") {
        reading = null;
        if (step.next.done === true) exhausted = true;
        else pending.push(run(step.next.value));
      } else {
        pending.shift();
        yield step.value;
      }
    }
  } finally {
    // stopped early (Ctrl-C, closed stdout): let the source close its files, without waiting on a read in flight
    if (!exhausted) it.return?.()?.catch(() => undefined);
  }
}
