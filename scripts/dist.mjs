// `npm run dist`: builds the app and packages it with electron-builder for kiosk PCs.
//
//   npm run dist                      packages for this platform (Linux: AppImage and deb)
//   npm run dist -- --win             Windows nsis installer (from Linux this needs Wine)
//   npm run dist -- --offline         never touch the network: use only the Electron zips already
//                                     in the cache (or in KIOSK_ELECTRON_ZIPS)
//   npm run dist -- --check           checks electron-builder.yml and the Electron zips, builds nothing
//
// electron-builder needs the Electron runtime zip for every target (electron-v<version>-<platform>-
// <arch>.zip) and, to rebuild better-sqlite3 for Electron, either a prebuilt binary or Electron's
// headers. All of these come from the network. This script looks for the zips first and, when one
// is missing, says where to get it and stops within seconds instead of waiting on a download that
// cannot succeed. The rebuild happens inside node_modules, so the Node build of better-sqlite3 is
// saved before and put back after: the tests keep working after packaging.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));
const argv = process.argv.slice(2);
const offline = argv.includes("--offline") || process.env.KIOSK_DIST_OFFLINE === "1";
const checkOnly = argv.includes("--check");
const builderArgs = argv.filter((arg) => arg !== "--offline" && arg !== "--check");
const PROBE_TIMEOUT_MS = 5000;

function stop(message) {
  process.stderr.write(`\nnpm run dist: ${message}\n`);
  process.exit(1);
}

function electronVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, "node_modules", "electron", "package.json"), "utf8")).version;
  } catch {
    stop("the electron package is not installed (npm ci installs it; its binary is not needed for packaging).");
  }
}

/** The platform/arch pairs this run packages for, from electron-builder's own flags. */
function targets() {
  const platforms = [];
  if (builderArgs.some((arg) => ["--linux", "-l"].includes(arg))) platforms.push("linux");
  if (builderArgs.some((arg) => ["--win", "-w", "--windows"].includes(arg))) platforms.push("win32");
  if (builderArgs.some((arg) => ["--mac", "-m", "--macos"].includes(arg))) platforms.push("darwin");
  if (platforms.length === 0) platforms.push(process.platform);
  const archs = ["x64", "arm64", "ia32", "armv7l"].filter((arch) => builderArgs.includes(`--${arch}`));
  if (archs.length === 0) archs.push("x64");
  return platforms.flatMap((platform) => archs.map((arch) => ({ platform, arch })));
}

/** Where @electron/get keeps downloaded zips, one sub-folder per download address. */
function cacheDirs() {
  const dirs = [];
  if (process.env.KIOSK_ELECTRON_ZIPS) dirs.push(path.resolve(process.env.KIOSK_ELECTRON_ZIPS));
  if (process.env.electron_config_cache) dirs.push(process.env.electron_config_cache);
  if (process.platform === "win32") dirs.push(path.join(process.env.LOCALAPPDATA ?? path.join(os.homedir(), "AppData", "Local"), "electron", "Cache"));
  else if (process.platform === "darwin") dirs.push(path.join(os.homedir(), "Library", "Caches", "electron"));
  else dirs.push(path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "electron"));
  return dirs;
}

