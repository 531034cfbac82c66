import path from "node:path";
import type { KioskSettings } from "./core/settings";
import type { LogLevel } from "./logging/logger";

export interface RuntimeConfig {
  port: number;
  dataDir: string;
  logLevel: LogLevel;
  /** Where the build put the renderer and content.db (dist/). */
  distDir: string;
  initialSettings: Partial<KioskSettings>;
}

export const DEFAULT_PORT = 4780;

function flag(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(`--${name}`);
  if (index >= 0) return argv[index + 1];
  const inline = argv.find((arg) => arg.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

function integer(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined || value === "") return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return parsed;
}

/**
 * Reads the runtime configuration: a flag wins over the environment, which wins over the
 * default. Every option is listed in the README.
 */
export function readConfig(argv: readonly string[], env: NodeJS.ProcessEnv, distDir: string): RuntimeConfig {
  const port = integer(flag(argv, "port") ?? env.KIOSK_PORT, "port", 0, 65535) ?? DEFAULT_PORT;
  const dataDir = path.resolve(flag(argv, "data-dir") ?? env.KIOSK_DATA_DIR ?? path.join(distDir, "..", "var"));
  const level = flag(argv, "log-level") ?? env.KIOSK_LOG_LEVEL ?? "info";
  if (!["debug", "info", "warn", "error"].includes(level)) throw new Error(`log level must be debug, info, warn or error, got "${level}"`);

  const initialSettings: Partial<KioskSettings> = {};
  const idle = integer(flag(argv, "idle-timeout") ?? env.KIOSK_IDLE_TIMEOUT, "idle timeout", 10, 900);
  if (idle !== undefined) initialSettings.idleTimeoutSeconds = idle;
  const warning = integer(flag(argv, "idle-warning") ?? env.KIOSK_IDLE_WARNING, "idle warning", 5, 120);
  if (warning !== undefined) initialSettings.idleWarningSeconds = warning;
  const terminal = flag(argv, "terminal") ?? env.KIOSK_TERMINAL;
  if (terminal !== undefined) {
    if (terminal !== "T2" && terminal !== "T3") throw new Error(`terminal must be T2 or T3, got "${terminal}"`);
    initialSettings.terminal = terminal;
  }

  return { port, dataDir, logLevel: level as LogLevel, distDir, initialSettings };
}
