import {
  isApiMethod,
  type ApiError,
  type ApiMethod,
  type ApiRequest,
  type ApiResponse,
  type ErrorCode,
  type Result,
} from "./contract";
import { formatIssuePath } from "../content/pack-files";
import type { Logger } from "../logging/logger";
import type { z } from "zod";
import { REQUEST_SCHEMAS } from "./schemas";

export interface CallContext {
  transport: "ipc" | "http";
}

export type Handler<M extends ApiMethod> = (
  request: ApiRequest<M>,
  context: CallContext,
) => ApiResponse<M> | Promise<ApiResponse<M>>;

export type HandlerTable<K extends ApiMethod> = { [M in K]: Handler<M> };

/** All handlers, area by area: the type demands one for every method of the contract. */
export type Handlers = HandlerTable<ApiMethod>;

/** Thrown by a handler to answer with a typed error instead of a value. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiError["issues"],
  ) {
    super(message);
  }
}

export type Dispatch = (method: string, body: unknown, context: CallContext) => Promise<Result<unknown>>;

function failure(code: ErrorCode, message: string, issues?: ApiError["issues"]): Result<never> {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}

/**
 * The one entry point both transports call: it checks the method name, validates the request
 * against the method's schema, runs the handler and turns every outcome into an envelope. No
 * exception and no stack trace leaves it.
 */
export function createDispatcher<K extends ApiMethod>(handlers: HandlerTable<K>, logger: Logger): Dispatch {
  const log = logger.child("api");
  return async (method, body, context) => {
    if (!isApiMethod(method)) return failure("unknown_method", `there is no method "${method.slice(0, 60)}"`);
    const schema: z.ZodType = REQUEST_SCHEMAS[method];
    // The core passes every handler (its table is typed `Handlers`); a test rig may pass a few.
    const handler = (handlers as Partial<HandlerTable<ApiMethod>>)[method] as ((request: unknown, context: CallContext) => unknown) | undefined;
    if (!handler) return failure("unavailable", `${method} is not available here`);
    const parsed = schema.safeParse(body ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 20).map((issue) => ({
        path: formatIssuePath(issue.path),
        message: issue.message,
      }));
      return failure("bad_request", `the request to ${method} is not valid`, issues);
    }
    const started = performance.now();
    try {
      const value = await handler(parsed.data, context);
      const ms = performance.now() - started;
      if (ms > 200) log.warn("slow call", { method, ms: Math.round(ms) });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ApiFailure) return failure(error.code, error.message, error.issues);
      log.error("call failed", { method, error: error instanceof Error ? error.message : String(error) });
      return failure("internal", "something went wrong inside the kiosk");
    }
  };
}
