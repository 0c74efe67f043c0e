#!/usr/bin/env node
// Every Office.js member the add-in uses, with the requirement set its @types/office-js JSDoc names
// ("[Api set: ExcelApi 1.9]"), against what manifest.xml declares. A member of a set above the declared
// minimum must be used only under a check that the host supports it: inside the true branch of a condition
// (or a function written there) that calls `supports("1.9")` (or isSetSupported("ExcelApi", "1.9")) for that
// version or a later one. Members of interfaces are data (CellProperties, cell values) and are not listed.
// It also fails on any member the Office docs list as clearing Excel's undo history
// (docs/excel/excel-add-ins-undo-capabilities.md), which the add-in must never call.
//   node scripts/check-api-sets.mjs [--manifest manifest.xml] [--list] [files...]
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** Members that clear the undo history on some Excel (the docs' "Unsupported APIs" table; setters marked). */
export const CLEARS_UNDO = new Set([
  "Worksheet.visibility (set)",
  "Worksheet.name (set)",
  "Worksheet.position (set)",
  "Worksheet.standardWidth (set)",
  "Worksheet.delete",
  "Worksheet.copy",
  "WorksheetCollection.addFromBase64",
  "Workbook.insertWorksheetsFromBase64",
  "Workbook.save",
  "Workbook.close",
  "WorkbookProtection.protect",
  "WorkbookProtection.unprotect",
  "WorksheetProtection.protect",
  "WorksheetProtection.unprotect",
  "WorksheetProtection.pauseProtection",
  "WorksheetProtection.resumeProtection",
  "WorksheetProtection.setPassword",
  "WorksheetProtection.updateOptions",
  "NamedItem.comment (set)",
  "DataConnectionCollection.refreshAll",
  "Query.refresh",
  "Query.delete",
  "QueryCollection.refreshAll",
]);

/**
 * Members with no typings to read a set from: CustomFunctions (the custom-functions runtime, reached through
 * globalThis). CustomFunctions.Error is CustomFunctionsRuntime 1.2 (custom-functions-requirement-sets.md).
 */
const UNTYPED = [
  {
    pattern: /\b(?:CF|CustomFunctions)\.(?:Error|ErrorCode)\b/g,
    member: "CustomFunctions.Error",
    set: "CustomFunctionsRuntime",
    version: "1.2",
  },
];

/** The sets a manifest declares in <Requirements><Sets>, as { name: minVersion }. */
export function declaredSets(xml) {
  const sets = {};
  const block = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  const fallback = /DefaultMinVersion="([\d.]+)"/.exec(block)?.[1] ?? "1.1";
  for (const m of block.matchAll(/<Set\s+Name="([^"]+)"(?:\s+MinVersion="([\d.]+)")?\s*\/>/g))
    sets[m[1]] = m[2] ?? fallback;
  return sets;
}

const newer = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};

/** The set a declaration's JSDoc names; "1.1 for reading …; 1.2 for setting it" gives both. */
function apiSetOf(declaration, writing) {
  const text = declaration.getFullText();
  const m = /\[Api set: (\w+) ([\d.]+)(?: for reading[^;\]]*; ([\d.]+) for setting)?/.exec(text);
  if (m === null) return null;
  return { set: m[1], version: writing && m[3] !== undefined ? m[3] : m[2] };
}

/** The version a condition checks, when it calls supports("1.x") or isSetSupported("ExcelApi", "1.x"). */
function checkedVersion(node) {
  const text = node.getText();
  const m = /(?:supports\w*\(\s*(?:\w+\s*,\s*)?"([\d.]+)"\)|isSetSupported\(\s*"ExcelApi"\s*,\s*"([\d.]+)"\))/.exec(
    text,
  );
  return m === null ? null : (m[1] ?? m[2]);
}

/** The highest version checked by a condition that must hold for `node` to run. */
function guardOf(node) {
  let best = null;
  const take = (v) => {
    if (v !== null && (best === null || newer(v, best))) best = v;
  };
  for (let child = node, parent = node.parent; parent !== undefined; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child) take(checkedVersion(parent.expression));
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child) take(checkedVersion(parent.condition));
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child
    )
      take(checkedVersion(parent.left));
  }
  return best;
}

