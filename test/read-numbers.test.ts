// readNumbers(): every number a text writes, with its span and value — phrase cases in news wording, the forms the
// engine reads only in its general mode, and what must read as no number.
import { describe, expect, it } from "vitest";
import { readNumbers } from "../src/index.js";

const read = (s: string): Array<[string, number]> =>
  readNumbers(s).map((m) => {
    expect(s.slice(m.span.start, m.span.end)).toBe(m.text);
    return [m.text, Number(m.value.toPrecision(12))];
  });

const CASES: Array<[string, Array<[string, number]>]> = [
  // digits, grouped and scaled
  ["Sales reached 1,234,567 units, up from 980,000.", [["1,234,567", 1234567], ["980,000", 980000]]],
  ["China's population is 1 414 021 100, the census says.", [["1 414 021 100", 1414021100]]],
  ["The price was 1 234.50 euros and 423 0000 is a code.", [["1 234.50", 1234.5], ["423", 423], ["0000", 0]]],
  ["The fund holds $2.5bn and 600m shares; he earns 10k a month.", [["2.5bn", 2.5e9], ["600m", 6e8], ["10k", 1e4]]],
  ["Rates fell .25 points.", [[".25", 0.25]]],
  // words
  ["Twenty-six people died and one hundred and six were hurt.", [["Twenty-six", 26], ["one hundred and six", 106]]],
  ["A dozen firms bid, three hundred and two dozen eggs were sold.", [["A dozen", 12], ["three hundred and two dozen", 324]]],
  ["between one million and two million viewers", [["one million", 1e6], ["two million", 2e6]]],
  ["Five and a half million people voted; 3 million and a half stayed home.", [["Five and a half million", 5.5e6], ["3 million and a half", 3.5e6]]],
  ["The rate was one point three per cent, or nought point five in May.", [["one point three", 1.3], ["nought point five", 0.5]]],
  ["At one point three men were arrested.", [["one", 1], ["three", 3]]],
  ["It cost 4 thousand 3 hundred and 21 pounds, not $3 million and 200 jobs.", [["4 thousand 3 hundred and 21", 4321], ["3 million", 3e6], ["200", 200]]],
  // fractions
  ["Two thirds of voters and a quarter of MPs backed it.", [["Two thirds", 2 / 3], ["a quarter", 0.25]]],
  ["More than half said so; the trains ran one and a half times as often.", [["half", 0.5], ["one and a half", 1.5]]],
  ["Shares rose 3/4 to 11-1/2, then 2 1/4 and 2½.", [["3/4", 0.75], ["11-1/2", 11.5], ["2 1/4", 2.25], ["2½", 2.5]]],
  ["It weighs two thirds of a million tonnes.", [["two thirds of a million", 666666.666667]]],
  ["One in three adults smoke; 1 in 20 cars failed.", [["One in three", 1 / 3], ["1 in 20", 0.05]]],
  // signs
  ["Growth was -0.3% and inflation was minus 0.5 percent.", [["-0.3", -0.3], ["minus 0.5", -0.5]]],
  ["Temperatures hit -5C at night.", []],
  ["Temperatures hit -5 degrees at night.", [["-5", -5]]],
  // labels, dates and codes are numbers here
  ["They met on 5/17/2018 at No 10.", [["5", 5], ["17", 17], ["2018", 2018], ["10", 10]]],
  ["The server is at 192.168.1.2.", [["192", 192], ["168", 168], ["1", 1], ["2", 2]]],
  ["Rates equal LIBOR minus 6-1/2 pct.", [["6-1/2", 6.5]]],
  // scientific notation
  ["A mass of 1.3e6 kg, 6.23x10^-4 m and 2.5^-1.", [["1.3e6", 1.3e6], ["6.23x10^-4", 0.000623], ["2.5^-1", 0.4]]],
];

const NOTHING = [
  "It was the third time he came fourth, a first for the club.",
  "The one you mentioned is better; which one do you prefer?",
  "He bought a 180ml bottle on a 3G phone on the 4th.",
  "G8 leaders flew an A380 and drove a 4x4.",
  "They won the second half.",
  "Book a first class seat.",
];

describe("readNumbers", () => {
  for (const [input, want] of CASES) it(input, () => expect(read(input)).toEqual(want.map(([t, v]) => [t, Number(v.toPrecision(12))])));
  for (const input of NOTHING) it(`no number: ${input}`, () => expect(read(input)).toEqual([]));

  it("keeps a score or a range apart from a sign", () => {
    expect(read("Arsenal won 3-1.")).toEqual([["3", 3], ["1", 1]]);
    expect(read("between 5 - 6 people")).toEqual([["5", 5], ["6", 6]]);
    expect(read("It fell - 4 points")).toEqual([["4", 4]]);
  });

  it("reads 'in' as a ratio only for a smaller first number and never before a time or a year", () => {
    expect(read("He scored 12 in six games.")).toEqual([["12", 12], ["six", 6]]);
    expect(read("I want to earn $2 in 5 years.")).toEqual([["2", 2], ["5", 5]]);
    expect(read("1 in 2019")).toEqual([["1", 1], ["2019", 2019]]);
  });

  it("reads a text of no numbers, and an empty one", () => {
    expect(readNumbers("")).toEqual([]);
    expect(readNumbers("No figures here at all.")).toEqual([]);
  });
});
