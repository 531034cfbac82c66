import { describe, expect, it } from "vitest";
import { backspaceHangul, typeHangul } from "./hangul";
import { modifyLastKana, toKatakana } from "./kana";
import { LAYOUTS, layoutsFor } from "./layouts";

function typeAll(jamo: string): string {
  return [...jamo].reduce((text, key) => typeHangul(text, key), "");
}

describe("Hangul composition", () => {
  it("joins jamo into syllables as a Korean keyboard does", () => {
    expect(typeAll("ㅎㅘㄴㅈㅓㄴ")).toBe("환전");
    expect(typeAll("ㅎㅗㅏㄴㅈㅓㄴ")).toBe("환전");
    expect(typeAll("ㅌㅐㄱㅅㅣ")).toBe("택시");
    expect(typeAll("ㅂㅣㅈㅏ")).toBe("비자");
  });

  it("moves a final consonant to the next syllable when a vowel follows", () => {
    expect(typeAll("ㄷㅏㄹㄱㅇㅣ")).toBe("닭이");
    expect(typeAll("ㄷㅏㄹㄱㅣ")).toBe("달기");
  });

  it("deletes one jamo at a time", () => {
    expect(backspaceHangul("환")).toBe("화");
    expect(backspaceHangul("화")).toBe("호");
    expect(backspaceHangul("호")).toBe("ㅎ");
    expect(backspaceHangul("ㅎ")).toBe("");
    expect(backspaceHangul("닭")).toBe("달");
  });
});

describe("kana marks", () => {
  it("voice, half-voice, shrink and undo", () => {
    expect(modifyLastKana("たくし", "dakuten")).toBe("たくじ");
    expect(modifyLastKana("たくじ", "dakuten")).toBe("たくし");
    expect(modifyLastKana("は", "handakuten")).toBe("ぱ");
    expect(modifyLastKana("きや", "small")).toBe("きゃ");
    expect(toKatakana("たくしー")).toBe("タクシー");
  });
});

describe("layouts", () => {
  it("offer the traveller's own keyboard first and Latin second", () => {
    expect(layoutsFor("ko")).toEqual(["hangul", "latin"]);
    expect(layoutsFor("zh-Hans")).toEqual(["pinyin", "latin"]);
    expect(layoutsFor("fr")).toEqual(["latin"]);
  });

  it("have no duplicate keys in a row, so every key is addressable", () => {
    for (const layout of Object.values(LAYOUTS)) {
      for (const row of [...layout.rows, ...(layout.shiftRows ?? [])]) {
        expect(new Set(row).size, `${layout.id}: ${row.join("")}`).toBe(row.length);
      }
    }
  });
});
