import { describe, expect, it } from "vitest";
import { findFactPlaceholders, parseBody, plainBody } from "./rich-text";

const facts = (id: string) => (id === "fee" ? { value: "3%", asOf: "2024-04" } : undefined);

describe("answer bodies", () => {
  it("become paragraphs, bullets and numbered steps", () => {
    const blocks = parseBody("Intro line\ncontinues.\n\n- one\n- two\n\n1. first\n2. second", facts);
    expect(blocks.map((block) => block.type)).toEqual(["paragraph", "bullets", "steps"]);
    expect(blocks[0]).toEqual({ type: "paragraph", spans: [{ text: "Intro line continues." }] });
    expect(blocks[1]).toMatchObject({ items: [[{ text: "one" }], [{ text: "two" }]] });
  });

  it("carry fact values with their date", () => {
    const blocks = parseBody("A fee of {{fact:fee}} applies.", facts);
    expect(blocks[0]).toEqual({
      type: "paragraph",
      spans: [{ text: "A fee of " }, { fact: "fee", value: "3%", asOf: "2024-04" }, { text: " applies." }],
    });
    expect(plainBody("Fee {{fact:fee}}", facts)).toBe("Fee 3%");
  });

  it("report placeholders that are malformed", () => {
    expect(findFactPlaceholders("{{fact:ok}} {{ fact:bad }} {{oops").malformed).toEqual(["{{ fact:bad }}", "{{"]);
    expect(findFactPlaceholders("{{fact:ok}}").ids).toEqual(["ok"]);
  });
});