function findZip(name) {
  for (const dir of cacheDirs()) {
    if (!fs.existsSync(dir)) continue;
    if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
    for (const sub of fs.readdirSync(dir)) {
      const candidate = path.join(dir, sub, name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** electron-builder.yml against the installed electron-builder's own schema: a typo fails here. */
function checkConfig() {
  let yaml;
  let Ajv;
  let schema;
  try {
    yaml = require("js-yaml");
    Ajv = require("ajv");
    schema = require("app-builder-lib/scheme.json");
  } catch {
    process.stdout.write("electron-builder.yml: schema check skipped (electron-builder's schema is not installed)\n");
    return;
  }
  const config = yaml.load(fs.readFileSync(path.join(root, "electron-builder.yml"), "utf8"));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validate(config)) {
    const problems = validate.errors.filter((error) => error.keyword === "additionalProperties" || error.keyword === "enum" || error.keyword === "type");
    stop(`electron-builder.yml does not match electron-builder's schema:\n${problems.map((error) => `  ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`).join("\n")}`);
  }
  process.stdout.write("electron-builder.yml: matches electron-builder's schema\n");
}

async function reachable(url) {
  try {
    await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(PROBE_TIMEOUT_MS), redirect: "manual" });
    return true;
  } catch {
    return false;
  }
}

async function checkElectronZips(version) {
  const wanted = targets().map(({ platform, arch }) => `electron-v${version}-${platform}-${arch}.zip`);
  const missing = wanted.filter((name) => !findZip(name));
  for (const name of wanted.filter((entry) => !missing.includes(entry))) process.stdout.write(`Electron runtime: ${findZip(name)}\n`);
  if (missing.length === 0) return;
  const mirror = process.env.ELECTRON_MIRROR ?? "https://github.com/electron/electron/releases/download/";
  const explain =
    `electron-builder needs ${missing.join(", ")} and it is not in the Electron cache (${cacheDirs().join(", ")}).\n` +
    `  Download it on a machine with internet access from ${mirror}v${version}/ (with SHASUMS256.txt),\n` +
    "  then either put the zip in a folder and run `KIOSK_ELECTRON_ZIPS=<folder> npm run dist`,\n" +
    "  or set ELECTRON_MIRROR to a reachable mirror of the Electron releases.\n" +
    "  Rebuilding better-sqlite3 for Electron also needs its prebuilt binary or Electron's headers from the network\n" +
    '  (README, "Packaging"): run `npm run dist` on a build machine with internet access.';
  if (offline) stop(`offline, and ${explain}`);
  if (!(await reachable(mirror))) stop(`the Electron download server (${mirror}) did not answer within ${PROBE_TIMEOUT_MS / 1000} s, and ${explain}`);
  process.stdout.write(`Electron runtime: not cached; electron-builder will download it from ${mirror}\n`);
}

/** Keeps the Node build of better-sqlite3 safe from electron-builder's in-place rebuild for Electron. */
function saveNodeBuild() {
  const binary = path.join(root, "node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node");
  if (!fs.existsSync(binary)) return () => undefined;
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-dist-")), "better_sqlite3.node");
  fs.copyFileSync(binary, saved);
  return () => {
    fs.copyFileSync(saved, binary);
    fs.rmSync(path.dirname(saved), { recursive: true, force: true });
    process.stdout.write("better-sqlite3: the Node build is back in node_modules for the tests\n");
  };
}

const version = electronVersion();
checkConfig();
await checkElectronZips(version);
if (checkOnly) process.exit(0);

execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
const extra = process.env.KIOSK_ELECTRON_ZIPS ? [`--config.electronDist=${path.resolve(process.env.KIOSK_ELECTRON_ZIPS)}`] : [];
const restore = saveNodeBuild();
let result;
try {
  result = spawnSync(path.join(root, "node_modules", ".bin", "electron-builder"), [...builderArgs, ...extra, "--publish", "never"], { cwd: root, encoding: "utf8", env: process.env });
} finally {
  restore();
}
process.stdout.write(result.stdout ?? "");
process.stderr.write(result.stderr ?? "");
if (result.status === 0) process.exit(0);
const output = `${result.stdout}${result.stderr}`;
if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|getaddrinfo|socket hang up/i.test(output)) {
  stop(
    "electron-builder could not download something it needs (the Electron runtime, better-sqlite3's prebuilt binary for" +
      " Electron, or Electron's headers for compiling it). Run `npm run dist` on a machine with internet access, or see" +
      ' README, "Packaging" for the offline route.',
  );
}
process.exit(result.status ?? 1);
