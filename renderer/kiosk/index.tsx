import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { resolveApi } from "../api/client";
import { initI18n } from "../i18n/i18n";
import { App } from "./App";
import { lockDown } from "./lockdown";
import "./styles.css";

initI18n();

/** No context menu, no drag and drop, no way off the kiosk's origin: see lockdown.ts. */
lockDown();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={resolveApi()} />
    </StrictMode>,
  );
}
