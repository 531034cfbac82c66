import type { KbCategory, Lang, TaxiTarget } from "../../main/api/contract";

export type Tile = "inquiry" | "payment" | "communication" | "transport" | "tourism";

export type Screen =
  | { name: "attract" }
  | { name: "language" }
  | { name: "home" }
  | { name: "inquiry" }
  | { name: "topic"; tile: Exclude<Tile, "inquiry"> }
  | { name: "category"; category: KbCategory }
  | { name: "answer"; id: string }
  | { name: "transport" }
  | { name: "journey"; to: string; from?: string }
  | { name: "taxi"; target: TaxiTarget }
  | { name: "feedback" }
  | { name: "tourism" }
  | { name: "attraction"; id: string }
  | { name: "sim-pickup" };

export type AccessOption = "larger" | "contrast" | "lowered";

export interface SessionState {
  /** Changes on every new session, so that nothing of the previous traveller survives a render. */
  generation: number;
  /** A random id for this traveller's session: it groups anonymous usage events, nothing more. */
  sessionId: string;
  lang: Lang | null;
  stack: Screen[];
  access: Record<AccessOption, boolean>;
}

export type SessionAction =
  | { type: "start"; sessionId: string }
  | { type: "toggleAccess"; option: AccessOption }
  | { type: "chooseLanguage"; lang: Lang }
  | { type: "changeLanguage" }
  | { type: "open"; screen: Screen }
  | { type: "back" }
  | { type: "home" }
  | { type: "end" };

export const INITIAL_SESSION: SessionState = {
  generation: 0,
  sessionId: "",
  lang: null,
  stack: [{ name: "attract" }],
  access: { larger: false, contrast: false, lowered: false },
};

export function currentScreen(state: SessionState): Screen {
  return state.stack[state.stack.length - 1] ?? { name: "attract" };
}

/** Deeper than this, the oldest screens are dropped: Back still works, memory stays flat. */
const MAX_DEPTH = 30;

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "start":
      return { ...state, sessionId: action.sessionId, stack: [{ name: "language" }] };
    case "toggleAccess":
      return { ...state, access: { ...state.access, [action.option]: !state.access[action.option] } };
    case "chooseLanguage":
      if (state.lang && state.stack.length > 1) return { ...state, lang: action.lang, stack: state.stack.slice(0, -1) };
      return { ...state, lang: action.lang, stack: [{ name: "home" }] };
    case "changeLanguage":
      return { ...state, stack: [...state.stack, { name: "language" }] };
    case "open":
      return { ...state, stack: [...state.stack, action.screen].slice(-MAX_DEPTH) };
    case "back":
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state;
    case "home":
      return state.lang ? { ...state, stack: [{ name: "home" }] } : state;
    case "end":
      return { ...INITIAL_SESSION, generation: state.generation + 1 };
  }
}
