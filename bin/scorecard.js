#!/usr/bin/env node
// The `scorecard` command. The TypeScript is compiled to build/ by `npm run build:cli` (run by `prepare` on npm ci).
"use strict";
require("../build/cli/main.js").main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`scorecard: internal error: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 2; }
);
