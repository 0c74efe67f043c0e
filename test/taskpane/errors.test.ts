/** Excel's errors in words an officer can act on. */
import { errorWords } from "../../src/taskpane/errors";

describe("errors in plain words", () => {
  it("turns Excel's codes an officer can act on into what to do, and keeps other messages", () => {
    expect(
      errorWords({ code: "InvalidSelection", message: "The current selection is invalid for this operation." }),
    ).toBe("Select one block of cells (not several areas), or choose Whole sheet.");
    expect(errorWords(Object.assign(new Error("x"), { code: "AccessDenied" }))).toMatch(
      /^The sheet or workbook is protected/,
    );
    expect(errorWords(new Error("The restore point in this workbook is damaged; nothing was restored."))).toBe(
      "The restore point in this workbook is damaged; nothing was restored.",
    );
    expect(errorWords(undefined)).toBe("Excel did not say why.");
    // Excel's codes for a response over 5 MB and a member the host lacks, in words an officer can act on.
    expect(
      errorWords({
        code: "ResponsePayloadSizeLimitExceeded",
        message: "The response payload size has exceeded the limit.",
      }),
    ).toMatch(/^A row of this sheet holds more than Excel on the web can send/);
    expect(
      errorWords(
        Object.assign(new Error("The API you are trying to use could not be found."), { code: "ApiNotFound" }),
      ),
    ).toMatch(/^This version of Excel lacks something KPI Scorecard needs/);
  });
});
