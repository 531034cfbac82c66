import { timingSafeEqual } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { isApiMethod, LIMITS, UPLOAD_METHODS, type ErrorCode, type Result } from "../api/contract";
import type { Dispatch } from "../api/dispatcher";
import type { Logger } from "../logging/logger";
import { isAllowedHost, isAllowedOrigin, setSecurityHeaders } from "./security";
import { readStaticFile, type StaticFile } from "./static-files";

export interface HttpShellOptions {
  dispatch: Dispatch;
  /** The built renderer: index.html and its assets. */
  rendererDir: string;
  port: number;
  logger: Logger;
  /** The phone page's content file for a content version and language (QR handoff), if any. */
  phoneContent?: (version: string, lang: string) => string | undefined;
  /**
   * The launcher's secret. With it, `GET /internal/heartbeat` answers when the page last asked
   * for health, so that the launcher can restart a hung browser; without it the route does not exist.
   */
  supervisorToken?: string;
  /** Pictures of the running content pack, served at /content-images/<name>. */
  contentImage?: (name: string) => { type: string; body: Buffer } | undefined;
}

export interface HttpShell {
  port: number;
  origin: string;
  close(): Promise<void>;
}

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unknown_method: 404,
  not_found: 404,
  too_large: 413,
  rate_limited: 429,
  unauthorized: 401,
  forbidden: 403,
  invalid_content: 422,
  unavailable: 503,
  internal: 500,
};

class BodyTooLarge extends Error {}

function sendJson(response: ServerResponse, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  response.statusCode = result.ok ? 200 : STATUS[result.error.code];
  response.setHeader("Content-Type", "application/json; charset=utf-8");
  response.setHeader("Cache-Control", "no-store");
  response.end(body);
}

function sendError(response: ServerResponse, code: ErrorCode, message: string): void {
  sendJson(response, { ok: false, error: { code, message } });
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers["content-length"] ?? "0");
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Only the launcher holds the token; a page cannot guess it, and a wrong one looks like no route. */
function isSupervisor(request: IncomingMessage, token: string | undefined): boolean {
  const given = request.headers["x-kiosk-supervisor"];
  if (!token || typeof given !== "string" || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

async function handleApi(request: IncomingMessage, response: ServerResponse, method: string, options: HttpShellOptions): Promise<void> {
  if (!isApiMethod(method)) {
    sendError(response, "unknown_method", "there is no such method");
    return;
  }
  if (request.method === "GET" && method === "health") {
    sendJson(response, await options.dispatch("health", {}, { transport: "http" }));
    return;
  }
  if (request.method !== "POST") {
    response.setHeader("Allow", "POST");
    sendError(response, "bad_request", "API methods are called with POST");
    return;
  }
  if (!(request.headers["content-type"] ?? "").startsWith("application/json")) {
    sendError(response, "bad_request", "the request body must be application/json");
    return;
  }
  const limit = (UPLOAD_METHODS as readonly string[]).includes(method) ? LIMITS.uploadBodyBytes : LIMITS.requestBodyBytes;
  let text: string;
  try {
    text = await readBody(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLarge) sendError(response, "too_large", `request bodies are limited to ${limit} bytes`);
    else sendError(response, "bad_request", "the request body could not be read");
    return;
  }
  let body: unknown;
  try {
    body = text === "" ? {} : (JSON.parse(text) as unknown);
  } catch {
    sendError(response, "bad_request", "the request body is not valid JSON");
    return;
  }
  sendJson(response, await options.dispatch(method, body, { transport: "http" }));
}

function serveStatic(request: IncomingMessage, response: ServerResponse, pathname: string, options: HttpShellOptions): void {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.statusCode = 405;
    response.setHeader("Allow", "GET, HEAD");
    response.end();
    return;
  }
  const wanted = pathname.endsWith("/") ? `${pathname}index.html` : pathname;
  const file = phoneContentFile(pathname, options) ?? readStaticFile(options.rendererDir, wanted);
  if (!file) {
    response.statusCode = 404;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.end("Not found");
    return;
  }
  response.statusCode = 200;
  response.setHeader("Content-Type", file.type);
  response.setHeader("Cache-Control", wanted.endsWith(".html") ? "no-store" : "no-cache");
  response.end(request.method === "HEAD" ? undefined : file.body);
}

/** `/m/content/<version>/<lang>.json` for the running content; older versions come from the build. */
function phoneContentFile(pathname: string, options: HttpShellOptions): StaticFile | undefined {
  const match = /^\/m\/content\/([0-9A-Za-z.-]{1,40})\/([A-Za-z-]{2,10})\.json$/.exec(pathname);
  if (!match?.[1] || !match[2] || !options.phoneContent) return undefined;
  const json = options.phoneContent(match[1], match[2]);
  return json === undefined ? undefined : { body: Buffer.from(json), type: "application/json; charset=utf-8" };
}

/**
 * Content pictures get their own, stricter policy: an SVG opened directly can never run script,
 * load anything or be framed, whatever it contains.
 */
export const CONTENT_IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

function serveContentImage(request: IncomingMessage, response: ServerResponse, name: string, options: HttpShellOptions): void {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.statusCode = 405;
    response.setHeader("Allow", "GET, HEAD");
    response.end();
    return;
  }
  const image = options.contentImage?.(name);
  if (!image) {
    response.statusCode = 404;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.end("Not found");
    return;
  }
  response.statusCode = 200;
  response.setHeader("Content-Type", image.type);
  response.setHeader("Content-Security-Policy", CONTENT_IMAGE_POLICY);
  response.setHeader("Cache-Control", "no-cache");
  response.end(request.method === "HEAD" ? undefined : image.body);
}

