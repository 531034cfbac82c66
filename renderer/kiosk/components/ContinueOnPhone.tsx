import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { HandoffItem } from "../../../main/api/contract";
import { useKiosk } from "../context";
import { useApiCall } from "../use-api";
import { recordUsage } from "../usage";
import { Icon } from "./Icon";
import { qrDataUrl, qrDisplaySize } from "./qr-image";
import "./handoff.css";

/**
 * "Continue on your phone": a QR code whose URL fragment carries what the traveller chose. When
 * the kiosk cannot make one (no handoff base URL in the Electron shell) the panel stays away.
 */
export function ContinueOnPhone({ item }: { item: HandoffItem }): React.JSX.Element | null {
  const { t } = useTranslation("handoff");
  const { api, lang, sessionId } = useKiosk();
  const itemKey = JSON.stringify(item);
  const handoff = useApiCall(() => api.createHandoff({ lang, item }), [lang, itemKey]);
  const shown = handoff.state === "ready";
  // Counted when the code is on screen: whether a phone scans it is never known to the kiosk.
  useEffect(() => {
    if (shown) recordUsage(api, sessionId, { kind: "handoff", item: item.kind });
  }, [shown, api, sessionId, item.kind]);
  if (handoff.state !== "ready") return null;
  const size = qrDisplaySize(handoff.value);
  return (
    <section className="handoff-panel" aria-labelledby="handoff-title">
      <img className="handoff-qr" src={qrDataUrl(handoff.value)} width={size} height={size} alt={t("qrAlt")} data-url={handoff.value.url} />
      <div className="handoff-text">
        <h2 id="handoff-title">
          <Icon name="phone" />
          <span>{t("continueTitle")}</span>
        </h2>
        <p>{t("continueHint")}</p>
      </div>
    </section>
  );
}
