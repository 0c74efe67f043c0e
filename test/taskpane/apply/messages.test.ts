/** What Apply says of the next write once one is done. */
import { nextWriteWords } from "../../../src/taskpane/apply/messages";

describe("the next write, said after a write", () => {
  it("says a second write would change nothing when every cell now holds a status, and how to overwrite", () => {
    expect(nextWriteWords({ statuses: 0, directions: 0, keptStatuses: 31, keptDirections: 31 })).toBe(
      "Written. A second write would change nothing: every measure now has a status and direction of travel in the sheet. Choose Replace to overwrite them with the computed ones.",
    );
  });

  it("says what a second write would write (the tool's own cells refresh), with a restore point of its own", () => {
    expect(nextWriteWords({ statuses: 31, directions: 1, keptStatuses: 0, keptDirections: 0 })).toBe(
      "Written. A second write would write 31 statuses and 1 direction of travel again (the tool's own cells refresh), with a restore point of its own.",
    );
  });
});
