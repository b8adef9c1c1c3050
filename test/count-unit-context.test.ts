// Count units named elsewhere in the sentence (src/quantity/unit.ts, unitNamedBefore): a figure with no noun after
// it takes the unit its sentence gives it — and only where the sentence does.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";

const units = (text: string) =>
  Object.fromEntries(extract(text).claims.flatMap((c) => (c.type === "count" ? [[c.text, c.unit]] : [])));

describe("count units from context", () => {
  it("a change takes the unit written after its new level (unit/change-to)", () => {
    expect(units("German unemployment rose 7,000 in November to 4.464 million people.")).toMatchObject({ "7,000": "people", "4.464 million": "people" });
    expect(units("The workforce will be trimmed from 155,000 to 110,000 staff by 2010.")).toMatchObject({ "155,000": "staff" });
    expect(units("The bank fell 12 places to 40th in the ranking and 300 workers left.")).not.toHaveProperty("12", "workers");
  });
  it("a figure that is no change does not borrow the next figure's unit", () => {
    expect(units("It sold 300 to 50 customers.")["300"]).toBeNull();
  });
  it("'sales of X' names what a later figure counts (unit/number-of)", () => {
    expect(units("Sales of Blume's books have exceeded 75 million.")["exceeded 75 million"]).toBe("Blume's books");
  });
  it("'N of which were X' counts X (unit/of-which)", () => {
    expect(units("About 25 million players were sold, 10 million of which were Apple iPods.")["10 million"]).toBe("Apple iPods");
  });
  it("'N of those' counts what the figure before counts (unit/of-those)", () => {
    expect(units("It was downloaded by about 100,000 people, and an estimated 20,000 of those were in the UK.")["an estimated 20,000"]).toBe("people");
  });
  it("a model number after a maker's name is part of the unit ('70 Boeing 737-800 planes'), a year is not", () => {
    expect(units("Ryanair ordered 70 Boeing 737-800 planes and 12 Boeing 747 jets.")).toMatchObject({ "70": "Boeing 737-800 planes", "12": "Boeing 747 jets" });
    expect(units("It sold 300 Toyota 2005 models.")["300"]).not.toContain("2005");
  });
  it("a word number with nothing counted stays out ('two of them')", () => {
    expect(units("Five people were hurt and two of them died.")).not.toHaveProperty("two");
  });
});
