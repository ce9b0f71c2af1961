import { describe, expect, it } from "vitest";
import { type CorrespondenceKind, correspondenceRefusal } from "./rules.ts";

const end = (text: string) => {
  const [qualificationCode, version, itemCode] = text.split("/");
  return {
    qualificationCode: qualificationCode!,
    version: version === "-" ? null : Number(version),
    itemCode: itemCode!,
  };
};
const link = (from: string, to: string, kind: CorrespondenceKind = "exact") => ({
  from: end(from),
  to: end(to),
  kind,
});

describe("correspondenceRefusal", () => {
  const existing = [
    link("CEI/1/B1", "OQ/1/B2"),
    link("OQ/1/B2", "AE/1/B3"),
    link("CEI/1/C2", "CQP-X/-/B1", "partial"),
  ];
  it.each([
    ["a new exact link", link("AE/1/B1", "TQ/1/B1"), null],
    ["two items of the same version", link("CEI/1/B1", "CEI/1/B2"), "CORRESPONDENCE_SELF_LINK"],
    ["the same item to itself", link("CEI/1/B1", "CEI/1/B1"), "CORRESPONDENCE_SELF_LINK"],
    ["another version of the same CQPI", link("CEI/1/B1", "CEI/2/B1"), null],
    ["a pair recorded already", link("CEI/1/B1", "OQ/1/B2", "related"), "CORRESPONDENCE_DUPLICATE"],
    ["a pair recorded the other way", link("OQ/1/B2", "CEI/1/B1"), "CORRESPONDENCE_DUPLICATE"],
    ["an external bloc recorded already", link("CQP-X/-/B1", "CEI/1/C2"), "CORRESPONDENCE_DUPLICATE"],
    ["an exact link closing a chain into a loop", link("AE/1/B3", "CEI/1/B1"), "CORRESPONDENCE_CYCLE"],
    ["a partial link along the same loop", link("AE/1/B3", "CEI/1/B1", "partial"), null],
    ["an exact link along the chain's direction", link("CEI/1/B1", "AE/1/B3"), null],
  ] as const)("%s → %s", (_, given, expected) => {
    expect(correspondenceRefusal(existing, given)).toBe(expected);
  });
});
