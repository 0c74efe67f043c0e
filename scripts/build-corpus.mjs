// Builds test/fixtures/seed-cells.txt: every distinct cell text of the seed reports
// (test/fixtures/seeds/*.txt, split on tabs and "|"), one per line, sorted. Run after a seed changes.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../test/fixtures");
const cells = new Set();
for (const file of readdirSync(path.join(fixtures, "seeds")).filter((f) => f.endsWith(".txt")).sort()) {
  for (const line of readFileSync(path.join(fixtures, "seeds", file), "utf8").split(/\r?\n/)) {
    for (const cell of line.split(/\t|\|/)) {
      const text = cell.trim();
      if (text !== "") cells.add(text);
    }
  }
}
writeFileSync(path.join(fixtures, "seed-cells.txt"), [...cells].sort().join("\n") + "\n");
console.log(`${cells.size} distinct cell texts written to test/fixtures/seed-cells.txt`);