/** Starts the HTTP shell on 127.0.0.1. Port 0 picks a free port. */
export function startHttpShell(options: HttpShellOptions): Promise<HttpShell> {
  const log = options.logger.child("http");
  const rendererDir = path.resolve(options.rendererDir);
  let port = options.port;
  /** When the kiosk page last asked for health: it does so every few seconds while it runs. */
  let lastHeartbeatAt: number | null = null;

  const server = http.createServer((request, response) => {
    setSecurityHeaders(response);
    const pathname = (request.url ?? "/").split("?")[0] ?? "/";
    if (!isAllowedHost(request, port) || !isAllowedOrigin(request, port)) {
      if (pathname.startsWith("/api/")) {
        sendError(response, "forbidden", "requests come only from the kiosk's own pages");
        return;
      }
      response.statusCode = 403;
      response.setHeader("Content-Type", "text/plain; charset=utf-8");
      response.end("Forbidden");
      return;
    }
    if (pathname === "/internal/heartbeat" && request.method === "GET" && isSupervisor(request, options.supervisorToken)) {
      response.setHeader("Content-Type", "application/json; charset=utf-8");
      response.setHeader("Cache-Control", "no-store");
      response.end(JSON.stringify({ lastHeartbeatAt }));
      return;
    }
    const api = /^\/api\/([A-Za-z]{1,60})$/.exec(pathname);
    if (api?.[1] === "health") lastHeartbeatAt = Date.now();
    if (api?.[1]) {
      handleApi(request, response, api[1], { ...options, rendererDir }).catch((error: unknown) => {
        log.error("api request failed", { error: error instanceof Error ? error.message : String(error) });
        if (!response.headersSent) sendError(response, "internal", "something went wrong inside the kiosk");
      });
      return;
    }
    if (pathname.startsWith("/api/")) {
      sendError(response, "unknown_method", "there is no such method");
      return;
    }
    const contentImage = /^\/content-images\/([^/]{1,100})$/.exec(pathname);
    if (contentImage?.[1]) {
      serveContentImage(request, response, contentImage[1], options);
      return;
    }
    serveStatic(request, response, pathname, { ...options, rendererDir });
  });
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      port = (server.address() as AddressInfo).port;
      server.off("error", reject);
      resolve({
        port,
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
