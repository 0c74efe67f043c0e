/** What the package exports for programs: the JSON schema of `scorecard --json`, and the headless job. */
export { ScorecardJsonSchema, MeasureJsonSchema, type ScorecardJson } from "./json-report";
export { scoreGrids, type ScoreOptions, type ScoreResult } from "../domain/pipeline";
export { main } from "./main";
