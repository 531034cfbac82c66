import { useEffect, useState } from "react";
import type { ApiError, Result } from "../../main/api/contract";

export type Loadable<T> = { state: "loading" } | { state: "ready"; value: T } | { state: "failed"; error: ApiError };

/**
 * Runs an API call when its inputs change and keeps only the answer to the latest call, so a
 * slow answer to an old query never replaces a newer one.
 */
export function useApiCall<T>(call: () => Promise<Result<T>>, inputs: readonly unknown[]): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: "loading" });
  useEffect(() => {
    let current = true;
    setResult({ state: "loading" });
    void call().then((answer) => {
      if (!current) return;
      setResult(answer.ok ? { state: "ready", value: answer.value } : { state: "failed", error: answer.error });
    });
    return () => {
      current = false;
    };
  }, inputs);
  return result;
}
