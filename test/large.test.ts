// Huge documents: extracted in pieces of whole sentences (src/large/pieces.ts) and written as they go
// (src/large/stream.ts, cli.ts). Pieces are made small here so that ordinary corpus text crosses many boundaries.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { extract } from "../src/extract.js";
import { DocumentSchema } from "../src/schema.js";
import { documentViolations } from "../src/check/invariants.js";
import { corpusOfLength } from "../src/fuzz/corpus.js";
import { extractInPieces, extractPieces, WHOLE_CHARS } from "../src/large/pieces.js";
import { documentJson } from "../src/large/stream.js";
import { STREAM_BYTES, streamLargeInput } from "../src/large/cli.js";
import { splitSentences } from "../src/text/sentences.js";

const text = corpusOfLength(120_000);

describe("a document in pieces", () => {
  const doc = extractInPieces(text, { referenceDate: "2019-10-24", input: "big.txt" }, 5_000);

  it("keeps the whole contract: schema, spans, ids c1…cN in order, links, sentence indexes of the whole text", () => {
    expect(doc.claims.length).toBeGreaterThan(300);
    DocumentSchema.parse(doc);
    expect(documentViolations(doc, text)).toEqual([]);
    expect(doc.claims.map((c) => c.id)).toEqual(doc.claims.map((_, i) => `c${i + 1}`));
    const sentences = splitSentences(text);
    for (const c of doc.claims) expect(sentences[c.sentence.index]?.text).toBe(c.sentence.text);
    expect(doc.claims.some((c) => "time" in c && c.time !== undefined && Number(c.time.slice(1)) > 100)).toBe(true);
  });

  it("is the document of one run over the whole text: each piece reads context on either side of it", { timeout: 60_000 }, () => {
    // ordinary articles one after another, cut into pieces much smaller than an article's look-back. Every claim
    // is compared whole (name, kind, quote, values), its links by the claim they point at. What may still differ
    // comes from rules that read a fact of the whole text (is "Mr Smith" written anywhere?), not a bounded
    // stretch of it: very few claims (without the context, about 1.5% differed here)
    const whole = extract(text, { referenceDate: "2019-10-24", input: "big.txt" });
    const keyed = (claims: typeof doc.claims) => {
      const key = new Map(claims.map((c) => [c.id, `${c.type} ${c.span.start} ${c.span.end}`]));
      return new Map(
        claims.map((c) => {
          const { id: _id, ...rest } = c as Record<string, unknown>;
          for (const link of ["time", "source"]) if (typeof rest[link] === "string") rest[link] = key.get(rest[link] as string);
          return [key.get(c.id)!, JSON.stringify(rest)];
        }),
      );
    };
    const a = keyed(whole.claims);
    const b = keyed(doc.claims);
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    expect(whole.claims.length).toBeGreaterThan(1000);
    expect(differing.length / whole.claims.length).toBeLessThan(0.005);
  });

  it("links a pronoun to the source named in the piece before", () => {
    const quiet = "The streets of the capital were quiet on the morning of the announcement. ".repeat(30);
    const story = `LONDON (Reuters) - Finance minister John Smith said the budget would be published soon.\n\n${quiet}\n\nHe said the deficit would reach $5bn this year.\n\n${quiet}`;
    const pieces = [...extractPieces(story, {}, 2_000).claims];
    const named = pieces.findIndex((p) => p.some((c) => c.type === "source" && c.text.endsWith("John Smith")));
    const he = pieces.findIndex((p) => p.some((c) => c.type === "source" && c.text === "He"));
    expect(named).toBeGreaterThanOrEqual(0);
    expect(he).toBeGreaterThan(named); // the name and the pronoun are in different pieces
    const claims = pieces.flat();
    const pronoun = claims.find((c) => c.type === "source" && c.text === "He");
    const money = claims.find((c) => c.type === "money");
    expect(pronoun).toMatchObject({ name: "John Smith", kind: "person" });
    expect(money).toMatchObject({ source: pronoun!.id });
    expect({ ...extractInPieces(story, {}, 2_000) }).toEqual(extract(story));
  });

  it("links a figure to the speaker named after its quotation, in the next piece", () => {
    // the quotation's first sentence holds the figure, the sentence after it the speaker: the boundary falls
    // between them for one of these lengths of the text before
    const quiet = "The streets of the capital were quiet on the morning of the announcement. ";
    let across = 0;
    for (let n = 20; n <= 30; n++) {
      const story = `${quiet.repeat(n)}\u201cSales rose 5% last year. We expect more of the same,\u201d said John Smith, the chief executive of the company.\n\n${quiet.repeat(30)}`;
      const pieces = [...extractPieces(story, {}, 2_000).claims];
      const at = (type: string) => pieces.findIndex((p) => p.some((c) => c.type === type));
      if (at("percent") < at("source")) across++;
      const claims = pieces.flat();
      const speaker = claims.find((c) => c.type === "source");
      expect(speaker).toMatchObject({ name: "John Smith" });
      expect(claims.find((c) => c.type === "percent")).toMatchObject({ source: speaker!.id });
      expect(extractInPieces(story, {}, 2_000)).toEqual(extract(story));
    }
    expect(across).toBeGreaterThan(0);
  });

  it("is the document of one run when the piece holds the whole text", () => {
    const small = text.slice(0, 20_000);
    expect(extractInPieces(small, { debug: true })).toEqual(extract(small, { debug: true }));
  });

  it("is what extract() returns for a text longer than a piece", { timeout: 120_000 }, () => {
    const big = corpusOfLength(WHOLE_CHARS + 50_000);
    const a = extract(big, { types: ["money", "percent"] });
    expect(a.claims.length).toBeGreaterThan(300);
    expect(documentViolations(a, big)).toEqual([]);
    expect(a.claims.map((c) => c.id)).toEqual(a.claims.map((_, i) => `c${i + 1}`));
  });
});

