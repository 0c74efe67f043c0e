#!/usr/bin/env node
// The `scorecard` command. The TypeScript is compiled to build/ by `npm run build:cli` (run by `prepare` on npm ci).
"use strict";
// A reader that stops early (`scorecard … --json | head`) closes the pipe: that is not an error.
process.stdout.on("error", (err) => {
  if (err && err.code === "EPIPE") process.exit(0);
  throw err;
});
require("../build/cli/main.js")
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`scorecard: internal error: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
