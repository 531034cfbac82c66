import QRCode from "qrcode";
import type { QrImage } from "../../api/contract";

/** Error correction M: a quarter of a smudged or glare-struck code can still be read. */
const ERROR_CORRECTION = "M";
/** The quiet zone the QR standard asks for; scanners find the code faster with it. */
const QUIET_ZONE_MODULES = 4;

export async function renderQr(text: string): Promise<QrImage> {
  const code = QRCode.create(text, { errorCorrectionLevel: ERROR_CORRECTION });
  const qrSvg = await QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: ERROR_CORRECTION,
    margin: QUIET_ZONE_MODULES,
    color: { dark: "#000000ff", light: "#ffffffff" },
  });
  return { qrSvg, qrModules: code.modules.size + 2 * QUIET_ZONE_MODULES, qrVersion: code.version };
}
