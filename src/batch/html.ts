// A saved web page → the article's plain text and its published date. @mozilla/readability finds the body over
// linkedom's DOM: a parser only — no script runs and nothing is fetched. Offsets of the claims then index the text
// made here (title, blank line, paragraphs separated by blank lines), which is what `input` names.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { isoDay } from "./iso-day.js";
import { tagDepth } from "./html-depth.js";
import { InputError } from "../cli/errors.js";

// The little of the DOM read here (the project compiles without the DOM lib).
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  tagName?: string;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface DomDocument extends DomNode {
  body: DomNode | null;
  documentElement: DomNode;
  querySelector(selector: string): DomElement | null;
}

export interface HtmlArticle {
  text: string;
  /** YYYY-MM-DD of the page's published-time metadata, when it has a usable one. */
  date: string | null;
}

// Elements after which reading text starts a new line (paragraph-like) — the rest flow inline.
const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL".split(" "),
);

// Published-time metadata that Readability does not read itself (it reads JSON-LD datePublished and
// article:published_time); taken before Readability reshapes the DOM.
const DATE_SELECTORS = [
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
  "time[datetime]",
];

// Nesting depth (src/batch/html-depth.ts): past MAX_DEPTH the page is refused with a one-line error (linkedom would
// take minutes to parse it); past READABILITY_DEPTH the body is read as it is (Readability is super-linear in depth).
const MAX_DEPTH = 1000;
const READABILITY_DEPTH = 100;

export function readHtml(html: string, input = "-"): HtmlArticle {
  const depth = tagDepth(html, MAX_DEPTH + 1);
  if (depth > MAX_DEPTH) throw new InputError(input, `HTML elements nested more than ${MAX_DEPTH} deep, not read`);
  // linkedom makes a bare fragment's first element the document element and gives it an empty body (and no
  // document element at all for text without tags): a page without <html> is read as the body of one
  const document = parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`).document as unknown as DomDocument;
  const fallbackDate = metadataDate(document);
  const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode });
  const article = depth <= READABILITY_DEPTH ? reader.parse() : null;
  const body = article?.content ? blockText(article.content) : blockText(document.body ?? document.documentElement);
  const title = (article?.title ?? "").replace(/\s+/g, " ").trim();
  const text = title !== "" && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text, date: isoDay(article?.publishedTime ?? null) ?? fallbackDate };
}

function metadataDate(document: DomDocument): string | null {
  for (const sel of DATE_SELECTORS) {
    const el = document.querySelector(sel);
    const day = isoDay(el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? null);
    if (day !== null) return day;
  }
  return null;
}

/** Text of a subtree with paragraph breaks at block elements and whitespace collapsed inside paragraphs. */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = (): void => {
    const p = current.replace(/\s+/g, " ").trim();
    if (p !== "") paragraphs.push(p);
    current = "";
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) current += node.nodeValue ?? "";
    else if (node.nodeType === 1) {
      const tag = (node.tagName ?? "").toUpperCase();
      if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") return;
      const block = BLOCK.has(tag);
      if (block) flush();
      for (let c = node.firstChild; c !== null; c = c.nextSibling) walk(c);
      if (block) flush();
    } else if (node.nodeType === 9 || node.nodeType === 11) {
      for (let c = node.firstChild; c !== null; c = c.nextSibling) walk(c);
    }
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}
