import type { Lang, PhoneContent } from "../../main/api/contract";

export type { PhoneAnswer, PhoneAttraction, PhoneContent, PhoneMetro } from "../../main/api/contract";

export type ContentResult = { ok: true; content: PhoneContent } | { ok: false; error: "contentMissing" | "offline" };

function isPhoneContent(value: unknown): value is PhoneContent {
  if (typeof value !== "object" || value === null) return false;
  const content = value as Partial<PhoneContent>;
  return content.format === 1 && typeof content.answers === "object" && typeof content.attractions === "object" && Array.isArray(content.metro?.stations) && Array.isArray(content.metro.lines);
}

/** Loads the content file once; after that the page needs no network for this item. */
export async function loadPhoneContent(version: string, lang: Lang): Promise<ContentResult> {
  if (!/^[0-9A-Za-z.-]{1,40}$/.test(version)) return { ok: false, error: "contentMissing" };
  let response: Response;
  try {
    response = await fetch(new URL(`content/${version}/${lang}.json`, window.location.href), { credentials: "omit" });
  } catch {
    return { ok: false, error: "offline" };
  }
  if (response.status === 404) return { ok: false, error: "contentMissing" };
  if (!response.ok) return { ok: false, error: "offline" };
  try {
    const content = (await response.json()) as unknown;
    return isPhoneContent(content) ? { ok: true, content } : { ok: false, error: "contentMissing" };
  } catch {
    return { ok: false, error: "offline" };
  }
}
