/**
 * The file adapter's read side: an .xlsx/.xlsm package opened part by part (no ExcelJS), each worksheet
 * scanned straight into a Grid, the same shape the Office.js adapter builds. The opened package is kept
 * for the surgical write.
 * Bad input (missing file, not an .xlsx, password-protected) is a WorkbookReadError with a
 * one-line message for the user; nothing else about the file is trusted.
 */
import { promises as fs } from "node:fs";
import type { Grid } from "../../domain/sheet/grid";
import { openPackage, type XlsxPackage } from "./package";
import { readSharedStrings } from "./shared-strings";
import { readSheet } from "./sheet-reader";
import { readStyles } from "./styles";
import { ZipError } from "./zip";

/** A workbook the tool cannot read. `message` is one line, fit to show the user as is. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// OLE compound file: an encrypted (password-protected) .xlsx, or an old binary .xls.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function checkFile(path: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookReadError(`${path} is a folder, not an .xlsx workbook`);
    if (stat.size === 0) throw new WorkbookReadError(`${path} is empty, not an .xlsx workbook`);
    handle = await fs.open(path, "r");
    const head = new Uint8Array(8);
    await handle.read(head, 0, 8, 0);
    if (startsWith(head, OLE_MAGIC)) {
      throw new WorkbookReadError(
        `${path} is password-protected (encrypted) or an old .xls workbook: save it as an .xlsx without a password`,
      );
    }
    if (!startsWith(head, ZIP_MAGIC))
      throw new WorkbookReadError(`${path} is not an .xlsx workbook (it is not a zip package)`);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookReadError(`File not found: ${path}`);
    if (code === "EACCES" || code === "EPERM") throw new WorkbookReadError(`Cannot open ${path}: permission denied`);
    throw new WorkbookReadError(`Cannot open ${path}: ${oneLine(err)}`);
  } finally {
    await handle?.close();
  }
}

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0]?.trim() || "unknown error";
}

/** The grids of every worksheet of an opened package, in workbook order (chartsheets have none). */
export function gridsOf(pkg: XlsxPackage): Grid[] {
  const workbook = pkg.text(pkg.workbookPart) ?? "";
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook);
  const strings = readSharedStrings(pkg.sharedStringsPart === null ? null : pkg.text(pkg.sharedStringsPart));
  const styles = readStyles(
    pkg.stylesPart === null ? null : pkg.text(pkg.stylesPart),
    pkg.themePart === null ? null : pkg.text(pkg.themePart),
  );
  const grids: Grid[] = [];
  for (const sheet of pkg.sheets) {
    if (sheet.kind !== "worksheet" || sheet.part === null) continue;
    const xml = pkg.text(sheet.part);
    if (xml === null) throw new ZipError(`its sheet '${sheet.name}' is missing (${sheet.part})`);
    // Some .NET tools write `<x:worksheet>`: readable in principle, but not by this tool's scanner, so say so.
    if (/<\w+:worksheet[\s>]/.test(xml.slice(0, 4096)))
      throw new ZipError(
        `its sheet '${sheet.name}' uses a namespace prefix, which this tool does not read: open and save it in Excel first`,
        "unsupported",
      );
    grids.push(readSheet(xml, { name: sheet.name, strings, styles, date1904 }));
  }
  return grids;
}

/** Reads every worksheet of an .xlsx/.xlsm file into grids. The opened package is returned too, for writing a copy. */
export async function readWorkbook(path: string): Promise<{ grids: Grid[]; pkg: XlsxPackage }> {
  await checkFile(path);
  const bytes = await fs.readFile(path);
  try {
    const pkg = openPackage(path, bytes);
    const grids = gridsOf(pkg);
    // A zip that is not a workbook (a .docx renamed, say) has no worksheets.
    if (grids.length === 0) throw new WorkbookReadError(`${path} has no worksheets: it is not an .xlsx workbook`);
    return { grids, pkg };
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    if (err instanceof ZipError) {
      if (err.kind === "not-workbook")
        throw new WorkbookReadError(`${path} has no worksheets: it is not an .xlsx workbook`);
      if (err.kind === "unsupported") throw new WorkbookReadError(`${path} is not supported: ${err.message}`);
      throw new WorkbookReadError(`${path} could not be read as an .xlsx workbook: ${err.message}`);
    }
    throw new WorkbookReadError(`${path} could not be read as an .xlsx workbook: ${oneLine(err)}`);
  }
}
