// `npm run dist`: builds the app and packages it with electron-builder for kiosk PCs.
// electron-builder downloads the Electron runtime for each target; where the network cannot
// reach it, this script says so plainly instead of failing with a stack trace.
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
const builder = path.join(root, "node_modules", ".bin", "electron-builder");
const result = spawnSync(builder, process.argv.slice(2), { cwd: root, encoding: "utf8", env: process.env });
process.stdout.write(result.stdout ?? "");
process.stderr.write(result.stderr ?? "");
if (result.status === 0) process.exit(0);
const output = `${result.stdout}${result.stderr}`;
if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|fetch failed|getaddrinfo|ETIMEDOUT|download/i.test(output)) {
  process.stderr.write(
    "\nPackaging needs the Electron runtime, which electron-builder downloads for each target platform," +
      " and this machine cannot reach the download server. Run `npm run dist` on a machine with internet" +
      " access, or point ELECTRON_MIRROR / electron_config_cache at a local copy of the Electron release zips.\n",
  );
}
process.exit(result.status ?? 1);
