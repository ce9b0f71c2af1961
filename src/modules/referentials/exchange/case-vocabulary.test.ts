import { describe, expect, it } from "vitest";
import { recognizeItemType } from "./case-vocabulary.ts";

const definitions = new Map([["t1", { identifier: "t1", title: "Competency", typeCode: "capacity" }]]);

describe("recognizeItemType", () => {
  it("recognises our types by title or type code, ignoring case and accents", () => {
    expect(recognizeItemType({ CFItemType: "Bloc de compétences" }, definitions)).toEqual({
      kind: "block",
      label: "Bloc de compétences",
    });
    expect(recognizeItemType({ CFItemType: " RESULTAT ATTENDU " }, definitions)?.kind).toBe("criterion");
    expect(
      recognizeItemType({ CFItemTypeURI: { title: "Capacité professionnelle" } }, definitions)?.kind,
    ).toBe("capacity");
  });

  it("follows CFItemTypeURI to the package's own definition", () => {
    expect(
      recognizeItemType({ CFItemTypeURI: { identifier: "t1", title: "Competency" } }, definitions),
    ).toEqual({
      kind: "capacity",
      label: "Competency",
    });
  });

  it("tells an unknown type from an absent one", () => {
    expect(recognizeItemType({ CFItemType: "Standard" }, definitions)).toEqual({
      kind: null,
      label: "Standard",
    });
    expect(recognizeItemType({ CFItemType: "" }, definitions)).toBeUndefined();
  });
});
