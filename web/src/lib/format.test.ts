import { describe, expect, it } from "vitest";
import { formatDay, formatFileSize } from "./format.ts";

describe("formatFileSize", () => {
  it("reads sizes in the reader's units and decimal separator", () => {
    expect(formatFileSize(980, "fr")).toBe("980 o");
    expect(formatFileSize(1536, "fr")).toBe("1,5 Ko");
    expect(formatFileSize(10 * 1024 * 1024, "en")).toBe("10 MB");
  });
});

describe("formatDay", () => {
  it("shows a calendar day without shifting it by the time zone", () => {
    expect(formatDay("2026-11-26", "fr")).toBe("26 novembre 2026");
    expect(formatDay(null, "fr")).toBe("—");
  });
});
