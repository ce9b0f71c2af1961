import { describe, expect, it } from "vitest";
import { isCardLayout, isOverflowing, requiredTableWidth } from "./table-fit.ts";

describe("table or cards", () => {
  it.each([
    {
      containerWidth: null,
      required: 900,
      isCards: false,
      why: "not measured yet: drawn as a table to measure it",
    },
    { containerWidth: 736, required: 900, isCards: true, why: "tablet in portrait, wide table" },
    { containerWidth: 752, required: 900, isCards: true, why: "tablet in landscape beside the navigation" },
    { containerWidth: 1008, required: 900, isCards: false, why: "desktop" },
    { containerWidth: 900, required: 900, isCards: false, why: "exactly wide enough" },
    { containerWidth: 736, required: 640, isCards: false, why: "a narrow table fits a tablet" },
  ])("$why", ({ containerWidth, required, isCards }) => {
    expect(isCardLayout(containerWidth, required)).toBe(isCards);
  });

  it("needs the wider of the width asked for and the width it overflowed at", () => {
    expect(requiredTableWidth(640, null)).toBe(640);
    expect(requiredTableWidth(640, 1004)).toBe(1004);
    expect(requiredTableWidth(900, 700)).toBe(900);
  });

  it("counts as overflowing only past a pixel of rounding", () => {
    expect(isOverflowing(1004, 752)).toBe(true);
    expect(isOverflowing(753, 752)).toBe(false);
    expect(isOverflowing(754, 752)).toBe(true);
    expect(isOverflowing(700, 752)).toBe(false);
  });
});
