import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { compileContentPack } from "../content/compile";
import { describePackErrors, loadContentPack } from "../content/load-pack";

/** Compiles the shipped pack once for the whole unit-test run; tests copy or open it read-only. */
export function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-content-"));
  const target = path.join(dir, "content.db");
  const result = loadContentPack(path.resolve(__dirname, "../../content"));
  if (!result.ok) throw new Error(`the shipped content pack is not valid:\n${describePackErrors(result.errors)}`);
  compileContentPack(result.pack, target);
  process.env.KIOSK_TEST_CONTENT_DB = target;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
