// Builds everything `npm start`, the tests and the benchmarks need into dist/:
// the main-process bundles, the renderer, and content.db compiled from content/.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const contentOnly = process.argv.includes("--content-only");
const production = process.env.NODE_ENV === "production";

const nodeTargets = {
  "main/http.js": "main/http/main.ts",
  "main/electron.js": "main/electron/main.ts",
  "main/launcher.js": "main/launcher/main.ts",
  "tools/build-content.js": "main/tools/build-content.ts",
  "tools/export-phone-content.js": "main/tools/export-phone-content.ts",
};

async function buildMain() {
  const entries = Object.fromEntries(
    Object.entries(nodeTargets)
      .filter(([, source]) => fs.existsSync(path.join(root, source)))
      .map(([out, source]) => [out.replace(/\.js$/, ""), path.join(root, source)]),
  );
  if (fs.existsSync(path.join(root, "bench/run.ts"))) entries["bench/run"] = path.join(root, "bench/run.ts");
  await esbuild.build({
    entryPoints: entries,
    outdir: dist,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: true,
    external: ["better-sqlite3", "electron"],
    logLevel: "warning",
  });
  await esbuild.build({
    entryPoints: { "main/preload": path.join(root, "main/electron/preload.ts") },
    outdir: dist,
    bundle: true,
    platform: "node",
    target: "chrome130",
    format: "cjs",
    external: ["electron"],
    logLevel: "warning",
  });
}

// The renderer is built into a staging folder and swapped in with two renames, so a kiosk or a
// test serving dist/renderer/ never sees it half-written while another build runs.
async function buildRenderer() {
  const out = path.join(dist, `renderer.staging-${process.pid}`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const entryPoints = { app: path.join(root, "renderer/kiosk/index.tsx") };
  if (fs.existsSync(path.join(root, "renderer/phone/index.tsx"))) entryPoints["m/phone"] = path.join(root, "renderer/phone/index.tsx");
  await esbuild.build({
    entryPoints,
    outdir: out,
    bundle: true,
    platform: "browser",
    target: ["chrome120"],
    format: "esm",
    jsx: "automatic",
    minify: true,
    sourcemap: !production,
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    loader: { ".svg": "file", ".png": "file", ".woff2": "file" },
    assetNames: "assets/[name]-[hash]",
    logLevel: "warning",
  });
  fs.copyFileSync(path.join(root, "renderer/kiosk/index.html"), path.join(out, "index.html"));
  if (fs.existsSync(path.join(root, "renderer/phone/index.html"))) {
    fs.copyFileSync(path.join(root, "renderer/phone/index.html"), path.join(out, "m/index.html"));
  }
  fs.cpSync(path.join(root, "assets"), path.join(out, "assets"), { recursive: true });
  return out;
}

function swapRenderer(staging) {
  const live = path.join(dist, "renderer");
  const old = path.join(dist, `renderer.old-${process.pid}`);
  if (fs.existsSync(live)) fs.renameSync(live, old);
  fs.renameSync(staging, live);
  fs.rmSync(old, { recursive: true, force: true });
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function buildContent() {
  const target = path.join(dist, "content.db");
  const tool = path.join(dist, "tools/build-content.js");
  const sourceTime = Math.max(newestMtime(path.join(root, "content")), fs.statSync(tool).mtimeMs);
  if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= sourceTime) return;
  execFileSync(process.execPath, [tool, path.join(root, "content"), target], { stdio: "inherit" });
}

// The phone page's answers and metro names, so dist/renderer/m/ can be served by any static host.
function exportPhoneContent(rendererDir) {
  const tool = path.join(dist, "tools/export-phone-content.js");
  if (!fs.existsSync(tool)) return;
  execFileSync(process.execPath, [tool, path.join(dist, "content.db"), path.join(rendererDir, "m")], { stdio: "inherit" });
}

const started = Date.now();
await buildMain();
buildContent();
if (!contentOnly) {
  const staging = await buildRenderer();
  exportPhoneContent(staging);
  swapRenderer(staging);
}
process.stdout.write(`build finished in ${Date.now() - started} ms\n`);
