import { describe, expect, it } from "vitest";
import { parseCredentialText } from "./credential-text.ts";

describe("a pasted credential", () => {
  it.each([
    ["", { problem: "empty" }],
    ["   \n", { problem: "empty" }],
    ["{ pas du json", { problem: "notJson" }],
    ["[1, 2]", { problem: "notObject" }],
    ["null", { problem: "notObject" }],
    ['"texte"', { problem: "notObject" }],
    ['{"id": "x", "proof": []}', { credential: { id: "x", proof: [] } }],
  ])("%j reads as %j", (text, expected) => {
    expect(parseCredentialText(text)).toEqual(expected);
  });
});
