// Builds the other councils' layouts used by test/councils/*.test.ts: `node scripts/make-council-fixtures.mjs`.
// hart-dc-2014-15-q1.xlsx: Hart District Council's published KPI tiles, Q1 2014/15 (the JSON beside it, see
//   test/fixtures/councils/README.md), laid out as the tiles print them: KPI ref | Description | Team | Previous |
//   Current | Target | Status (the key's words, with the tile's colour) | Latest note. No polarity column.
// quarterly-rag-fills.xlsx: a quarterly KPI report laid out as Havering's and Kent's corporate performance reports
//   describe theirs: PI ref | Indicator | Last quarter | This quarter | Target | RAG (colour only, no text) | DoT (words).
// sub-rows.xlsx: refs in an "Indicator" column, titles in "Description", merged over Primary / Secondary
//   sub-rows, dated periods ("2024/25 Q2", "2024/25 Q3"), statuses as emoji, one row left untitled.
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, "..", "test", "fixtures", "councils");
const solid = (hex) => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${hex}` } });
const bold = (row) => row.eachCell((c) => (c.font = { bold: true }));
// Fixed dates so the files are the same each time they are built.
const stamp = (wb) => {
  wb.creator = "KPI Scorecard fixtures";
  wb.created = new Date("2026-12-01T00:00:00Z");
  wb.modified = new Date("2026-12-01T00:00:00Z");
};

async function hart() {
  const data = JSON.parse(readFileSync(path.join(out, "hart-dc-2014-15-q1.json"), "utf8"));
  const wb = new ExcelJS.Workbook();
  stamp(wb);
  const ws = wb.addWorksheet("KPIs Q1 2014-15");
  ws.addRow(["Hart District Council: key performance indicators, Quarter 1 2014/15"]);
  ws.addRow([]);
  bold(ws.addRow(["KPI ref", "Description", "Team", "Previous", "Current", "Target", "Status", "Latest note"]));
  // The tiles' colours (tiles.css): green, amber, red, grey.
  const colour = { "on-target": "00B050", "near-target": "FFC000", "off-target": "FF0000", "not-applicable": "BFBFBF" };
  for (const r of data.rows) {
    const [previous, current] = r.periods.map((p) => p.raw);
    const row = ws.addRow([
      r.ref,
      r.measure,
      r.group,
      previous,
      current,
      r.target.raw,
      r.publishedStatus.shown,
      r.latestNote || null,
    ]);
    row.getCell(7).fill = solid(colour[r.publishedStatus.normalised]);
  }
  ws.getColumn(2).width = 60;
  await wb.xlsx.writeFile(path.join(out, "hart-dc-2014-15-q1.xlsx"));
}

async function quarterlyRagFills() {
  const wb = new ExcelJS.Workbook();
  stamp(wb);
  const ws = wb.addWorksheet("Corporate PIs");
  ws.addRow(["Corporate Performance Indicators"]);
  bold(ws.addRow(["PI ref", "Indicator", "Last quarter", "This quarter", "Target", "RAG", "DoT"]));
  // [ref, title, last quarter, this quarter, target, RAG fill (each council's own shade), DoT words]
  const rows = [
    ["CP01", "Percentage of Council Tax collected", "28.9%", "56.1%", "55%", "92D050", "Improving"],
    [
      "CP02",
      "Average number of days taken to process new Housing Benefit claims",
      21.4,
      24.9,
      22,
      "C00000",
      "Getting worse",
    ],
    ["CP03", "Number of missed bin collections per 100,000", 48, 41, 40, "FFEB9C", "Improving"],
    ["CP04", "Working days lost due to sickness absence per FTE", 2.1, 2.1, 2, "FFC000", "No change"],
    [
      "CP05",
      "Percentage of major planning applications determined within 13 weeks",
      "91%",
      "88%",
      "90%",
      "FFEB9C",
      "Getting worse",
    ],
    ["CP06", "Number of households in temporary accommodation", 212, 198, 180, "FF0000", "Better"],
    ["CP07", "Customer satisfaction with the contact centre", "86%", "89%", "85%", "C6EFCE", "Improving"],
  ];
  for (const [ref, title, before, now, target, fill, dot] of rows) {
    const row = ws.addRow([ref, title, before, now, target, null, dot]);
    row.getCell(6).fill = solid(fill);
  }
  ws.getColumn(2).width = 60;
  await wb.xlsx.writeFile(path.join(out, "quarterly-rag-fills.xlsx"));
}

async function subRows() {
  const wb = new ExcelJS.Workbook();
  stamp(wb);
  const ws = wb.addWorksheet("Education KPIs");
  bold(ws.addRow(["Indicator", "Description", "Phase", "2024/25 Q2", "2024/25 Q3", "Target", "Status", "Direction"]));
  const rows = [
    [
      "ED01",
      "Percentage of pupils attending a good or outstanding school",
      "Primary",
      "91%",
      "93%",
      ">=90%",
      "🟢",
      "⬆️",
    ],
    ["ED02", null, "Secondary", "84%", "82%", ">=90%", "🔴", "⬇️"],
    ["ED03", "Persistent absence rate", "Primary", "17.2%", "15.9%", "<=16%", "✔️", "Improving"],
    ["ED04", null, "Secondary", "24.1%", "25.0%", "<=16%", "❌", "Worse"],
    ["ED05", "Percentage of 16-17 year olds who are NEET", null, "3.9%", "4.1%", "4%", "🟡", "Getting worse"],
    ["ED06", null, null, "71%", "74%", "75%", "Close to target", "Better"],
  ];
  for (const r of rows) ws.addRow(r);
  // The titles are merged over their Primary / Secondary sub-rows, as councils print them.
  ws.mergeCells("B2:B3");
  ws.mergeCells("B4:B5");
  // A value arrow coloured by whether the move was good: ⬇️ on red, ⬆️ on green.
  ws.getCell("H2").fill = solid("00B050");
  ws.getCell("H3").fill = solid("FF0000");
  ws.getColumn(2).width = 60;
  await wb.xlsx.writeFile(path.join(out, "sub-rows.xlsx"));
}

await hart();
await quarterlyRagFills();
await subRows();
console.log(`wrote 3 workbooks to ${out}`);
