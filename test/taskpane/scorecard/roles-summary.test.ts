/** The Scorecard panel's one-line summary of the columns, on the real examples. */
import type { Grid } from "../../../src/domain/sheet/grid";
import { councilPlanGrid, directorateGrid } from "../examples";
import { DEFAULT_OPTIONS, scoreSheet } from "../../../src/taskpane/scorecard/options";
import { rolesSummary } from "../../../src/taskpane/scorecard/roles-summary";

let directorate: Grid;
let councilPlan: Grid;

beforeAll(async () => {
  directorate = await directorateGrid();
  councilPlan = await councilPlanGrid();
});

describe("the column roles in one line", () => {
  it("names each role's column and gives the periods as a span", () => {
    const table = scoreSheet(directorate, DEFAULT_OPTIONS).tables[0]?.table;
    if (table === undefined) throw new Error("no table");
    const line = rolesSummary(table);
    const letter = (role: "measure" | "target") => String.fromCharCode(64 + (table.roles[role] ?? 0));
    expect(line).toContain(`Measure ${letter("measure")}`);
    expect(line).toContain(`Target ${letter("target")}`);
    const periods = table.columns.filter((c) => c.role === "period").length;
    expect(line).toMatch(new RegExp(`${periods} periods [A-Z]+–[A-Z]+`));
    expect(line).not.toContain("Not used");
  });

  it("follows a corrected role", () => {
    const base = scoreSheet(councilPlan, DEFAULT_OPTIONS).tables[0]?.table;
    const target = base?.roles.target;
    if (target === undefined || target === null) throw new Error("no target column");
    const corrected = scoreSheet(councilPlan, { ...DEFAULT_OPTIONS, roles: { [target]: "other" } }).tables[0]?.table;
    if (corrected === undefined) throw new Error("no table");
    expect(rolesSummary(corrected)).not.toMatch(/(^| · )Target /);
  });
});
