import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cellAt, cellText } from "../../../src/domain/sheet/grid";
import { readWorkbook, WorkbookReadError } from "../../../src/adapters/xlsx/read-workbook";
import { displayNumber } from "../../../src/adapters/xlsx/display-text";

const examples = path.join(__dirname, "..", "..", "..", "examples");
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "read-workbook-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function roundTrip(build: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Data"));
  const file = path.join(dir, `wb-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  const { grids } = await readWorkbook(file);
  return grids[0]!;
}

describe("readWorkbook on the examples", () => {
  test("the directorate sheet shows percentages as the officers see them", async () => {
    const { grids } = await readWorkbook(path.join(examples, "directorate-performance-2023-q2.xlsx"));
    expect(grids).toHaveLength(1);
    const g = grids[0]!;
    expect(g.sheet).toBe("Directorate data Q2 2023-24");
    // Row 12 is repeat child protection plans: target text, a real 0.0% number, a text cell.
    expect(cellText(cellAt(g, 12, 7))).toBe("<8%");
    const ye = cellAt(g, 12, 8);
    expect(ye.value).toBeCloseTo(0.156, 10);
    expect(ye.format).toBe("0.0%");
    expect(ye.text).toBe("15.6%");
    expect(cellText(cellAt(g, 15, 9))).toBe("54.7% (unvalidated)");
    // ASC smoking at delivery, written 12.80% in a 0.00% format.
    expect(cellAt(g, 31, 8).text).toBe("12.80%");
    // Agency cost with thousands separators.
    const agency = g.values.findIndex((r) => typeof r[1] === "string" && r[1].startsWith("Agency cost - Forecast"));
    expect(cellAt(g, agency + 1, 8).text).toBe("5,780,866");
  });

  test("merged cells keep their value in the top-left only, and the merges are listed", async () => {
    const { grids } = await readWorkbook(path.join(examples, "council-plan-2019-q1.xlsx"));
    const g = grids[0]!;
    // Annual is merged over the four year-end columns of the first header row.
    const annual = g.merges!.find((m) => cellText(cellAt(g, m.top, m.left)) === "Annual");
    expect(annual).toBeDefined();
    expect(annual!.right - annual!.left).toBe(3);
    expect(cellAt(g, annual!.top, annual!.left + 1).value).toBeNull();
    // The outcome of priority 1 spans its three measure rows.
    const outcome = g.merges!.find((m) => cellText(cellAt(g, m.top, m.left)).startsWith("A. Children, young people"));
    expect(outcome!.bottom - outcome!.top).toBe(2);
    expect(cellAt(g, outcome!.top + 1, 1).value).toBeNull();
  });
});

describe("cell values", () => {
  test("formulas give their cached result, and the formula is kept", async () => {
    const g = await roundTrip((ws) => {
      ws.getCell("A1").value = 3;
      ws.getCell("A2").value = 4;
      ws.getCell("A3").value = { formula: "A1/A2", result: 0.75 } as ExcelJS.CellFormulaValue;
      ws.getCell("A3").numFmt = "0%";
      ws.getCell("B1").value = { formula: "NA()", result: { error: "#N/A" } } as unknown as ExcelJS.CellFormulaValue;
    });
    expect(cellAt(g, 3, 1)).toEqual({ value: 0.75, text: "75%", format: "0%" });
    expect(g.formulas?.[2]?.[0]).toBe("=A1/A2");
    expect(g.formulas?.[0]?.[0]).toBeNull();
    expect(cellAt(g, 1, 2).value).toEqual({ error: "#N/A" });
    expect(cellAt(g, 1, 2).text).toBe("#N/A");
  });

  test("rich text becomes plain text, dates become serials with their format, errors are values", async () => {
    const g = await roundTrip((ws) => {
      ws.getCell("A1").value = { richText: [{ text: "54.7% " }, { font: { italic: true }, text: "(unvalidated)" }] };
      ws.getCell("A2").value = new Date(Date.UTC(2023, 3, 1));
      ws.getCell("A2").numFmt = "mmm-yy";
      ws.getCell("A3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      ws.getCell("A4").value = true;
      ws.getCell("A5").value = { text: "Council Plan", hyperlink: "https://example.org" };
    });
    expect(cellAt(g, 1, 1).value).toBe("54.7% (unvalidated)");
    expect(cellAt(g, 2, 1).value).toBe(45017); // 1 April 2023
    expect(cellAt(g, 2, 1).format).toBe("mmm-yy");
    expect(cellAt(g, 2, 1).text).toBe("Apr-23");
    expect(cellAt(g, 3, 1).value).toEqual({ error: "#DIV/0!" });
    expect(cellAt(g, 4, 1).text).toBe("TRUE");
    expect(cellAt(g, 5, 1).value).toBe("Council Plan");
  });

  test("the grid starts at A1 and ends at the last cell with a value or merge", async () => {
    const g = await roundTrip((ws) => {
      ws.getCell("C5").value = "x";
      ws.getCell("F9").numFmt = "0%"; // formatted but empty: not part of the data
      ws.mergeCells("D2:E3");
    });
    expect(g.top).toBe(1);
    expect(g.left).toBe(1);
    expect(g.values).toHaveLength(5);
    expect(g.values[0]).toHaveLength(5);
    expect(g.merges).toEqual([{ top: 2, left: 4, bottom: 3, right: 5 }]);
  });
});

describe("display text for number formats", () => {
  test.each([
    [0.087, "0.0%", "8.7%"],
    [0.5, "0%", "50%"],
    [46.7, "0.00", "46.70"],
    [5780866, "#,##0", "5,780,866"],
    [1234.5, "#,##0.00", "1,234.50"],
    [-0.09, "0.00", "-0.09"],
    [-5, "0;(0)", "(5)"],
    [109.22, '"£"#,##0.00', "£109.22"],
    [109.22, "[$£-809]#,##0.00", "£109.22"],
    [10.71, '0.00 "days"', "10.71 days"],
    [0.1234567891234, "General", "0.1234567891"],
    [45017, "dd/mm/yyyy", "01/04/2023"],
    [45017, "mmm-yy", "Apr-23"],
  ])("%p in %p shows %p", (value, format, shown) => {
    expect(displayNumber(value, format)).toBe(shown);
  });
});

describe("bad input is a WorkbookReadError with one line", () => {
  async function expectReadError(file: string, pattern: RegExp) {
    const err = await readWorkbook(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkbookReadError);
    const message = (err as Error).message;
    expect(message).toMatch(pattern);
    expect(message).not.toContain("\n");
  }

  test("a missing file", async () => {
    await expectReadError(path.join(dir, "nope.xlsx"), /^File not found: .*nope\.xlsx$/);
  });

  test("a text file renamed .xlsx", async () => {
    const file = path.join(dir, "report.xlsx");
    await fs.writeFile(file, "Ref No.,Measure,Target\n1.A2,Children,90\n");
    await expectReadError(file, /not an \.xlsx workbook/);
  });

  test("an encrypted workbook (OLE compound file)", async () => {
    const file = path.join(dir, "protected.xlsx");
    const bytes = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    await fs.writeFile(file, bytes);
    await expectReadError(file, /password-protected/);
  });

  test("a damaged zip", async () => {
    const file = path.join(dir, "damaged.xlsx");
    const good = await fs.readFile(path.join(examples, "corporate-plan-2016-q2.xlsx"));
    await fs.writeFile(file, good.subarray(0, 400));
    await expectReadError(file, /could not be read as an \.xlsx workbook/);
  });

  test("a zip that is not a workbook (a Word document renamed)", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    const file = path.join(dir, "letter.xlsx");
    await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    await expectReadError(file, /has no worksheets/);
  });

  test("an empty file and a folder", async () => {
    const file = path.join(dir, "empty.xlsx");
    await fs.writeFile(file, "");
    await expectReadError(file, /empty/);
    await expectReadError(dir, /folder/);
  });
});

// How fast is for `npm run bench`; this checks that a sheet of this size is read whole.
test("50,000 rows are read whole", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Big");
  ws.addRow(["Ref No.", "Measure", "Good performance", "Target", "Q1", "Q2", "Q3", "Q4"]);
  for (let i = 0; i < 50_000; i++) {
    ws.addRow([`R.${i}`, `Measure ${i}`, i % 2 ? "High" : "Low", "85%", 0.81, 0.82, "83%", i]);
  }
  const file = path.join(dir, "big.xlsx");
  await wb.xlsx.writeFile(file);
  const g = (await readWorkbook(file)).grids[0]!;
  expect(g.values).toHaveLength(50_001);
  expect(cellText(cellAt(g, 50_001, 1))).toBe("R.49999");
}, 60_000);
