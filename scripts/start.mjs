// `npm start`: builds what is missing, then hands over to the launcher, which picks the shell
// (Electron when its binary runs, else the HTTP shell with a Chromium kiosk window).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (!fs.existsSync(path.join(root, "node_modules", "better-sqlite3"))) {
  process.stderr.write("Dependencies are missing: run `npm ci` first (see README).\n");
  process.exit(1);
}
execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });
const launcher = spawn(process.execPath, [path.join(root, "dist", "main", "launcher.js"), ...process.argv.slice(2)], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => launcher.kill(signal));
launcher.on("exit", (code) => process.exit(code ?? 0));
