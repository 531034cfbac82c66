// This test runs in Node, not in the sandboxed page: it lists the locale folders on disk so that
// a namespace nobody registered yet is checked too.
// eslint-disable-next-line no-restricted-imports
import fs from "node:fs";
// eslint-disable-next-line no-restricted-imports
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Lang } from "../../main/api/contract";

const LOCALES = path.join(__dirname, "locales");
const ALL_CATEGORIES = ["zero", "one", "two", "few", "many", "other"] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every string of a message file as a dotted key; objects nest, arrays are not used. */
function flatten(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function read(file: string): Map<string, unknown> {
  return flatten(JSON.parse(fs.readFileSync(file, "utf8")));
}

/**
 * The keys a language must have, given the English ones: every plain key as is, and for each
 * plural key (English has `x_one` and `x_other`) one key per plural category of the language.
 * Other plural forms of the same key are tolerated (i18next uses `x_zero` for a count of 0 in
 * any language; an `x_one` in Chinese is never used but does no harm); any other key is not.
 */
function expectedKeys(english: Map<string, unknown>, lang: Lang): { required: Set<string>; optional: Set<string> } {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const required = new Set<string>();
  const optional = new Set<string>();
  for (const key of english.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      required.add(key);
      continue;
    }
    const base = key.slice(0, match.index);
    for (const category of categories) required.add(`${base}_${category}`);
    for (const category of ALL_CATEGORIES) optional.add(`${base}_${category}`);
  }
  return { required, optional };
}

export function parityProblems(english: Map<string, unknown>, other: Map<string, unknown>, lang: Lang): string[] {
  const { required, optional } = expectedKeys(english, lang);
  const problems: string[] = [];
  for (const key of required) {
    if (!other.has(key)) problems.push(`missing ${key}`);
    else if (typeof other.get(key) !== "string" || other.get(key) === "") problems.push(`empty ${key}`);
  }
  for (const key of other.keys()) {
    if (!required.has(key) && !optional.has(key)) problems.push(`unexpected ${key}`);
  }
  return problems;
}

/** The shared strings ("") and every namespace folder. */
function namespaces(): string[] {
  const folders = fs
    .readdirSync(LOCALES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return ["", ...folders];
}

describe("UI strings in all ten languages", () => {
  it("exist as one file per language for the shared strings and every namespace", () => {
    const missing: string[] = [];
    for (const ns of namespaces()) {
      for (const lang of LANGUAGES) {
        const file = path.join(LOCALES, ns, `${lang}.json`);
        if (!fs.existsSync(file)) missing.push(path.relative(LOCALES, file));
      }
    }
    expect(missing).toEqual([]);
  });

  describe.each(namespaces().map((ns) => [ns || "translation (shared)", ns]))("namespace %s", (_label, ns) => {
    const englishFile = path.join(LOCALES, ns, "en.json");
    const others = LANGUAGES.filter((lang) => lang !== "en" && fs.existsSync(path.join(LOCALES, ns, `${lang}.json`)));

    it.each(others)("%s has exactly the English keys, with its own plural forms", (lang) => {
      const english = read(englishFile);
      const problems = parityProblems(english, read(path.join(LOCALES, ns, `${lang}.json`)), lang);
      expect(problems).toEqual([]);
    });

    it("English itself has no empty strings and pairs every _one with an _other", () => {
      const english = read(englishFile);
      const empty = [...english].filter(([, value]) => typeof value !== "string" || value === "").map(([key]) => key);
      expect(empty).toEqual([]);
      const unpaired = [...english.keys()]
        .filter((key) => key.endsWith("_one"))
        .filter((key) => !english.has(key.replace(/_one$/, "_other")));
      expect(unpaired).toEqual([]);
    });
  });
});

describe("the parity check itself", () => {
  const english = new Map<string, unknown>([
    ["title", "Answers"],
    ["count_one", "{{count}} answer"],
    ["count_other", "{{count}} answers"],
  ]);

  it("asks Russian for one, few, many and other", () => {
    const russian = new Map<string, unknown>([
      ["title", "Ответы"],
      ["count_one", "{{count}} ответ"],
      ["count_few", "{{count}} ответа"],
      ["count_other", "{{count}} ответа"],
    ]);
    expect(parityProblems(english, russian, "ru")).toEqual(["missing count_many"]);
  });

  it("asks Chinese for other only, tolerates an unused plural form and refuses a stray key", () => {
    const chinese = new Map<string, unknown>([
      ["title", "答案"],
      ["count_one", "{{count}} 个答案"],
      ["count_other", "{{count}} 个答案"],
      ["extra", "多余"],
    ]);
    expect(parityProblems(english, chinese, "zh-Hans")).toEqual(["unexpected extra"]);
    chinese.delete("count_other");
    expect(parityProblems(english, chinese, "zh-Hans")).toEqual(["missing count_other", "unexpected extra"]);
  });

  it("asks Arabic for all six forms and accepts it when they are there", () => {
    const arabic = new Map<string, unknown>([
      ["title", "الإجابات"],
      ...ALL_CATEGORIES.map((category) => [`count_${category}`, `{{count}} ${category}`] as const),
    ]);
    expect(parityProblems(english, arabic, "ar")).toEqual([]);
    arabic.delete("count_two");
    expect(parityProblems(english, arabic, "ar")).toEqual(["missing count_two"]);
  });
});
