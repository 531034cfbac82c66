// `npm run electronegativity`: Doyensec's Electronegativity over the Electron shell.
//
// It scans the Electron main-process and preload sources (main/electron/), the page they load
// (renderer/kiosk/index.html, for its Content-Security-Policy) and package.json (for the Electron
// version), and fails on every finding that the README does not list, with a reason, under
// "Electronegativity findings we accept". The sources are scanned rather than the esbuild bundle:
// the checks recognise `new BrowserWindow({...})` and similar shapes, which bundling rewrites.
//
// The check that compares the Electron version with GitHub's release list is left out: it needs
// the network, and the version is kept current through npm instead.
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SCANNED = ["main/electron", "renderer/kiosk/index.html", "package.json"];
const EXCLUDED_CHECKS = ["AvailableSecurityFixesGlobalCheck"];
const README_HEADING = /^#+\s+Electronegativity findings we accept\s*$/;

function fail(message) {
  process.stderr.write(`electronegativity: ${message}\n`);
  process.exit(1);
}

function loadElectronegativity() {
  const require = createRequire(path.join(root, "package.json"));
  const from = process.env.ELECTRONEGATIVITY_MODULE ?? "@doyensec/electronegativity";
  try {
    return require(from);
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      fail("@doyensec/electronegativity is not installed. Add it with `npm install --save-dev @doyensec/electronegativity`.");
    }
    throw error;
  }
}

/** Copies what is scanned into a scratch folder, keeping the project's relative paths. */
function stage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-electronegativity-"));
  for (const relative of SCANNED) {
    const from = path.join(root, relative);
    if (!fs.existsSync(from)) fail(`${relative} is missing`);
    const to = path.join(dir, relative);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (fs.statSync(from).isDirectory()) {
      fs.mkdirSync(to, { recursive: true });
      for (const name of fs.readdirSync(from)) {
        // Unit tests are not shipped code; everything else in the folder is.
        if (/\.(ts|js)$/.test(name) && !/\.test\.ts$/.test(name)) fs.copyFileSync(path.join(from, name), path.join(to, name));
      }
    } else {
      fs.copyFileSync(from, to);
    }
  }
  return dir;
}

/** The README's table: | check | file | why |. A row without a reason accepts nothing. */
function acceptedFindings() {
  const lines = fs.readFileSync(path.join(root, "README.md"), "utf8").split("\n");
  const start = lines.findIndex((line) => README_HEADING.test(line));
  if (start < 0) return [];
  const accepted = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#/.test(line)) break;
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length < 5 || /^-+$/.test(cells[1]) || cells[1] === "check") continue;
    const [, id, file, why] = cells;
    if (why && why.length >= 20) accepted.push({ id: id.replace(/`/g, ""), file: file.replace(/`/g, "") });
  }
  return accepted;
}

const run = loadElectronegativity();
const input = stage();
const quietLog = console.log;
// The tool prints its own progress and network complaints through console.log.
console.log = () => undefined;
let result;
try {
  result = await run({
    input,
    isRelative: true,
    isVerbose: false,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS,
    parserPlugins: [],
  });
} finally {
  console.log = quietLog;
  fs.rmSync(input, { recursive: true, force: true });
}

const hardErrors = result.errors.filter((error) => !error.tolerable);
for (const error of hardErrors) process.stderr.write(`electronegativity: could not parse ${error.file}: ${error.message}\n`);

const accepted = acceptedFindings();
const relative = (file) => (path.isAbsolute(file) ? path.relative(input, file) : file);
const unexplained = [];
for (const issue of result.issues) {
  const file = relative(issue.file);
  const where = `${file}:${issue.location.line}:${issue.location.column}`;
  const explained = accepted.some((entry) => entry.id === issue.id && entry.file === file);
  process.stdout.write(`${explained ? "accepted " : "FINDING  "} ${issue.id} ${issue.severity.name}/${issue.confidence.name} ${where}${explained ? "" : ` ${issue.description}`}\n`);
  if (!explained) unexplained.push(issue);
}
process.stdout.write(`electronegativity: ${result.globalChecks + result.atomicChecks} checks, ${result.issues.length} findings, ${unexplained.length} not explained in the README\n`);
if (unexplained.length > 0 || hardErrors.length > 0) {
  fail('fix the findings above, or list each with its reason under "Electronegativity findings we accept" in README.md');
}
