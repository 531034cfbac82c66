import type { Block, Span } from "../api/contract";

const PLACEHOLDER = /\{\{fact:([a-z0-9-]+)\}\}/g;
const ANY_BRACES = /\{\{[^}]*\}\}|\{\{|\}\}/g;

export interface FactValue {
  value: string;
  asOf: string;
}

export function findFactPlaceholders(body: string): { ids: string[]; malformed: string[] } {
  const ids = [...body.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
  const malformed = [...body.matchAll(ANY_BRACES)]
    .map((match) => match[0])
    .filter((token) => !/^\{\{fact:[a-z0-9-]+\}\}$/.test(token));
  return { ids, malformed };
}

/** Splits a line into text and fact spans; the fact's current value is looked up by the caller. */
function toSpans(line: string, lookup: (id: string) => FactValue | undefined): Span[] {
  const spans: Span[] = [];
  let last = 0;
  for (const match of line.matchAll(PLACEHOLDER)) {
    const start = match.index;
    if (start > last) spans.push({ text: line.slice(last, start) });
    const id = match[1] ?? "";
    const fact = lookup(id);
    spans.push(fact ? { fact: id, value: fact.value, asOf: fact.asOf } : { text: "" });
    last = start + match[0].length;
  }
  if (last < line.length) spans.push({ text: line.slice(last) });
  return spans;
}

const BULLET = /^- +/;
const STEP = /^\d{1,2}[.)] +/;

/**
 * Turns the plain-text body format of a pack (paragraphs, "- " bullets, "1. " steps) into blocks
 * the screens and the phone page render without any HTML.
 */
export function parseBody(body: string, lookup: (id: string) => FactValue | undefined): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, "\n").split(/\n{2,}/)) {
    const lines = chunk.split("\n").map((line) => line.trim()).filter((line) => line !== "");
    let paragraph: string[] = [];
    const flush = (): void => {
      if (paragraph.length > 0) blocks.push({ type: "paragraph", spans: toSpans(paragraph.join(" "), lookup) });
      paragraph = [];
    };
    for (const line of lines) {
      const kind = BULLET.test(line) ? "bullets" : STEP.test(line) ? "steps" : "paragraph";
      if (kind === "paragraph") {
        paragraph.push(line);
        continue;
      }
      flush();
      const spans = toSpans(line.replace(kind === "bullets" ? BULLET : STEP, ""), lookup);
      const previous = blocks[blocks.length - 1];
      if (previous && previous.type === kind) previous.items.push(spans);
      else blocks.push(kind === "bullets" ? { type: "bullets", items: [spans] } : { type: "steps", items: [spans] });
    }
    flush();
  }
  return blocks;
}

/** The body as plain text with fact values filled in, for search and snippets. */
export function plainBody(body: string, lookup: (id: string) => FactValue | undefined): string {
  return body.replace(PLACEHOLDER, (_whole, id: string) => lookup(id)?.value ?? "");
}