describe("a document written piece by piece", () => {
  const options = { referenceDate: "2019-10-24", input: "big.txt", debug: true };
  const whole = extractInPieces(text, options, 5_000);

  it.each(["json", "jsonl"] as const)("is byte for byte the %s the CLI writes for the whole document", (format) => {
    const { head, claims } = extractPieces(text, options, 5_000);
    const streamed = [...documentJson(head, claims, format)].join("");
    expect(streamed).toBe(format === "json" ? JSON.stringify(whole, null, 2) + "\n" : JSON.stringify(whole) + "\n");
  });

  it.each(["json", "jsonl"] as const)("and for a document with no claims (%s)", (format) => {
    const { head, claims } = extractPieces("Nothing to see here.", { input: "x" });
    const doc = extract("Nothing to see here.", { input: "x" });
    expect([...documentJson(head, claims, format)].join("")).toBe(format === "json" ? JSON.stringify(doc, null, 2) + "\n" : JSON.stringify(doc) + "\n");
  });

  it("through the CLI's stream path: the same bytes; small or non-text input is left to the normal path", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimex-large-"));
    const file = join(dir, "big.txt");
    writeFileSync(file, text);
    let out = "";
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        out += chunk.toString("utf8");
        done();
      },
    });
    expect(await streamLargeInput([file], "json", "auto", { date: "2019-10-24" }, sink, 1000)).toBe(0);
    // the normal path gives extract(), which runs in the same pieces for every text the stream path takes
    // (over STREAM_BYTES bytes is over WHOLE_CHARS characters)
    expect(STREAM_BYTES / 3).toBeGreaterThan(WHOLE_CHARS);
    expect(out).toBe(JSON.stringify(extractInPieces(text, { input: file, referenceDate: "2019-10-24" }), null, 2) + "\n");
    // below the size, several inputs, HTML, pretty output: the normal path
    expect(await streamLargeInput([file], "json", "auto", {}, sink)).toBeNull();
    expect(await streamLargeInput([file, file], "json", "auto", {}, sink, 1000)).toBeNull();
    expect(await streamLargeInput([file], "json", "html", {}, sink, 1000)).toBeNull();
    expect(await streamLargeInput([file], "pretty", "auto", {}, sink, 1000)).toBeNull();
  });
});
