import type { ApiMethod, ApiRequest, ApiResponse, HANDOFF_METHODS, Lang } from "../../api/contract";
import { encodeHandoffPayload, handoffUrl, MAX_PAYLOAD_CHARS, type PhoneItem } from "../../api/handoff-payload";
import { ApiFailure, type CallContext, type HandlerTable } from "../../api/dispatcher";
import type { SettingsStore } from "../settings";
import { phoneItemOf, type HandoffSources } from "./phone-item";
import { renderQr } from "./qr";
import { wifiQrText } from "./wifi";

export { buildPhoneContent, readMetroIndex, type PhoneContent } from "./phone-content";
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

/** The base the QR codes point at: the staff setting, else the kiosk's own HTTP shell. */
function baseUrlOf(deps: HandoffDeps): string {
  const base = deps.settings.get().handoffBaseUrl || deps.shellOrigin();
  if (!base) throw new ApiFailure("unavailable", "no handoff base URL is set for this kiosk");
  return base;
}

export function createHandoffHandlers(deps: HandoffDeps): HandlerTable<(typeof HANDOFF_METHODS)[number]> {
  return {
    createHandoff: async ({ lang, item }: { lang: Lang; item: ApiRequest<"createHandoff">["item"] }, context) => {
      const base = baseUrlOf(deps);
      const phoneItem = await phoneItemOf(item, lang, deps.sources(context));
      const encode = (chosen: PhoneItem): Promise<string> => encodeHandoffPayload({ lang, content: deps.contentVersion(), item: chosen });
      let payload = await encode(phoneItem);
      // A long counter description is the one optional part: the ticket number matters more.
      if (payload.length > MAX_PAYLOAD_CHARS && phoneItem.kind === "sim-ticket") payload = await encode({ ...phoneItem, counter: null });
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
