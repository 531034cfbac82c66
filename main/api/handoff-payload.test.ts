import { describe, expect, it } from "vitest";
import {
  decodeHandoffPayload,
  encodeHandoffPayload,
  handoffUrl,
  HANDOFF_FORMAT_VERSION,
  MAX_PAYLOAD_CHARS,
  type HandoffPayload,
} from "./handoff-payload";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const SAMPLES: HandoffPayload[] = [
  { lang: "en", content: "2026.12.1", item: { kind: "answer", id: "visa-240h-transit" } },
  {
    lang: "ar",
    content: "2026.12.1",
    item: {
      kind: "journey",
      minutes: 58,
      fare: { kind: "official", yuan: 7 },
      legs: [
        { line: 9, board: 230, alight: 120, toward: 18, sense: null, stops: 9, minutes: 21 },
        { line: 11, board: 120, alight: 201, toward: 77, sense: "anticlockwise", stops: 4, minutes: 11 },
      ],
    },
  },
  {
    lang: "zh-Hans",
    content: "2026.12.1",
    item: { kind: "taxi", place: { nameZh: "小什字", addressZh: null, name: null, nameEn: "Xiaoshizi" } },
  },
  {
    lang: "ja",
    content: "2026.12.1",
    item: { kind: "taxi", place: { nameZh: "江北机场T3航站楼", addressZh: null, name: "江北空港第3ターミナル", nameEn: "Terminal 3 of Jiangbei Airport" } },
  },
  { lang: "es", content: "2026.12.1", item: { kind: "attraction", id: "hongyadong", taxi: false } },
  {
    lang: "fr",
    content: "2026.12.1",
    item: { kind: "attraction", id: "liziba", taxi: true },
  },
  { lang: "th", content: "2026.12.1", item: { kind: "sim-ticket", ticket: "S-042", counter: "Arrivals hall, counter 3" } },
  { lang: "ko", content: "2026.12.1", item: { kind: "journey", minutes: 0, fare: null, legs: [] } },
];

/** Rewrites the base64url payload's bytes, for building broken payloads on purpose. */
function editBytes(payload: string, edit: (bytes: number[]) => void): string {
  const bits = [...payload].map((char) => ALPHABET.indexOf(char).toString(2).padStart(6, "0")).join("");
  const bytes = bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2));
  edit(bytes);
  const out = bytes.map((byte) => byte.toString(2).padStart(8, "0")).join("");
  return (out.match(/.{1,6}/g) ?? []).map((six) => ALPHABET[parseInt(six.padEnd(6, "0"), 2)]).join("");
}

describe("handoff payload", () => {
  it.each(SAMPLES.map((sample) => [sample.item.kind, sample] as const))("round-trips a %s", async (_kind, sample) => {
    const text = await encodeHandoffPayload(sample);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeHandoffPayload(text)).toEqual({ ok: true, payload: sample });
    expect(await decodeHandoffPayload(`#${text}`)).toEqual({ ok: true, payload: sample });
  });

  it("puts the payload in the URL fragment of <base>/m/", () => {
    expect(handoffUrl("https://example.org/kiosk/", "abc")).toBe("https://example.org/kiosk/m/#abc");
  });

  it("answers empty for a page opened without a payload", async () => {
    expect(await decodeHandoffPayload("")).toEqual({ ok: false, error: "empty", lang: null });
  });

  it("answers truncated, in the traveller's language, when the end of the payload is cut off", async () => {
    const text = await encodeHandoffPayload(SAMPLES[3]!);
    for (const keep of [text.length - 1, text.length - 6, 12, 4]) {
      expect(await decodeHandoffPayload(text.slice(0, keep)), `kept ${keep}`).toEqual({ ok: false, error: "truncated", lang: "ja" });
    }
  });

  it("answers damaged when one character is changed", async () => {
    const text = await encodeHandoffPayload(SAMPLES[4]!);
    for (const at of [12, Math.floor(text.length / 2), text.length - 2]) {
      const changed = text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);
      const result = await decodeHandoffPayload(changed);
      expect(result.ok, `changed at ${at}`).toBe(false);
      expect(result.ok ? null : result.error).toBe("damaged");
    }
  });

  it("answers damaged for characters outside base64url and for text that is no payload", async () => {
    expect(await decodeHandoffPayload("abc$def")).toMatchObject({ ok: false, error: "damaged" });
    expect(await decodeHandoffPayload("hello-world")).toMatchObject({ ok: false, error: "damaged" });
  });

  it("answers damaged when the checksum matches but the body is not a payload", async () => {
    const body = new TextEncoder().encode(JSON.stringify(["2026.12.1", "x", 1]));
    let low = 0;
    let high = 0;
    for (const byte of body) {
      low = (low + byte) % 255;
      high = (high + low) % 255;
    }
    const bytes = [1, 1, 0, 0, body.length, high, low, ...body];
    const text = editBytes(editBytes("AAAA", () => undefined), (all) => all.splice(0, all.length, ...bytes));
    expect(await decodeHandoffPayload(text)).toEqual({ ok: false, error: "damaged", lang: "en" });
  });

  it("answers too-large for a payload over the limit, before decoding it", async () => {
    const text = await encodeHandoffPayload(SAMPLES[0]!);
    const padded = text + "A".repeat(MAX_PAYLOAD_CHARS + 1 - text.length);
    expect(await decodeHandoffPayload(padded)).toEqual({ ok: false, error: "too-large", lang: "en" });
  });

  it("answers future-version for a payload made by a newer kiosk, still naming the language", async () => {
    const text = await encodeHandoffPayload(SAMPLES[1]!);
    const future = editBytes(text, (bytes) => {
      bytes[0] = HANDOFF_FORMAT_VERSION + 1;
    });
    expect(await decodeHandoffPayload(future)).toEqual({ ok: false, error: "future-version", lang: "ar" });
  });

  it("never throws, whatever it is given", async () => {
    const inputs = ["A", "AA", "AQ", "AQE", "_".repeat(50), "AQEAAAAA", "AQEA__8AAA"];
    for (let seed = 1; seed < 200; seed += 1) {
      inputs.push(Array.from({ length: (seed % 60) + 1 }, (_, i) => ALPHABET[(seed * 31 + i * 17) % 64]).join(""));
    }
    for (const input of inputs) {
      const result = await decodeHandoffPayload(input);
      expect(result.ok, input).toBe(false);
    }
  });
});
