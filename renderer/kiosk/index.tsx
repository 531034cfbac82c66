import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { resolveApi } from "../api/client";
import { initI18n } from "../i18n/i18n";
import { App } from "./App";
import "./styles.css";

initI18n();

/** A kiosk has no context menu, no text selection and no drag: nothing to escape through. */
for (const name of ["contextmenu", "selectstart", "dragstart", "drop", "dragover"] as const) {
  window.addEventListener(name, (event) => event.preventDefault(), { capture: true });
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={resolveApi()} />
    </StrictMode>,
  );
}
