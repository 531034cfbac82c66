import { useTranslation } from "react-i18next";
import { useKiosk } from "../context";
import { useApiCall } from "../use-api";
import { qrDataUrl, qrDisplaySize } from "./qr-image";
import "./handoff.css";

/** The airport Wi-Fi as a standard WIFI: QR code, shown only where staff configured a network. */
export function WifiQr(): React.JSX.Element | null {
  const { t } = useTranslation("handoff");
  const { api } = useKiosk();
  const wifi = useApiCall(() => api.getWifiQr({}), []);
  if (wifi.state !== "ready" || wifi.value === null) return null;
  const size = qrDisplaySize(wifi.value, 240);
  return (
    <section className="handoff-panel handoff-wifi" aria-labelledby="wifi-title">
      <img className="handoff-qr" src={qrDataUrl(wifi.value)} width={size} height={size} alt={t("wifiAlt")} />
      <div className="handoff-text">
        <h2 id="wifi-title">{t("wifiTitle")}</h2>
        <p>{t("wifiHint")}</p>
        <p className="handoff-ssid">{t("wifiNetwork", { ssid: wifi.value.ssid })}</p>
      </div>
    </section>
  );
}
