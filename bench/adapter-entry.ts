/** Bundled for Node by webpack.e2e.config.js: the Office.js adapter on the office-addin-mock workbook. */
import { gridFromRows, type CellValue } from "../src/domain/sheet/grid";
import { scoreGrids } from "../src/domain/pipeline";
import { createOfficeGateway } from "../src/adapters/office/office-gateway";
import { MockWorkbook } from "../test/support/mock-workbook";

export async function measureApply(measures: number): Promise<{
  syncs: number;
  chunks: number;
  largestPayload: number;
  cells: number;
  ms: number;
  readSyncs: number;
  largestResponse: number;
}> {
  const rows: CellValue[][] = [
    [
      "Ref No.",
      "Measure",
      "Good performance",
      "Frequency of reporting",
      "Target",
      "Q1 Apr - June 2023/24",
      "Q2 Jul - Sep 2023/24",
    ],
  ];
  for (let i = 0; i < measures; i++)
    rows.push([
      `M${i + 1}`,
      `Measure ${i + 1}: proportion completed in timescale`,
      i % 2 ? "low" : "high",
      "Monthly",
      i % 3 ? "85.0%" : "<8%",
      `${70 + (i % 20)}.5%`,
      `${71 + (i % 19)}.2%`,
    ]);
  const grid = gridFromRows("Scorecard", rows);
  const { plan } = scoreGrids([grid]);
  const wb = MockWorkbook.fromGrids([grid]);
  const gateway = createOfficeGateway(wb.excel().run, wb.supports);
  // The read the pane makes first: its syncs and the largest response (cells, fills and merged areas).
  const before = wb.syncs;
  await gateway.readSheet("used-range");
  const readSyncs = wb.syncs - before;
  const started = performance.now();
  const result = await gateway.applyPlan(plan);
  return {
    syncs: result.syncs,
    chunks: result.chunks,
    largestPayload: wb.largestPayload,
    cells: result.cells,
    ms: performance.now() - started,
    readSyncs,
    largestResponse: wb.largestResponse,
  };
}
