import { describe, expect, it } from "vitest";
import { searchKey } from "./search-text.ts";

describe("searchKey", () => {
  it.each([
    [["Lefèvre"], "lefevre"],
    [["LEFEVRE"], "lefevre"],
    [["lefevre"], "lefevre"],
    [["Œuvray", "Hélène"], "oeuvray helene"],
    [["  Ça   va  "], "ca va"],
    [["Müller", null, undefined, "jean-françois@exemple.fr"], "muller jean-francois@exemple.fr"],
    [["Łukasz", "Straße"], "lukasz strasse"],
  ])("folds %j to %s", (parts, expected) => {
    expect(searchKey(...parts)).toBe(expected);
  });
});
