import { protocol } from "electron";
import { CONTENT_SECURITY_POLICY } from "../http/security";
import { CONTENT_IMAGE_POLICY } from "../http/server";
import { readStaticFile } from "../http/static-files";

/** Must run before the app is ready: app:// behaves like https for storage and CSP. */
export function registerKioskScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: "app", privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
  ]);
}

/**
 * Serves the built renderer at app://kiosk/ from the application folder, with the same security
 * headers the HTTP shell sends. Nothing outside the renderer folder can be read through it.
 * Pictures of the running content pack are served at app://kiosk/content-images/<name>.
 */
export function serveRenderer(
  rendererDir: string,
  contentImage?: (name: string) => { type: string; body: Buffer } | undefined,
): void {
  protocol.handle("app", (request) => {
    const url = new URL(request.url);
    if (url.host !== "kiosk") return new Response("Not found", { status: 404 });
    const imageName = /^\/content-images\/([^/]{1,100})$/.exec(url.pathname)?.[1];
    if (imageName !== undefined) {
      const image = contentImage?.(imageName);
      if (!image) return new Response("Not found", { status: 404 });
      return new Response(new Uint8Array(image.body), {
        headers: {
          "Content-Type": image.type,
          "Content-Security-Policy": CONTENT_IMAGE_POLICY,
          "X-Content-Type-Options": "nosniff",
        },
      });
    }
    const file = readStaticFile(rendererDir, url.pathname === "/" ? "/index.html" : url.pathname);
    if (!file) return new Response("Not found", { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.type,
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
