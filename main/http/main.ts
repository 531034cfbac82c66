import path from "node:path";
import { readConfig } from "../config";
import { startCore } from "../core/kiosk-core";
import { createFileSink, createLogger, stderrSink } from "../logging/logger";
import { startHttpShell } from "./server";

/** The launcher's secret for the heartbeat route, taken out of the environment once read. */
function takeSupervisorToken(): string | undefined {
  const token = process.env.KIOSK_SUPERVISOR_TOKEN;
  delete process.env.KIOSK_SUPERVISOR_TOKEN;
  return token && token.length >= 32 ? token : undefined;
}

/** Runs the core behind the HTTP shell: the process the Chromium kiosk window talks to. */
async function main(): Promise<void> {
  const distDir = path.resolve(__dirname, "..");
  const config = readConfig(process.argv.slice(2), process.env, distDir);
  const logger = createLogger({
    level: config.logLevel,
    sinks: [stderrSink, createFileSink(path.join(config.dataDir, "logs"))],
  });
  const started = performance.now();
  const core = startCore({
    dataDir: config.dataDir,
    shippedContent: path.join(distDir, "content.db"),
    logger,
    initialSettings: config.initialSettings,
  });
  const shell = await startHttpShell({
    dispatch: core.dispatch,
    rendererDir: path.join(distDir, "renderer"),
    port: config.port,
    logger,
    phoneContent: core.handoff.phoneContentJson,
    contentImage: (name) => core.contentImage(name),
    supervisorToken: takeSupervisorToken(),
  });
  core.handoff.setShellOrigin(shell.origin);
  logger.info("http shell listening", { port: shell.port, ms: Math.round(performance.now() - started) });
  process.stdout.write(`Kiosk ready at ${shell.origin}\n`);

  const stop = (signal: string): void => {
    logger.info("stopping", { signal });
    void shell.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`The kiosk could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
