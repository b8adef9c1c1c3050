// Given names that news copy gives to men and women alike ("Kim Collins", "Kim Howells"; "Chris", "Sam",
// "Robin"): they still open a person's name, but tell no gender, so a later "he" or "she" may refer to them.
// (given-names.ts is generated from compromise, which files most of these under one gender only.)
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(
  "kim chris sam alex robin leslie lee terry ashley taylor dana kelly sandy jackie frankie jean jo".split(" "),
);
