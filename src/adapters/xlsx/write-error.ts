/** A plan the file adapter will not apply because the result could not be kept whole. `message` is one line. */
export class WorkbookWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookWriteError";
  }
}
