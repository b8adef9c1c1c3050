// Irregular past tenses of common verbs, as data shared by the rules that tell a verb's tense from its form
// (a source's verb after its subject, src/sources/participles.ts; the tense of a date's clause, src/time/tense.ts).

/** Past forms that differ from the base form: "fell", "said", "took". */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set([
  "took", "made", "gave", "went", "came", "won", "lost", "told", "said", "kept", "left", "held", "led", "sold",
  "bought", "brought", "thought", "found", "met", "ran", "saw", "began", "wrote", "stood", "paid", "spent", "rose",
  "fell", "sent", "built", "felt", "heard", "knew", "became", "chose", "grew", "threw", "got", "struck", "stuck",
  "drew", "broke", "spoke", "swore", "fought",
]);

/** Past forms the same as the base form ("cut", "set"): a past only where nothing else can be the verb. */
export const BASE_FORM_PASTS: ReadonlySet<string> = new Set(["put", "set", "hit", "cut", "let", "shut", "quit", "beat"]);
