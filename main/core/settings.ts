import type Database from "better-sqlite3";
import { z } from "zod";
import { LANGUAGES } from "../api/contract";

const langSchema = z.enum(LANGUAGES);

const currency = z.string().regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code");

export const settingsSchema = z.object({
  kioskId: z.string().regex(/^[A-Za-z0-9-]{1,40}$/),
  terminal: z.enum(["T2", "T3"]),
  languages: z.array(langSchema).min(1).max(LANGUAGES.length),
  defaultLanguage: langSchema,
  idleTimeoutSeconds: z.number().int().min(10).max(900),
  idleWarningSeconds: z.number().int().min(5).max(120),
  /** Where QR codes send the traveller's phone; empty means the kiosk's own HTTP shell. */
  handoffBaseUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ }).max(200)]),
  wifi: z
    .object({
      ssid: z.string().min(1).max(32),
      password: z.string().max(63),
      security: z.enum(["WPA", "WEP", "nopass"]),
    })
    .nullable(),
  exchangeRates: z
    .array(z.object({ currency, cnyPerUnit: z.number().positive().max(100_000) }))
    .max(40),
  exchangeRatesSetAt: z.string().max(40).nullable(),
  /** Where travellers collect a pre-ordered SIM card, as staff describe it. */
  simCounter: z.string().max(200),
  simPurgeDays: z.number().int().min(1).max(365),
});
export type KioskSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: KioskSettings = {
  kioskId: "ckg-t3-arrivals-1",
  terminal: "T3",
  languages: [...LANGUAGES],
  defaultLanguage: "en",
  idleTimeoutSeconds: 90,
  idleWarningSeconds: 20,
  handoffBaseUrl: "",
  wifi: null,
  exchangeRates: [],
  exchangeRatesSetAt: null,
  simCounter: "",
  simPurgeDays: 30,
};

export interface SettingsStore {
  get(): KioskSettings;
  update(patch: Partial<KioskSettings>): KioskSettings;
}

/**
 * Settings live in kiosk.db as one row per key. A stored value that no longer validates (an
 * older build wrote it, or the file was edited by hand) is ignored in favour of the default.
 */
export function createSettingsStore(db: Database.Database): SettingsStore {
  const select = db.prepare("SELECT key, value FROM setting");
  const upsert = db.prepare(
    "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
  );

  const get = (): KioskSettings => {
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const row of select.all() as { key: string; value: string }[]) {
      if (!(row.key in DEFAULT_SETTINGS)) continue;
      try {
        merged[row.key] = JSON.parse(row.value) as unknown;
      } catch {
        continue;
      }
    }
    const parsed = settingsSchema.safeParse(merged);
    if (parsed.success) return withDefaultLanguage(parsed.data);
    const fallback: Record<string, unknown> = { ...merged };
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key === "string" && key in DEFAULT_SETTINGS) {
        fallback[key] = DEFAULT_SETTINGS[key as keyof KioskSettings];
      }
    }
    return withDefaultLanguage(settingsSchema.parse(fallback));
  };

  const update = (patch: Partial<KioskSettings>): KioskSettings => {
    const next = settingsSchema.parse({ ...get(), ...patch });
    const now = new Date().toISOString();
    db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value), now);
      }
    })();
    return withDefaultLanguage(next);
  };

  return { get, update };
}

/** The default language must be one the kiosk offers; otherwise the first offered one is used. */
function withDefaultLanguage(settings: KioskSettings): KioskSettings {
  if (settings.languages.includes(settings.defaultLanguage)) return settings;
  return { ...settings, defaultLanguage: settings.languages[0] ?? "en" };
}