function isWrite(node) {
  const p = node.parent;
  return ts.isBinaryExpression(p) && p.left === node && p.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

/** Every use of an Office.js member in `files`: member, set, version, file:line, and the version guarding it. */
export function usesIn(files) {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    jsx: ts.JsxEmit.ReactJSX,
    types: ["office-js", "office-runtime", "node"],
    typeRoots: [path.join(root, "node_modules", "@types")],
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
  });
  const checker = program.getTypeChecker();
  const uses = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) continue;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
        const name = ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression;
        const symbol = checker.getSymbolAtLocation(name);
        const declaration = symbol?.declarations?.find((d) => d.getSourceFile().fileName.includes("@types/office-js"));
        // Members of interfaces are plain data the host already sent (CellProperties, a cell value): no request.
        if (declaration !== undefined && !ts.isInterfaceDeclaration(declaration.parent)) {
          const owner =
            (declaration.parent && ts.isClassDeclaration(declaration.parent)) ||
            ts.isInterfaceDeclaration(declaration.parent)
              ? `${declaration.parent.name?.getText() ?? "?"}.`
              : "";
          const found = apiSetOf(declaration, isWrite(node));
          if (found !== null) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            uses.push({
              member: `${owner}${symbol.getName()}${isWrite(node) ? " (set)" : ""}`,
              ...found,
              at: `${path.relative(root, file)}:${line + 1}`,
              guard: guardOf(node),
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    const text = source.getFullText();
    for (const u of UNTYPED) {
      for (const m of text.matchAll(u.pattern)) {
        const { line } = source.getLineAndCharacterOfPosition(m.index ?? 0);
        uses.push({
          member: u.member,
          set: u.set,
          version: u.version,
          at: `${path.relative(root, file)}:${line + 1}`,
          guard: null,
        });
      }
    }
  }
  return uses;
}

/** Each use judged against the manifest: declared (at or under the minimum), guarded, or a problem. */
export function judge(uses, sets) {
  return uses.map((u) => {
    if (CLEARS_UNDO.has(u.member)) return { ...u, status: "NOT ALLOWED: clears Excel's undo history" };
    const min = sets[u.set];
    if (min !== undefined && !newer(u.version, min)) return { ...u, status: "declared" };
    if (u.set === "ExcelApi" && u.guard !== null && !newer(u.version, u.guard))
      return { ...u, status: `guarded (${u.guard})` };
    return {
      ...u,
      status:
        min === undefined
          ? `NOT DECLARED: the manifest names no ${u.set}`
          : `NOT GUARDED: above the manifest's ${u.set} ${min}`,
    };
  });
}

function sourcesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourcesUnder(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(name);
    if (i === -1) return undefined;
    const [value] = args.splice(i, 2).slice(1);
    return value;
  };
  const list = args.includes("--list");
  const manifest = flag("--manifest") ?? path.join(root, "manifest.xml");
  const files = args.filter((a) => a !== "--list");
  // Only the Office adapter touches Excel.* (lint keeps it so), the functions use CustomFunctions, and the pane's host file Office.
  const targets =
    files.length > 0
      ? files.map((f) => path.resolve(f))
      : [
          ...sourcesUnder(path.join(root, "src", "adapters", "office")),
          ...sourcesUnder(path.join(root, "src", "functions")),
          path.join(root, "src", "taskpane", "office-host.ts"),
        ];
  const sets = declaredSets(readFileSync(manifest, "utf8"));
  const judged = judge(usesIn(targets), sets);
  const problems = judged.filter((u) => u.status.startsWith("NOT"));
  const rows = new Map();
  for (const u of judged) {
    const key = `${u.member}\t${u.set} ${u.version}\t${u.status}`;
    rows.set(key, [...(rows.get(key) ?? []), u.at]);
  }
  if (list || problems.length > 0) {
    for (const [key, at] of [...rows].sort()) console.log(`${key}\t${at.join(", ")}`);
  }
  for (const p of problems)
    console.error(`check-api-sets: ${p.at}: ${p.member} needs ${p.set} ${p.version}: ${p.status}`);
  if (problems.length > 0) process.exit(1);
  // Needed by the custom functions (the shared runtime and CustomFunctions.Error) but used by no typed member.
  for (const [name, min] of Object.entries({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" })) {
    if (sets[name] === undefined || newer(min, sets[name])) {
      console.error(`check-api-sets: the manifest must declare ${name} ${min}`);
      process.exit(1);
    }
  }
  const declared = Object.entries(sets)
    .map(([n, v]) => `${n} ${v}`)
    .join(", ");
  console.log(
    `check-api-sets: ${rows.size} Office.js members used; each is within the manifest's sets (${declared}) or used under a check of its set.`,
  );
}
