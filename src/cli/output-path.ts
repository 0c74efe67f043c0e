/**
 * Where `-o` may write: a workbook name (.xlsx or .xlsm) in a folder that exists. Checked before anything
 * is read. Whether the name fits the package (an .xlsm holds macros) is the file adapter's check, which
 * looks at what the package holds rather than at the input's name.
 */
import { stat } from "node:fs/promises";
import * as path from "node:path";

const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm"];

/** Why the output cannot be written there, as one line, or null when it can. */
export async function outputProblem(file: string): Promise<string | null> {
  const extension = path.extname(file).toLowerCase();
  if (!WORKBOOK_EXTENSIONS.includes(extension)) {
    // A .csv or .pdf name would still get an .xlsx inside: say so rather than write a misnamed file.
    const given = extension === "" ? "has no extension" : `ends in ${path.extname(file)}`;
    return `-o ${file} ${given}; the scored copy is a workbook: give a name ending in .xlsx or .xlsm`;
  }
  const folder = path.dirname(path.resolve(file));
  try {
    const found = await stat(folder);
    if (!found.isDirectory()) return `-o ${file}: ${path.dirname(file)} is not a folder`;
  } catch {
    return `-o ${file}: the folder ${path.dirname(file)} does not exist (create it first)`;
  }
  try {
    if ((await stat(file)).isDirectory()) return `-o ${file} is a folder; give a file name ending in .xlsx or .xlsm`;
  } catch {
    // Not there yet: it will be written.
  }
  return null;
}
