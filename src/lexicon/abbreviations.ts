// Words that end with a full stop without ending the sentence (compared lower-case, without the final dot).
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "rev", "gen", "col", "lt", "sgt", "capt", "cmdr", "gov",
  "sen", "rep", "pres", "hon", "messrs", "mme", "mlle", "no", "nos", "vs", "v", "etc", "e.g", "i.e", "cf", "approx",
  "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ", "assn", "est", "fig", "vol", "op", "ed", "eds",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "d.c", "n.y", "l.a", "ph.d",
]);
