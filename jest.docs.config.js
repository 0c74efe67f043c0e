/** The pane's docs pictures (test/docs/*.docs.ts): not a test, run by `npm run docs:pictures`, never by `jest`. */
const e2e = require("./jest.e2e.config.js");

module.exports = { ...e2e, roots: ["<rootDir>/test/docs"], testMatch: ["**/*.docs.ts"] };
