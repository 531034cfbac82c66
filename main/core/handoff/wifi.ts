import type { KioskSettings } from "../settings";

type WifiSettings = NonNullable<KioskSettings["wifi"]>;

/** Backslash, semicolon, comma, colon and double quote are escaped in the WIFI: QR format. */
function escapeWifi(text: string): string {
  return text.replace(/[\\;,:"]/g, (char) => `\\${char}`);
}

/** The text of a standard Wi-Fi QR code (`WIFI:T:WPA;S:name;P:secret;;`), read by phone cameras. */
export function wifiQrText(wifi: WifiSettings): string {
  const parts = [`T:${wifi.security}`, `S:${escapeWifi(wifi.ssid)}`];
  if (wifi.security !== "nopass") parts.push(`P:${escapeWifi(wifi.password)}`);
  return `WIFI:${parts.join(";")};;`;
}
