import { createContext, useContext } from "react";
import type { KioskApi, KioskConfig, Lang } from "../../main/api/contract";
import type { AccessOption, Screen, SessionAction } from "./session";

export interface KioskContextValue {
  api: KioskApi;
  config: KioskConfig;
  lang: Lang;
  sessionId: string;
  access: Record<AccessOption, boolean>;
  dispatch: (action: SessionAction) => void;
  open: (screen: Screen) => void;
}

export const KioskContext = createContext<KioskContextValue | null>(null);

export function useKiosk(): KioskContextValue {
  const value = useContext(KioskContext);
  if (!value) throw new Error("useKiosk outside the kiosk");
  return value;
}
