// Every regular expression written in src/: literals, and `new RegExp(...)` calls. Found with the TypeScript
// parser, so a regex added anywhere is checked without anyone listing it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface FoundRegex {
  /** "src/text/sentences.ts:9" */
  where: string;
  source: string;
  flags: string;
  /** Built at run time: interpolations were replaced by a sample word, or `source` is null when not a template. */
  dynamic: boolean;
}

/** What an interpolated `${...}` stands for when a RegExp is built from a template: an escaped word. */
const SAMPLE_WORD = "Smith";

export function findRegexes(root: string, dir = "src"): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of tsFiles(join(root, dir))) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node): string => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (n as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf("/");
        out.push({ where: where(n), source: text.slice(1, slash), flags: text.slice(slash + 1), dynamic: false });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.expression.getText() === "RegExp") {
        out.push({ where: where(n), ...dynamicPattern(n.arguments ?? []), dynamic: true });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** The pattern of `new RegExp(a, b)` when `a` is a string or template literal; else an empty source. */
function dynamicPattern(args: readonly ts.Expression[]): { source: string; flags: string } {
  const [a, b] = args;
  const flags = b !== undefined && ts.isStringLiteralLike(b) ? b.text : "";
  if (a === undefined) return { source: "", flags };
  if (ts.isStringLiteralLike(a)) return { source: a.text, flags };
  if (ts.isTemplateExpression(a)) {
    // the cooked text of each part is what the RegExp constructor receives
    return { source: a.head.text + a.templateSpans.map((s) => SAMPLE_WORD + s.literal.text).join(""), flags };
  }
  return { source: "", flags };
}

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* tsFiles(p);
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) yield p;
  }
}
