#!/usr/bin/env node
/**
 * Builds test/fixtures/spc-monthly.xlsx: one scorecard of monthly figures (Apr-23 to Sep-24, 18 points)
 * whose SPC classes were worked out by hand (test/domain/judging/spc/worked-example.test.ts shows the
 * sums): pure noise with a target met, missed and hit and miss; a shift; a trend; a single outlier; and a
 * new measure with too few points. Run: node scripts/make-spc-fixture.mjs
 */
import ExcelJS from "exceljs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIXED_DATE = new Date(Date.UTC(2024, 9, 1));

const MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
const periods = [];
for (let i = 0; i < 18; i++) periods.push(`${MONTHS[i % 12]}-${i < 9 ? 23 : i < 21 ? 24 : 25}`);

const noise = [50, 53, 48, 51, 47, 52, 50, 54, 49, 51, 48, 52, 50, 47, 53, 49, 51, 50];
export const MEASURES = [
  ["SPC.1", "Calls answered within 60 seconds (per 100 calls)", "High", "50", noise],
  ["SPC.2", "Residents satisfied with street cleaning (per 100 surveyed)", "High", "70", noise.map((v) => v + 30)],
  ["SPC.3", "Library visits per 1,000 residents", "High", "60", noise],
  [
    "SPC.4",
    "Average days to process a new benefit claim",
    "Low",
    "<20",
    [20, 22, 19, 21, 20, 18, 21, 19, 22, 20, 21, 24, 23, 25, 24, 23, 25, 24],
  ],
  [
    "SPC.5",
    "Households in temporary accommodation moved on (per 100)",
    "High",
    "45",
    [40, 42, 39, 41, 40, 42, 39, 41, 40, 42, 39, 38, 39, 40, 41, 42, 43, 44],
  ],
  [
    "SPC.6",
    "Missed bin collections per 100,000",
    "Low",
    "100",
    [120, 115, 125, 118, 122, 117, 124, 119, 121, 116, 123, 120, 118, 122, 119, 121, 117, 160],
  ],
  [
    "SPC.7",
    "Food waste caddies issued (new scheme, per 1,000 homes)",
    "High",
    "30",
    [null, null, null, null, null, null, null, null, null, null, 30, 31, 29, 32, 30, 31, 30, 29],
  ],
];

const wb = new ExcelJS.Workbook();
wb.creator = "KPI Scorecard fixtures (scripts/make-spc-fixture.mjs)";
wb.created = FIXED_DATE;
wb.modified = FIXED_DATE;
const ws = wb.addWorksheet("Monthly performance");
ws.getCell(1, 1).value = "Monthly performance measures 2023/24 to 2024/25";
const header = ["Ref", "Measure", "Good performance", "Target", ...periods, "Overall status", "DOT"];
header.forEach((h, i) => (ws.getCell(3, i + 1).value = h));
MEASURES.forEach(([ref, title, polarity, target, values], r) => {
  const row = 4 + r;
  ws.getCell(row, 1).value = ref;
  ws.getCell(row, 2).value = title;
  ws.getCell(row, 3).value = polarity;
  ws.getCell(row, 4).value = target;
  values.forEach((v, i) => {
    if (v !== null) ws.getCell(row, 5 + i).value = v;
  });
});
await wb.xlsx.writeFile(path.join(root, "test", "fixtures", "spc-monthly.xlsx"));
console.log("wrote test/fixtures/spc-monthly.xlsx");
