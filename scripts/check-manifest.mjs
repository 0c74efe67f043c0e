#!/usr/bin/env node
// Offline checks of an add-in manifest (Microsoft's validator is an online service):
// well-formed XML; every resid defined; every URL https; one runtime page used for the task pane,
// the function file and the custom-functions page; the icon files exist; with --production, no URL left
// pointing at the dev server. Then, where Microsoft's manifest XSDs are on this machine
// (../shared/schemas/office-manifest/ beside the project, or --schemas DIR), xmllint validates against them;
// the project does not copy them, and says so when they are not there.
//   node scripts/check-manifest.mjs manifest.xml [--assets DIR] [--production] [--schemas DIR]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Validate against Microsoft's XSDs with xmllint: null when it passes, else xmllint's complaint. */
export function validateSchema(file, schemasDir) {
  try {
    execFileSync("xmllint", ["--noout", "--schema", path.join(schemasDir, "OfficeAppManifestV1_1.xsd"), file], {
      stdio: "pipe",
      encoding: "utf8",
    });
    return null;
  } catch (e) {
    if (e.code === "ENOENT") return "xmllint is not installed (Debian: apt-get install libxml2-utils)";
    return String(e.stderr ?? e.message).trim();
  }
}

export function checkManifest(xml, assetsDir, { production = false } = {}) {
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true }).parse(xml);

  // Walk every element, keeping its name and path.
  const elements = [];
  const walk = (node, name, trail) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, name, trail));
    if (node === null || node === undefined) return;
    // An element with only text parses as a plain value: keep it as { "#text": value }.
    if (typeof node !== "object") node = { "#text": String(node) };
    elements.push({ name, node, trail });
    for (const [key, value] of Object.entries(node))
      if (!key.startsWith("@") && key !== "#text") walk(value, key, [...trail, key]);
  };
  walk(doc, "#document", []);

  const defined = new Map();
  for (const e of elements) {
    if (e.trail.includes("Resources") && typeof e.node["@id"] === "string")
      defined.set(e.node["@id"], e.node["@DefaultValue"]);
  }
  const used = elements.filter((e) => typeof e.node["@resid"] === "string");
  for (const e of used) {
    if (!defined.has(e.node["@resid"]))
      problems.push(`resid "${e.node["@resid"]}" (on <${e.name}>) is not defined in <Resources>`);
  }

  const urls = [];
  for (const e of elements) {
    for (const [key, value] of Object.entries(e.node)) {
      if (key.startsWith("@xmlns") || typeof value !== "string") continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push({ where: `<${e.name} ${key.slice(1)}>`, url: value });
    }
    if (e.name === "AppDomain" && e.node["#text"] !== undefined)
      urls.push({ where: "<AppDomain>", url: String(e.node["#text"]) });
  }
  for (const { where, url } of urls)
    if (!url.startsWith("https://")) problems.push(`${where} uses a URL that is not https: ${url}`);
  if (production)
    for (const { where, url } of urls)
      if (/^https?:\/\/(localhost|127\.0\.0\.1)\b/i.test(url))
        problems.push(`${where} still points at the dev server: ${url}`);

  const runtimes = elements.filter((e) => e.name === "Runtime").map((e) => e.node["@resid"]);
  if (runtimes.length !== 1) problems.push(`expected one <Runtime> for the shared runtime, found ${runtimes.length}`);
  const runtime = runtimes[0];
  const runtimeUser = (pred, what) => {
    const found = elements.filter(pred);
    if (found.length === 0) problems.push(`no ${what} found`);
    for (const e of found) {
      const resid = e.node["@resid"];
      if (resid !== runtime) problems.push(`${what} uses resid "${resid}", not the runtime's "${runtime}"`);
    }
  };
  runtimeUser((e) => e.name === "FunctionFile", "<FunctionFile>");
  runtimeUser((e) => e.name === "SourceLocation" && e.trail.at(-2) === "Page", "custom-functions <Page>");
  runtimeUser((e) => e.name === "SourceLocation" && e.trail.at(-2) === "Action", "task pane <Action>");
  const namespace = elements.find((e) => e.name === "Namespace");
  if (namespace === undefined) problems.push("no custom-functions <Namespace>");
  else if (defined.get(namespace.node["@resid"]) !== "KPI")
    problems.push(`the custom-functions namespace is "${defined.get(namespace.node["@resid"])}", not "KPI"`);
  const permissions = elements.find((e) => e.name === "Permissions");
  if (permissions === undefined || String(permissions.node["#text"]).trim() !== "ReadWriteDocument") {
    problems.push("<Permissions> is not ReadWriteDocument");
  }

  const icons = urls.filter((u) => /\.png$/i.test(u.url));
  if (icons.length === 0) problems.push("no icon URLs");
  for (const { url } of icons) {
    const file = path.join(assetsDir, path.basename(new URL(url).pathname));
    if (!existsSync(file)) problems.push(`icon ${url} has no file ${path.relative(process.cwd(), file)}`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const file = process.argv[2] ?? "manifest.xml";
  const assetsFlag = process.argv.indexOf("--assets");
  const assets = assetsFlag > 0 ? process.argv[assetsFlag + 1] : path.join(path.dirname(file), "assets");
  let xml;
  try {
    xml = readFileSync(file, "utf8");
  } catch {
    console.error(`check-manifest: cannot read ${file}`);
    process.exit(1);
  }
  const production = process.argv.includes("--production");
  const problems = checkManifest(xml, assets, { production });
  const schemasFlag = process.argv.indexOf("--schemas");
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  // ../shared beside the project; a git worktree of it sits one folder deeper (../../shared).
  const beside = [
    path.resolve(root, "..", "shared", "schemas", "office-manifest"),
    path.resolve(root, "..", "..", "shared", "schemas", "office-manifest"),
  ];
  const schemas =
    schemasFlag > 0 ? path.resolve(process.argv[schemasFlag + 1]) : (beside.find((d) => existsSync(d)) ?? beside[0]);
  let schemaNote;
  if (existsSync(path.join(schemas, "OfficeAppManifestV1_1.xsd"))) {
    const invalid = validateSchema(file, schemas);
    if (invalid !== null) problems.push(`fails Microsoft's manifest schema: ${invalid}`);
    schemaNote = `valid against Microsoft's manifest XSDs in ${path.relative(process.cwd(), schemas) || schemas}`;
  } else {
    schemaNote = `not checked against Microsoft's manifest XSDs: ${schemas} is not on this machine`;
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`check-manifest: ${file}: ${p}`);
    process.exit(1);
  }
  console.log(
    `check-manifest: ${file} passes the offline checks (XML, resids, https, shared runtime, KPI namespace, icons${production ? ", no dev URLs" : ""}); ${schemaNote}.`,
  );
}
