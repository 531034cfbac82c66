import { useEffect, useRef } from "react";
import type { KioskApi } from "../../main/api/contract";

const POLL_MS = 4000;

/**
 * Asks the core for its boot id every few seconds. When the service was restarted (a crash, a
 * watchdog restart, a content swap that restarted it) the id changes, and the session in front of
 * the traveller is ended so that no screen is left half-working.
 */
export function useServiceWatch(api: KioskApi, onRestart: () => void): void {
  const bootId = useRef<string | null>(null);
  useEffect(() => {
    let stopped = false;
    const check = (): void => {
      void api.health({}).then((result) => {
        if (stopped || !result.ok) return;
        if (bootId.current !== null && bootId.current !== result.value.bootId) onRestart();
        bootId.current = result.value.bootId;
      });
    };
    check();
    const timer = setInterval(check, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api, onRestart]);
}
