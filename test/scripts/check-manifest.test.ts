import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

/** Microsoft's XSDs, where this machine has them beside the project (never copied into it). */
const schemas = [
  path.resolve(root, "../shared/schemas/office-manifest"),
  path.resolve(root, "../../shared/schemas/office-manifest"),
].find((d) => existsSync(path.join(d, "OfficeAppManifestV1_1.xsd")));
const withSchemas = schemas === undefined ? it.skip : it;
if (schemas === undefined)
  console.warn(
    "check-manifest tests: ../shared/schemas/office-manifest is not on this machine, so the schema tests are skipped",
  );

function check(xml: string, ...flags: string[]): { code: number; output: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kpi-manifest-")), "manifest.xml");
  writeFileSync(file, xml);
  try {
    const out = execFileSync(
      process.execPath,
      [path.join(root, "scripts/check-manifest.mjs"), file, "--assets", path.join(root, "assets"), ...flags],
      { encoding: "utf8", stdio: "pipe" },
    );
    return { code: 0, output: out };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, output: err.stderr };
  }
}

describe("check:manifest (offline)", () => {
  it("passes the project's manifest", () => {
    expect(check(manifest)).toMatchObject({ code: 0, output: expect.stringContaining("passes") });
  });

  it("fails a manifest whose resid is not defined", () => {
    const r = check(manifest.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Missing.Url"/>'));
    expect(r.code).toBe(1);
    expect(r.output).toContain('resid "Missing.Url" (on <FunctionFile>) is not defined');
  });

  it("fails a manifest with an http URL", () => {
    const r = check(
      manifest.replace(
        'DefaultValue="https://localhost:3000/functions.json"',
        'DefaultValue="http://localhost:3000/functions.json"',
      ),
    );
    expect(r.code).toBe(1);
    expect(r.output).toContain("not https: http://localhost:3000/functions.json");
  });

  it("fails XML that is not well-formed, a missing icon, and a second runtime page", () => {
    expect(check(manifest.replace("</OfficeApp>", "")).output).toContain("not well-formed XML");
    expect(check(manifest.replace("icon-80.png", "icon-81.png")).output).toContain("has no file");
    expect(
      check(
        manifest.replace(
          '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
          '<Page>\n              <SourceLocation resid="Help.Url"/>',
        ),
      ).output,
    ).toContain('custom-functions <Page> uses resid "Help.Url"');
  });
});

describe("the manifest against Microsoft's schemas and the production build", () => {
  // The build's own rewrite (webpack.config.js), with KPI_URL_PROD set as a deployment would.
  function production(origin: string): { manifest: string; functionsJson: (json: string) => string } {
    const saved = process.env.KPI_URL_PROD;
    process.env.KPI_URL_PROD = origin;
    try {
      const config = require(path.join(root, "webpack.config.js")) as ((
        env: unknown,
        argv: { mode: string },
      ) => { plugins: unknown[] }) & { FunctionsMetadataSettings: new (url: string | null) => unknown };
      const built = config({}, { mode: "production" });
      type Pattern = { from: string; transform?: (content: Buffer) => string | Buffer };
      const copy = built.plugins.find((p) => (p as { patterns?: Pattern[] }).patterns !== undefined) as {
        patterns: Pattern[];
      };
      const pattern = copy.patterns.find((p) => p.from === "manifest.xml");
      const metadata = built.plugins.find((p) => p instanceof config.FunctionsMetadataSettings) as {
        apply: (compiler: unknown) => void;
      };
      const functionsJson = (json: string) => {
        let out = json;
        // webpack's hooks, just enough to run the step on one asset.
        const { Compilation, sources } = require("webpack") as typeof import("webpack");
        const compilation = {
          hooks: { processAssets: { tap: (_: unknown, fn: () => void) => fn() } },
          getAsset: () => ({ source: { source: () => out } }),
          updateAsset: (_: string, source: { source: () => string | Buffer }) => {
            out = String(source.source());
          },
        };
        metadata.apply({
          webpack: { Compilation, sources },
          hooks: { thisCompilation: { tap: (_: string, fn: (c: unknown) => void) => fn(compilation) } },
        });
        return out;
      };
      return { manifest: String(pattern?.transform?.(Buffer.from(manifest)) ?? ""), functionsJson };
    } finally {
      if (saved === undefined) delete process.env.KPI_URL_PROD;
      else process.env.KPI_URL_PROD = saved;
    }
  }

  withSchemas("validates the manifest with xmllint against the XSDs, and fails one the schema refuses", () => {
    expect(check(manifest).output).toContain("valid against Microsoft's manifest XSDs");
    const r = check(
      manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"),
    );
    expect(r.code).toBe(1);
    expect(r.output).toContain("fails Microsoft's manifest schema");
  });

  it("fails the dev manifest as a production one: it points at localhost", () => {
    const r = check(manifest, "--production");
    expect(r.code).toBe(1);
    expect(r.output).toContain("still points at the dev server: https://localhost:3000/taskpane.html");
  });

  it("rewrites every URL of the manifest to KPI_URL_PROD, and the result passes every check", () => {
    const { manifest: built } = production("https://kpi.example.gov.uk/scorecard");
    expect(built).not.toContain("localhost");
    expect(built).toContain(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://kpi.example.gov.uk/scorecard/taskpane.html"/>',
    );
    expect(built).toContain("<AppDomain>https://kpi.example.gov.uk</AppDomain>");
    const r = check(built, "--production");
    expect(r).toMatchObject({ code: 0, output: expect.stringContaining("no dev URLs") });
  });

  it("rewrites the functions' help URLs and lets errors inside ranges reach the functions", () => {
    const { functionsJson } = production("https://kpi.example.gov.uk/");
    const json = JSON.parse(
      functionsJson(
        JSON.stringify({
          allowCustomDataForDataTypeAny: true,
          functions: [{ id: "RAG", helpUrl: "https://localhost:3000/help.html#rag" }],
        }),
      ),
    ) as Record<string, unknown>;
    expect(json).toEqual({
      allowCustomDataForDataTypeAny: true,
      allowErrorForDataTypeAny: true,
      functions: [{ id: "RAG", helpUrl: "https://kpi.example.gov.uk/help.html#rag" }],
    });
  });

  it("refuses a production origin that is not https", () => {
    expect(() => production("http://kpi.example.gov.uk")).toThrow("KPI_URL_PROD must be https");
  });
});
