import { createContext, useCallback, useContext, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError, KioskApi, Result } from "../../main/api/contract";

/** Staff screens are in English or Chinese, whatever language the kiosk is showing. */
export type StaffLang = "en" | "zh-Hans";

export interface StaffContextValue {
  api: KioskApi;
  token: string;
  lang: StaffLang;
  /** The server said the session is over: back to the PIN pad. */
  expire: () => void;
}

export const StaffContext = createContext<StaffContextValue | null>(null);

export function useStaff(): StaffContextValue {
  const value = useContext(StaffContext);
  if (!value) throw new Error("useStaff outside the staff console");
  return value;
}

/** The console's language, known before sign-in too (the PIN pad is translated). */
export const StaffLangContext = createContext<StaffLang>("en");

export function useStaffT(): ReturnType<typeof useTranslation<"staff">>["t"] {
  return useTranslation("staff", { lng: useContext(StaffLangContext) }).t;
}

/** Runs a staff call and sends the console back to the PIN pad when the session has ended. */
export function useStaffRun(): <T>(call: (token: string) => Promise<Result<T>>) => Promise<Result<T>> {
  const { token, expire } = useStaff();
  return useCallback(
    async <T,>(call: (token: string) => Promise<Result<T>>): Promise<Result<T>> => {
      const result = await call(token);
      if (!result.ok && result.error.code === "unauthorized") expire();
      return result;
    },
    [token, expire],
  );
}

export type StaffLoad<T> = { state: "loading" } | { state: "ready"; value: T } | { state: "failed"; error: ApiError };

/** Loads once and on every `reload()`; keeps the last value on screen while reloading. */
export function useStaffLoad<T>(call: (token: string) => Promise<Result<T>>, inputs: readonly unknown[]): [StaffLoad<T>, () => void] {
  const run = useStaffRun();
  const [result, setResult] = useState<StaffLoad<T>>({ state: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    void run(call).then((answer) => {
      if (!current) return;
      setResult(answer.ok ? { state: "ready", value: answer.value } : { state: "failed", error: answer.error });
    });
    return () => {
      current = false;
    };
  }, [run, round, ...inputs]);
  return [result, () => setRound((value) => value + 1)];
}
