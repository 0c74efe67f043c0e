/** What went wrong in a workbook operation, in words an officer can act on. */

/** Excel's error codes an officer can act on, in plain words. */
const EXCEL_ERRORS: Record<string, string> = {
  InvalidSelection: "Select one block of cells (not several areas), or choose Whole sheet.",
  InvalidOperationInCellEditMode: "A cell is being edited: press Enter or Esc in the sheet, then try again.",
  AccessDenied: "The sheet or workbook is protected: unprotect it (Review → Unprotect Sheet), then try again.",
  RequestPayloadSizeLimitExceeded:
    "The write is too big for Excel to take in one go here: select the scorecard's rows and choose Selection.",
  ResponsePayloadSizeLimitExceeded:
    "A row of this sheet holds more than Excel on the web can send in one go (5 MB): shorten the longest cells, or open the workbook in Excel on Windows or Mac.",
  ApiNotFound:
    "This version of Excel lacks something KPI Scorecard needs. Update Excel (Microsoft 365), or use Excel on the web.",
  ItemNotFound: "A sheet the add-in needs is no longer there (renamed or deleted?).",
  ItemAlreadyExists: "A sheet with that name already exists.",
};

/** What went wrong, in words an officer can act on: Excel's code where it has one we know, else its message. */
export function errorWords(err: unknown): string {
  const code = typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : "";
  const known = EXCEL_ERRORS[code];
  if (known !== undefined) return known;
  if (err instanceof Error && err.message.trim() !== "") return err.message;
  if (typeof err === "string" && err.trim() !== "") return err;
  return "Excel did not say why.";
}
