import fs from "node:fs";
import path from "node:path";
import { LANGUAGES } from "../api/contract";
import { buildPhoneContent } from "../core/handoff/phone-content";
import { openContentDb, readContentMeta } from "../store/content-db";

/**
 * `node dist/tools/export-phone-content.js <content.db> <m folder>`: writes
 * `<m folder>/content/<version>/<lang>.json` for every language, so the whole phone page folder
 * can be copied to any static host.
 */
function main(): number {
  const [contentFile, phoneDir] = process.argv.slice(2);
  if (!contentFile || !phoneDir) {
    process.stderr.write("usage: export-phone-content <content.db> <m folder>\n");
    return 2;
  }
  const db = openContentDb(path.resolve(contentFile));
  try {
    const { version } = readContentMeta(db);
    const facts = db.prepare("SELECT value, as_of AS asOf FROM fact WHERE id = ?");
    const lookup = (id: string): { value: string; asOf: string } | undefined => facts.get(id) as { value: string; asOf: string } | undefined;
    const dir = path.join(path.resolve(phoneDir), "content", version);
    fs.mkdirSync(dir, { recursive: true });
    let bytes = 0;
    for (const lang of LANGUAGES) {
      const json = JSON.stringify(buildPhoneContent(db, lookup, version, lang));
      fs.writeFileSync(path.join(dir, `${lang}.json`), json);
      bytes += json.length;
    }
    process.stdout.write(`phone content ${version}: ${LANGUAGES.length} languages, ${Math.round(bytes / 1024)} KB\n`);
    return 0;
  } finally {
    db.close();
  }
}

process.exitCode = main();
