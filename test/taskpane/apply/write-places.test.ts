/** Where Apply writes on the real example scorecards, in the words the officer agrees to. */
import type { Grid } from "../../../src/domain/sheet/grid";
import { directorateGrid, councilPlanGrid } from "../examples";
import { DEFAULT_OPTIONS, scoreSheet } from "../../../src/taskpane/scorecard/options";
import { describePlace, writePlaces } from "../../../src/taskpane/apply/write-places";

let directorate: Grid;
let councilPlan: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
  councilPlan = await councilPlanGrid();
});

describe("what Apply writes", () => {
  it("adds two columns after the last period on the directorate tables, and says where", () => {
    const places = writePlaces(scoreSheet(directorate, DEFAULT_OPTIONS));
    expect(places).toHaveLength(4);
    expect(places.every((p) => p.addsStatus && p.addsDot && p.status === "P" && p.dot === "Q")).toBe(true);
    expect(describePlace(places[0] as (typeof places)[number])).toBe(
      "adds Overall status and DOT columns at P and Q, rows 12–25",
    );
  });

  it("writes into the council plan's own status and DOT columns, and adds a DOT column only where a table has none", () => {
    const places = writePlaces(scoreSheet(councilPlan, DEFAULT_OPTIONS));
    expect(places).toHaveLength(5);
    expect(places.slice(0, 4).map(describePlace)).toEqual([
      "column J (status) and K (DOT), rows 12–14",
      "column J (status) and K (DOT), rows 26–27",
      "column J (status) and K (DOT), rows 39–41",
      "column J (status) and K (DOT), row 53",
    ]);
    // The fifth priority's table has an Overall status column but no DOT.
    expect(places[4]?.addsStatus).toBe(false);
    expect(describePlace(places[4] as (typeof places)[number])).toMatch(
      /^column J \(status\), and adds a DOT column at [A-Z]+, row 65$/,
    );
  });
});
