/** How many statuses and directions Apply writes and keeps on the council plan, and the words for it. */
import type { Grid } from "../../../src/domain/sheet/grid";
import { councilPlanGrid } from "../examples";
import { DEFAULT_OPTIONS, scoreSheet } from "../../../src/taskpane/scorecard/options";
import { writeCounts, writeLabel } from "../../../src/taskpane/apply/write-counts";
import { applyMessage } from "../../../src/taskpane/apply/messages";

let councilPlan: Grid;

beforeAll(async () => {
  councilPlan = await councilPlanGrid();
});

describe("what Apply writes and keeps, in words", () => {
  it("counts what it writes and what it keeps, in words", () => {
    const { measures } = scoreSheet(councilPlan, DEFAULT_OPTIONS);
    const keep = writeCounts(measures, "keep");
    expect(keep).toEqual({ statuses: 0, directions: 3, keptStatuses: 10, keptDirections: 7 });
    expect(writeLabel(keep)).toBe("Write 3 directions of travel");
    expect(applyMessage(keep)).toBe(
      "Wrote 3 directions of travel. Kept 10 statuses and 7 directions that officers had recorded. Restore is available.",
    );
    const replace = writeCounts(measures, "replace");
    expect(writeLabel(replace)).toBe("Write 10 statuses and 10 directions of travel");
    expect(writeLabel({ statuses: 1, directions: 0, keptStatuses: 0, keptDirections: 1 })).toBe("Write 1 status");
    expect(writeLabel({ statuses: 0, directions: 0, keptStatuses: 2, keptDirections: 2 })).toBe("Nothing to write");
  });
});
