import type { QrImage } from "../../../main/api/contract";

/** About how wide a QR code is drawn on the 1080 px kiosk screen. */
const TARGET_PX = 360;
/** Below this a phone at arm's length starts to miss modules (design §5). */
const MIN_PX_PER_MODULE = 4;

/** Whole pixels per module keep every module the same size on screen, which scanners like. */
export function qrDisplaySize(qr: QrImage, targetPx = TARGET_PX): number {
  const perModule = Math.max(MIN_PX_PER_MODULE, Math.floor(targetPx / qr.qrModules));
  return perModule * qr.qrModules;
}

export function qrDataUrl(qr: QrImage): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.qrSvg)}`;
}
