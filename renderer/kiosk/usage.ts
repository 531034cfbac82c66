import type { KioskApi, UsageEvent } from "../../main/api/contract";
import type { Screen } from "./session";

/** Records an anonymous usage event; the traveller never waits for it and a failure is ignored. */
export function recordUsage(api: KioskApi, session: string, event: UsageEvent): void {
  if (session === "") return;
  void api.recordUsage({ session, event });
}

/** The usage event a screen stands for, if any: which tile was used and which answers read. */
export function usageEventFor(screen: Screen): UsageEvent | undefined {
  switch (screen.name) {
    case "inquiry":
      return { kind: "tile", tile: "inquiry" };
    case "topic":
      return { kind: "tile", tile: screen.tile };
    case "transport":
      return { kind: "tile", tile: "transport" };
    case "tourism":
      return { kind: "tile", tile: "tourism" };
    case "answer":
      return { kind: "answer", id: screen.id };
    case "attract":
    case "language":
    case "home":
    case "category":
    case "journey":
    case "taxi":
    case "feedback":
    case "attraction":
    case "sim-pickup":
      return undefined;
  }
}

export function newSessionId(): string {
  return crypto.randomUUID();
}
