import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

function check(xml: string): { code: number; output: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kpi-manifest-")), "manifest.xml");
  writeFileSync(file, xml);
  try {
    const out = execFileSync(process.execPath, [path.join(root, "scripts/check-manifest.mjs"), file, "--assets", path.join(root, "assets")], { encoding: "utf8", stdio: "pipe" });
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
    const r = check(manifest.replace('DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="http://localhost:3000/functions.json"'));
    expect(r.code).toBe(1);
    expect(r.output).toContain("not https: http://localhost:3000/functions.json");
  });

  it("fails XML that is not well-formed, a missing icon, and a second runtime page", () => {
    expect(check(manifest.replace("</OfficeApp>", "")).output).toContain("not well-formed XML");
    expect(check(manifest.replace("icon-80.png", "icon-81.png")).output).toContain("has no file");
    expect(check(manifest.replace('<Page>\n              <SourceLocation resid="Taskpane.Url"/>', '<Page>\n              <SourceLocation resid="Help.Url"/>')).output).toContain(
      'custom-functions <Page> uses resid "Help.Url"',
    );
  });
});
