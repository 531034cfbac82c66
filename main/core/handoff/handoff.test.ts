import jsQR from "jsqr";
import QRCode from "qrcode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Handoff, type HandoffItem, type Lang, type Result, type WifiQr } from "../../api/contract";
import { decodeHandoffPayload, MAX_PAYLOAD_CHARS, type HandoffPayload } from "../../api/handoff-payload";
import { startTestCore, type TestCore } from "../../testing/fixtures";
import { createPlanner } from "../transport/planner";
import { loadNetwork } from "../transport/test-fixture";
import { wifiQrText } from "./wifi";

/** The kiosk's default base when staff set none: its own HTTP shell on the default port. */
const DEFAULT_BASE = "http://127.0.0.1:4780";

let test: TestCore;

beforeAll(() => {
  test = startTestCore();
  test.core.handoff.setShellOrigin(DEFAULT_BASE);
});
afterAll(() => test.dispose());

async function handoff(item: HandoffItem, lang: Lang = "en"): Promise<Handoff> {
  const result = (await test.core.dispatch("createHandoff", { lang, item }, { transport: "http" })) as Result<Handoff>;
  if (!result.ok) throw new Error(`${item.kind}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function payloadOf(created: Handoff): Promise<HandoffPayload> {
  const fragment = created.url.split("#")[1] ?? "";
  const decoded = await decodeHandoffPayload(fragment);
  if (!decoded.ok) throw new Error(`payload did not decode: ${decoded.error}`);
  return decoded.payload;
}

/** Decodes the QR with jsQR from its module matrix drawn at 4 px per module, as the kiosk shows it. */
function readQr(text: string): string | null {
  const code = QRCode.create(text, { errorCorrectionLevel: "M" });
  const scale = 4;
  const side = (code.modules.size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < code.modules.size; row += 1) {
    for (let col = 0; col < code.modules.size; col += 1) {
      if (!code.modules.get(row, col)) continue;
      for (let y = 0; y < scale; y += 1) {
        for (let x = 0; x < scale; x += 1) {
          const at = (((row + 4) * scale + y) * side + (col + 4) * scale + x) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}

const measured: Record<string, { chars: number; version: number; what: string }> = {};

function record(kind: string, created: Handoff, what: string): void {
  const previous = measured[kind];
  if (!previous || created.payloadChars > previous.chars) measured[kind] = { chars: created.payloadChars, version: created.qrVersion, what };
}

describe("createHandoff", () => {
  it("points at the kiosk's own HTTP shell and renders a QR code at error correction M with a 4-module quiet zone", async () => {
    const created = await handoff({ kind: "answer", id: "visa-240h-transit" }, "de");
    expect(created.url).toMatch(/^http:\/\/127\.0\.0\.1:4780\/m\/#[A-Za-z0-9_-]+$/);
    expect(created.qrSvg).toContain("<svg");
    expect(created.qrModules).toBe(17 + 4 * created.qrVersion + 8);
    expect(readQr(created.url)).toBe(created.url);
    expect(await payloadOf(created)).toEqual({ lang: "de", content: test.core.content().version, item: { kind: "answer", id: "visa-240h-transit" } });
  });

  it("uses the staff's handoff base URL when one is set", async () => {
    test.core.settings.update({ handoffBaseUrl: "https://kiosk.example.org/ckg/" });
    try {
      const created = await handoff({ kind: "answer", id: "visa-240h-transit" });
      expect(created.url.startsWith("https://kiosk.example.org/ckg/m/#")).toBe(true);
    } finally {
      test.core.settings.update({ handoffBaseUrl: "" });
    }
  });

  it("answers not_found for an answer id the content does not have, and bad_request for a malformed item", async () => {
    const missing = await test.core.dispatch("createHandoff", { lang: "en", item: { kind: "answer", id: "no-such-answer" } }, { transport: "http" });
    expect(missing).toMatchObject({ ok: false, error: { code: "not_found" } });
    const malformed = await test.core.dispatch("createHandoff", { lang: "en", item: { kind: "sim-ticket", ticket: "<b>" } }, { transport: "http" });
    expect(malformed).toMatchObject({ ok: false, error: { code: "bad_request" } });
  });

  it("keeps every answer of the shipped content within the limit", async () => {
    const ids: string[] = [];
    const categories = await test.core.dispatch("listCategories", { lang: "en" }, { transport: "http" });
    if (!categories.ok) throw new Error("no categories");
    for (const category of categories.value as { id: string }[]) {
      const entries = await test.core.dispatch("listEntries", { lang: "en", category: category.id }, { transport: "http" });
      if (entries.ok) ids.push(...(entries.value as { id: string }[]).map((entry) => entry.id));
    }
    expect(ids.length).toBeGreaterThan(100);
    const longest = ids.reduce((a, b) => (b.length > a.length ? b : a));
    for (const lang of LANGUAGES) {
      const created = await handoff({ kind: "answer", id: longest }, lang);
      record("answer", created, longest);
      expect(created.payloadChars).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
      expect(created.qrVersion).toBeLessThanOrEqual(10);
    }
  });

  it("keeps the journeys with the most legs on the whole network within the limit, and names the right stations", async () => {
    const network = loadNetwork();
    const planner = createPlanner(network);
    const longest: { from: string; to: string; legs: number }[] = [];
    let most = 0;
    for (const from of network.stations) {
      for (const to of network.stations) {
        if (from.id === to.id) continue;
        const plan = planner.plan(from.id, to.id);
        if (!plan.ok || plan.fastest.legs.length < most) continue;
        if (plan.fastest.legs.length > most) longest.length = 0;
        most = plan.fastest.legs.length;
        longest.push({ from: from.id, to: to.id, legs: most });
      }
    }
    expect(most).toBeGreaterThanOrEqual(4);
    for (const pair of longest) {
      const created = await handoff({ kind: "journey", from: pair.from, to: pair.to }, "ar");
      record("journey", created, `${pair.from} -> ${pair.to}, ${pair.legs} legs`);
      expect(created.payloadChars).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
      expect(created.qrVersion).toBeLessThanOrEqual(10);
    }

    const sample = longest[0]!;
    const { item } = await payloadOf(await handoff({ kind: "journey", from: sample.from, to: sample.to }));
    if (item.kind !== "journey") throw new Error("not a journey");
    expect(network.stations[item.legs[0]!.board]!.id).toBe(sample.from);
    expect(network.stations[item.legs.at(-1)!.alight]!.id).toBe(sample.to);
  }, 60_000);

  it("keeps every station's taxi card within the limit in every language", async () => {
    const network = loadNetwork();
    const byName = [...network.stations].sort((a, b) => (b.name_en ?? "").length + b.name_zh.length * 3 - ((a.name_en ?? "").length + a.name_zh.length * 3));
    for (const station of byName.slice(0, 5)) {
      for (const lang of LANGUAGES) {
        const created = await handoff({ kind: "taxi", target: { kind: "station", id: station.id } }, lang);
        record("taxi", created, `${station.id} (${lang})`);
        expect(created.payloadChars).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
        expect(created.qrVersion).toBeLessThanOrEqual(10);
      }
    }
    const { item } = await payloadOf(await handoff({ kind: "taxi", target: { kind: "station", id: byName[0]!.id } }, "fr"));
    expect(item).toMatchObject({ kind: "taxi", place: { nameZh: byName[0]!.name_zh } });
  });

  it("keeps every attraction and its taxi card within the limit in every language", async () => {
    const list = await test.core.dispatch("listAttractions", { lang: "en" }, { transport: "http" });
    if (!list.ok) return; // the tourism area is not in this core yet; the e2e test says so too
    const attractions = list.value as { id: string; nameZh: string }[];
    for (const attraction of attractions) {
      for (const lang of LANGUAGES) {
        const created = await handoff({ kind: "attraction", id: attraction.id }, lang);
        record("attraction", created, `${attraction.id} (${lang})`);
        expect(created.payloadChars, `${attraction.id} in ${lang}`).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
        expect(created.qrVersion).toBeLessThanOrEqual(10);
        const taxi = await handoff({ kind: "taxi", target: { kind: "attraction", id: attraction.id } }, lang);
        record("taxi", taxi, `${attraction.id} (${lang})`);
        expect(taxi.payloadChars, `taxi to ${attraction.id} in ${lang}`).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
      }
    }
    expect((await payloadOf(await handoff({ kind: "taxi", target: { kind: "attraction", id: attractions[0]!.id } }))).item).toEqual({
      kind: "attraction",
      id: attractions[0]!.id,
      taxi: true,
    });
  });

  it("carries a SIM pickup ticket and the counter, dropping a counter text too long for a QR code", async () => {
    test.core.settings.update({ simCounter: "到达大厅 3 号柜台 · Arrivals hall, counter 3" });
    const short = await handoff({ kind: "sim-ticket", ticket: "S-0042" }, "th");
    record("sim-ticket", short, "ticket with a counter");
    expect(await payloadOf(short)).toMatchObject({ item: { kind: "sim-ticket", ticket: "S-0042", counter: "到达大厅 3 号柜台 · Arrivals hall, counter 3" } });

    // 150 different characters: text that compresses as badly as a real long description.
    test.core.settings.update({ simCounter: Array.from({ length: 150 }, (_, i) => String.fromCharCode(0x4e00 + i * 37)).join("") });
    const long = await handoff({ kind: "sim-ticket", ticket: "S-0042" });
    expect(await payloadOf(long)).toMatchObject({ item: { kind: "sim-ticket", ticket: "S-0042", counter: null } });
    test.core.settings.update({ simCounter: "" });
  });
});

describe("getWifiQr", () => {
  it("answers null until staff configure the network", async () => {
    expect(await test.core.dispatch("getWifiQr", {}, { transport: "http" })).toEqual({ ok: true, value: null });
  });

  it("renders the standard WIFI: text, escaping the characters the format reserves", async () => {
    test.core.settings.update({ wifi: { ssid: "CKG-Free;Wi:Fi", password: 'p"a,ss\\', security: "WPA" } });
    const result = (await test.core.dispatch("getWifiQr", {}, { transport: "http" })) as Result<WifiQr>;
    test.core.settings.update({ wifi: null });
    if (!result.ok) throw new Error(result.error.message);
    const text = 'WIFI:T:WPA;S:CKG-Free\\;Wi\\:Fi;P:p\\"a\\,ss\\\\;;';
    expect(result.value.ssid).toBe("CKG-Free;Wi:Fi");
    expect(readQr(text)).toBe(text);
    expect(wifiQrText({ ssid: "CKG", password: "", security: "nopass" })).toBe("WIFI:T:nopass;S:CKG;;");
  });
});

describe("measured payload sizes", () => {
  it("stays within the documented limit for the largest real payload of every kind", () => {
    for (const [kind, size] of Object.entries(measured)) {
      expect(size.chars, `${kind}: ${size.what}`).toBeLessThanOrEqual(MAX_PAYLOAD_CHARS);
    }
    process.stdout.write(`handoff payloads (largest per kind): ${JSON.stringify(measured)}\n`);
  });
});
