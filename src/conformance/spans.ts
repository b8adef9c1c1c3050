// When a claimex claim and an RT result are "the same mention". RT's texts follow RT's conventions (its numbers
// leave out "around"/"more than"; its currency keeps the "$"; its dates keep "in"/"since" or not by model) and
// claimex's follow the annotation guide (qualifier + number + scale word; time text without in/on/for). So the
// spans must overlap, and what one has and the other lacks may only be a few words carrying no number: a
// qualifier, a preposition, a currency sign. Anything with a digit or a number word in it is a different mention.
export interface Span {
  start: number;
  end: number;
}

const NUMBER_WORD =
  /\b(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|lakh|crore|bn|mn|m|k)\b/i;
const MAX_EXTRA_WORDS = 3;

function harmless(extra: string): boolean {
  if (/\d/.test(extra) || NUMBER_WORD.test(extra)) return false;
  return extra.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= MAX_EXTRA_WORDS;
}

export function spansAgree(input: string, claim: Span, rt: Span): boolean {
  if (Math.min(claim.end, rt.end) <= Math.max(claim.start, rt.start)) return false;
  const front = input.slice(Math.min(claim.start, rt.start), Math.max(claim.start, rt.start));
  const back = input.slice(Math.min(claim.end, rt.end), Math.max(claim.end, rt.end));
  return harmless(front) && harmless(back);
}
