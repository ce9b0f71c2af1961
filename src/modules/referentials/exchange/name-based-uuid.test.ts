import { describe, expect, it } from "vitest";
import { nameBasedUuid } from "./name-based-uuid.ts";

describe("nameBasedUuid", () => {
  it("gives the RFC 4122 version 5 UUID of a URL (same values as Python's uuid.uuid5(NAMESPACE_URL, …))", () => {
    expect(nameBasedUuid("https://cqpi.example.org/case/CQPI-001/v1/document")).toBe(
      "0dc7b700-b6c6-545e-a88e-c5f707ce9552",
    );
    expect(nameBasedUuid("https://example.org/case/Référentiel")).toBe(
      "aa702f59-129a-561a-bb86-be8d9f70fd7d",
    );
  });

  it("is stable for a name and differs between names", () => {
    const first = nameBasedUuid("https://example.org/a");
    expect(nameBasedUuid("https://example.org/a")).toBe(first);
    expect(nameBasedUuid("https://example.org/b")).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
