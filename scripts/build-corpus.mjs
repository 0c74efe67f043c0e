// Builds test/fixtures/seed-cells.txt: every distinct cell text of the seed reports, split on tabs and "|",
// trimmed, one per line, sorted. Reads ../shared/seeds/*.txt when that folder is there (the originals), otherwise
// the copies in test/fixtures/seeds. Tests read only the committed fixture.
//   node scripts/build-corpus.mjs           write the fixture
//   node scripts/build-corpus.mjs --check   exit 1 if the fixture is out of date
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = path.join(root, "test/fixtures");
const shared = path.resolve(root, "../shared/seeds");
const seeds = existsSync(shared) ? shared : path.join(fixtures, "seeds");

const cells = new Set();
for (const file of readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  for (const line of readFileSync(path.join(seeds, file), "utf8").split(/\r?\n/)) {
    for (const cell of line.split(/\t|\|/)) {
      const text = cell.trim();
      if (text !== "") cells.add(text);
    }
  }
}
const corpus = [...cells].sort().join("\n") + "\n";
const target = path.join(fixtures, "seed-cells.txt");
if (process.argv.includes("--check")) {
  const same = existsSync(target) && readFileSync(target, "utf8") === corpus;
  console.log(
    same
      ? `seed-cells.txt is up to date (${cells.size} cells from ${seeds})`
      : `seed-cells.txt is out of date: run node scripts/build-corpus.mjs`,
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(target, corpus);
console.log(`${cells.size} distinct cell texts from ${seeds} written to test/fixtures/seed-cells.txt`);
