// Verbs that tell how a figure changed ("rose 5%", "has fallen to 200", "doubled"), in the forms news writes them.
// One list for every rule that asks "is this a change?": the unit of a change's base, the subject a level counts,
// a time that scopes a change already reported, "this month" after a change in the perfect. Not "increase" and
// "decrease": as often nouns ("subject to approval of an increase in shares to 120 mln"), which a rule adds itself
// where a noun of change reads the same.

export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  "rise", "rises", "rising", "rose", "risen", "fall", "falls", "falling", "fell", "fallen",
  "increases", "increasing", "increased", "decreasing", "decreased",
  "declined", "declining", "climbed", "climbing", "jumped", "dropped", "grew", "grown", "growing", "gained",
  "slipped", "soared", "plunged", "surged", "slumped", "tumbled", "rallied", "advanced", "slowed",
  "doubled", "halved", "trebled", "tripled", "swelled", "shrank",
]);

/** The past forms among them, for a change already reported ("rose", "has risen", "doubled"; not "will rise"). */
export const CHANGE_PASTS: ReadonlySet<string> = new Set(
  [...CHANGE_VERBS].filter((w) => w.endsWith("ed") || ["rose", "risen", "fell", "fallen", "grew", "grown", "shrank"].includes(w)),
);
