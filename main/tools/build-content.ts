import fs from "node:fs";
import path from "node:path";
import { compileContentPack } from "../content/compile";
import { describePackErrors, loadContentPack } from "../content/load-pack";

/** `node dist/tools/build-content.js <pack folder> <content.db>`: validates and compiles a pack. */
function main(): number {
  const [packDir, target] = process.argv.slice(2);
  if (!packDir || !target) {
    process.stderr.write("usage: build-content <pack folder> <output content.db>\n");
    return 2;
  }
  const started = performance.now();
  const result = loadContentPack(path.resolve(packDir));
  if (!result.ok) {
    process.stderr.write(`The content pack in ${packDir} is not valid (${result.errors.length} problems):\n`);
    process.stderr.write(`${describePackErrors(result.errors)}\n`);
    return 1;
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  compileContentPack(result.pack, path.resolve(target));
  const { manifest, entries, sources, facts, metro } = result.pack;
  process.stdout.write(
    `content.db ${manifest.version}: ${entries.length} answers, ${sources.length} sources, ${facts.length} facts, ` +
      `${metro.stations.length} stations on ${metro.lines.length} lines (${Math.round(performance.now() - started)} ms)\n`,
  );
  return 0;
}

process.exitCode = main();
