// How deeply a page's elements nest, read from the markup in one pass before any parser sees it. Both linkedom's
// parser and Readability slow down super-linearly with nesting depth (measured: 100,000 nested <div>s took 40 s to
// parse; Readability took 9 s at depth 500 and 53 s at depth 1,000), so a page nested deeper than real pages ever
// are (a few dozen levels) is either refused or read without Readability. An estimate: elements whose end tag
// may be left out (p, li, td…) and void elements (br, img…) do not count, and script/style bodies are skipped.

const NOT_NESTING = new Set(
  ("area base br col embed hr img input link meta param source track wbr " + // void
    "p li dt dd option optgroup tr td th tbody thead tfoot colgroup caption rb rt rtc rp html head body") // end tag optional
    .split(" "),
);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "template", "iframe", "noembed", "noframes"]);

/** The deepest nesting of start tags without their end tags, counted up to `stopAt` (then the scan ends). */
export function tagDepth(html: string, stopAt = Infinity): number {
  const lower = html.length <= 64 << 20 ? html.toLowerCase() : html;
  let depth = 0;
  let max = 0;
  for (let i = lower.indexOf("<"); i !== -1 && max < stopAt; i = lower.indexOf("<", i + 1)) {
    const close = lower.charCodeAt(i + 1) === 47; // "/"
    let j = close ? i + 2 : i + 1;
    while (j < lower.length && isNameChar(lower.charCodeAt(j))) j++;
    const name = lower.slice(close ? i + 2 : i + 1, j);
    if (name === "" || !isLetter(name.charCodeAt(0))) continue;
    const gt = lower.indexOf(">", j);
    if (gt === -1) break; // no tag is ever completed after this point
    if (close) {
      if (depth > 0 && !NOT_NESTING.has(name)) depth--;
    } else if (lower.charCodeAt(gt - 1) !== 47 && !NOT_NESTING.has(name)) {
      if (RAW_TEXT.has(name)) {
        // the body is text, not markup: go on after its end tag
        const end = lower.indexOf(`</${name}`, gt);
        if (end === -1) break;
        i = end;
        continue;
      }
      depth++;
      if (depth > max) max = depth;
    }
    i = gt;
  }
  return max;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}
