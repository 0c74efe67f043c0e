// Size of the built JavaScript, raw and gzipped: the task pane page's scripts and functions.js.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");

export async function run() {
  const files = readdirSync(dist).filter((f) => f.endsWith(".js"));
  const group = (name) =>
    files.filter((f) => (name === "functions" ? f.startsWith("functions") : !f.startsWith("functions")));
  return ["taskpane", "functions"].map((name) => {
    const members = group(name);
    const raw = members.reduce((n, f) => n + statSync(path.join(dist, f)).size, 0);
    const gz = members.reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
    return {
      bundle: name,
      files: members.join(", "),
      "raw KB": +(raw / 1024).toFixed(1),
      "gzip KB": +(gz / 1024).toFixed(1),
      aim: name === "functions" ? "< 30 KB gz" : "< 250 KB gz",
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await run());
