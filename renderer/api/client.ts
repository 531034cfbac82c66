import { API_METHODS, type ApiMethod, type KioskApi, type Result } from "../../main/api/contract";

declare global {
  interface Window {
    /** Present when the page runs inside the Electron shell (set by the preload bridge). */
    kioskApi?: KioskApi;
  }
}

async function callOverHttp(method: ApiMethod, request: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/api/${method}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request ?? {}),
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: "unavailable", message: "the kiosk service did not answer" } };
  }
}

/** The KioskApi over HTTP, for the Chromium kiosk window and the tests. */
export function createHttpApi(): KioskApi {
  return Object.fromEntries(
    API_METHODS.map((method) => [method, (request: unknown) => callOverHttp(method, request)]),
  ) as KioskApi;
}

/** The screens never know which shell they run in: they are handed one KioskApi. */
export function resolveApi(): KioskApi {
  return window.kioskApi ?? createHttpApi();
}
