import ar from "./ar.json";
import de from "./de.json";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";
import ja from "./ja.json";
import ko from "./ko.json";
import ru from "./ru.json";
import th from "./th.json";
import zh from "./zh-Hans.json";
import type { Lang } from "../../../../main/api/contract";

/** The transport area's strings (namespace "transport"). */
export const messages = { "zh-Hans": zh, en, ja, ko, ru, fr, de, es, ar, th } satisfies Record<Lang, unknown>;
