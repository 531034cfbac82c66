import type { ApiMethod, ApiRequest, ApiResponse, HANDOFF_METHODS } from "../../api/contract";
import { encodeHandoffPayload, handoffUrl, MAX_PAYLOAD_CHARS, type PhoneItem } from "../../api/handoff-payload";
import { ApiFailure, type CallContext, type HandlerTable } from "../../api/dispatcher";
import type { SettingsStore } from "../settings";
import { phoneItemOf, type HandoffSources } from "./phone-item";
import { renderQr } from "./qr";
import { wifiQrText } from "./wifi";

export { buildPhoneContent, readMetroIndex } from "./phone-content";
export type { HandoffSources } from "./phone-item";

/** Calls another area's method through the dispatcher, so the handoff depends only on the contract. */
export type CallApi = <M extends ApiMethod>(method: M, request: ApiRequest<M>, context: CallContext) => Promise<ApiResponse<M>>;

export interface HandoffDeps {
  settings: SettingsStore;
  contentVersion(): string;
  /** The HTTP shell's own origin, used when staff set no handoff base URL; null in Electron. */
  shellOrigin(): string | null;
  sources(context: CallContext): HandoffSources;
}

/**
 * The item as it goes into the payload, then shorter forms of it for when that is too long for a
 * QR code that scans at arm's length. What is dropped is what the phone can do without: on a taxi
 * card the English name beside the traveller's own, then the name in any language but Chinese;
 * on a SIM ticket the counter description (the ticket number is what matters).
 */
function* shorterVariants(item: PhoneItem): Generator<PhoneItem> {
  if (item.kind === "taxi") {
    const { place } = item;
    if (place.name) yield { ...item, place: { ...place, nameEn: null } };
    if (place.nameEn) yield { ...item, place: { ...place, name: null } };
    yield { ...item, place: { ...place, name: null, nameEn: null } };
    return;
  }
  yield item;
  if (item.kind === "sim-ticket" && item.counter) yield { ...item, counter: null };
}

/** The base the QR codes point at: the staff setting, else the kiosk's own HTTP shell. */
function baseUrlOf(deps: HandoffDeps): string {
  const base = deps.settings.get().handoffBaseUrl || deps.shellOrigin();
  if (!base) throw new ApiFailure("unavailable", "no handoff base URL is set for this kiosk");
  return base;
}

export function createHandoffHandlers(deps: HandoffDeps): HandlerTable<(typeof HANDOFF_METHODS)[number]> {
  return {
    createHandoff: async ({ lang, item }, context) => {
      const base = baseUrlOf(deps);
      const phoneItem = await phoneItemOf(item, lang, deps.sources(context));
      const encode = (chosen: PhoneItem): Promise<string> => encodeHandoffPayload({ lang, content: deps.contentVersion(), item: chosen });
      let payload = "";
      for (const variant of shorterVariants(phoneItem)) {
        payload = await encode(variant);
        if (payload.length <= MAX_PAYLOAD_CHARS) break;
      }
      if (payload.length > MAX_PAYLOAD_CHARS) {
        throw new ApiFailure("too_large", `the ${item.kind} is too long for a QR code (${payload.length} characters)`);
      }
      const url = handoffUrl(base, payload);
      return { url, payloadChars: payload.length, ...(await renderQr(url)) };
    },
    getWifiQr: async () => {
      const wifi = deps.settings.get().wifi;
      if (!wifi) return null;
      return { ssid: wifi.ssid, ...(await renderQr(wifiQrText(wifi))) };
    },
  };
}
