// The generic phrase-spec runner: every test/specs/*.json file is a list of real sentences with the claims they
// must yield. A file names the claim `types` it is about; for each case the claims of those types must be exactly
// the expected ones (same text, in order), with every field the case gives. Links are written as the text of the
// linked claim ("time": "the last 12 months") or, for sources, its name ("source": "Khieu Sopheak").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { DocumentSchema, type Claim, type ClaimType } from "../src/schema.js";

interface SpecCase {
  input: string;
  referenceDate?: string | null;
  expect: Array<Record<string, unknown> & { type: ClaimType; text: string }>;
  skip?: string;
  note?: string;
}
interface SpecFile {
  description: string;
  types: ClaimType[];
  referenceDate?: string | null;
  cases: SpecCase[];
}

const dir = join(import.meta.dirname, "specs");
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();

for (const file of files) {
  const spec = JSON.parse(readFileSync(join(dir, file), "utf8")) as SpecFile;
  describe(`${file}: ${spec.description}`, () => {
    for (const c of spec.cases) {
      const title = c.input.length > 90 ? c.input.slice(0, 87) + "..." : c.input;
      const run = c.skip !== undefined ? it.skip : it;
      run(title, () => {
        const referenceDate = c.referenceDate !== undefined ? c.referenceDate : spec.referenceDate ?? null;
        const doc = extract(c.input, { referenceDate });
        DocumentSchema.parse(doc);
        const byId = new Map(doc.claims.map((k) => [k.id, k]));
        const got = doc.claims.filter((k) => spec.types.includes(k.type));
        expect(got.map((k) => `${k.type}:${k.text}`)).toEqual(c.expect.map((e) => `${e.type}:${e.text}`));
        c.expect.forEach((e, i) => {
          const claim = got[i]!;
          expect(c.input.slice(claim.span.start, claim.span.end)).toBe(claim.text);
          const { time, source, ...fields } = e;
          expect(claim).toMatchObject(fields);
          if (time !== undefined) expect(linkedText(claim, "time", byId)).toBe(time);
          if (source !== undefined) expect(linkedText(claim, "source", byId)).toBe(source);
        });
      });
    }
  });
}

function linkedText(claim: Claim, link: "time" | "source", byId: Map<string, Claim>): string | null {
  const id = (claim as { time?: string; source?: string })[link];
  if (id === undefined) return null;
  const target = byId.get(id);
  if (target === undefined) return `<dangling ${id}>`;
  return target.type === "source" ? target.name : target.text;
}
