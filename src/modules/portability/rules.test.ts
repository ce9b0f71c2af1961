import { describe, expect, it } from "vitest";
import type { CorrespondenceKind } from "../correspondences/rules.ts";
import { computePortability, type HolderAcquisition, type PortabilityTarget, validUntil } from "./rules.ts";

/** CEI v1: B1 {C1, C2}, B2 {C3}; OQ v1: B1 {Q1}, B2 {Q2, Q3}; AE v2 is only an end of links. */
const cei = {
  qualificationCode: "CEI",
  version: 1,
  blocks: [
    { code: "B1", capacityCodes: ["C1", "C2"] },
    { code: "B2", capacityCodes: ["C3"] },
  ],
};
const oq = {
  qualificationCode: "OQ",
  version: 1,
  blocks: [
    { code: "B1", capacityCodes: ["Q1"] },
    { code: "B2", capacityCodes: ["Q2", "Q3"] },
  ],
};

const holder = (overrides: Partial<HolderAcquisition> = {}): HolderAcquisition => ({
  tree: cei,
  kind: "full",
  blockCodes: [],
  awardedOn: "2020-06-01",
  isRevoked: false,
  validUntil: null,
  ...overrides,
});
const target = (tree = cei, modules: PortabilityTarget["modules"] = []): PortabilityTarget => ({
  tree,
  modules,
});
const end = (text: string) => {
  const [qualificationCode, version, itemCode] = text.split("/");
  return { qualificationCode: qualificationCode!, version: Number(version), itemCode: itemCode! };
};
const link = (from: string, to: string, kind: CorrespondenceKind = "exact") => ({
  from: end(from),
  to: end(to),
  kind,
});
const today = "2026-03-02";

describe("computePortability", () => {
  it("carries the same CQPI directly and leaves only the target branch's modules", () => {
    const answer = computePortability(
      holder(),
      target(cei, [{ code: "M1", capacityCodes: ["M1.C1", "M1.C2"] }]),
      [],
      today,
    );
    expect(answer.acquired.map((a) => [a.capacityCode, a.via.kind])).toEqual([
      ["C1", "direct"],
      ["C2", "direct"],
      ["C3", "direct"],
    ]);
    expect(answer.remaining).toEqual([
      { capacityCode: "M1.C1", reason: "branch_module" },
      { capacityCode: "M1.C2", reason: "branch_module" },
    ]);
  });

  it("carries only the blocs of a partial award", () => {
    const answer = computePortability(holder({ kind: "partial", blockCodes: ["B2"] }), target(), [], today);
    expect(answer.acquired.map((a) => a.capacityCode)).toEqual(["C3"]);
    expect(answer.remaining).toEqual([
      { capacityCode: "C1", reason: "not_acquired" },
      { capacityCode: "C2", reason: "not_acquired" },
    ]);
  });

  it.each([
    ["an exact link capacity → capacity", [link("CEI/1/C3", "OQ/1/Q1")], { Q1: "acquired" }],
    [
      "an exact link bloc → bloc covers its capacities",
      [link("CEI/1/B1", "OQ/1/B2")],
      { Q2: "acquired", Q3: "acquired" },
    ],
    [
      "a partial link narrows but does not carry",
      [link("CEI/1/C3", "OQ/1/Q1", "partial")],
      { Q1: "partial_correspondence" },
    ],
    ["a related link only informs", [link("CEI/1/C3", "OQ/1/Q1", "related")], { Q1: "related_only" }],
    ["an exact link the other way does not carry", [link("OQ/1/Q1", "CEI/1/C3")], { Q1: "not_acquired" }],
    ["a link from an item not acquired does not carry", [link("AE/2/A1", "OQ/1/Q1")], { Q1: "not_acquired" }],
  ] as const)("%s", (_, links, expected) => {
    const answer = computePortability(holder(), target(oq), links, today);
    const outcome = Object.fromEntries([
      ...answer.acquired.map((a) => [a.capacityCode, "acquired"]),
      ...answer.remaining.map((r) => [r.capacityCode, r.reason]),
    ]);
    expect(outcome).toMatchObject(expected);
  });

  it("follows chains of exact links and shows the chain", () => {
    const links = [link("CEI/1/C1", "AE/2/A1"), link("AE/2/A1", "OQ/1/Q1")];
    const answer = computePortability(holder(), target(oq), links, today);
    expect(answer.acquired).toEqual([
      {
        capacityCode: "Q1",
        via: { kind: "correspondence", chain: [end("CEI/1/C1"), end("AE/2/A1"), end("OQ/1/Q1")] },
      },
    ]);
    const broken = computePortability(
      holder(),
      target(oq),
      [link("CEI/1/C1", "AE/2/A1"), link("AE/2/A1", "OQ/1/Q1", "partial")],
      today,
    );
    expect(broken.remaining[0]).toEqual({ capacityCode: "Q1", reason: "partial_correspondence" });
  });

  it("carries nothing from a revoked certificate or an expired partial award, and says so", () => {
    const revoked = computePortability(
      holder({ isRevoked: true }),
      target(cei, [{ code: "M1", capacityCodes: ["M1.C1"] }]),
      [],
      today,
    );
    expect(revoked.acquired).toEqual([]);
    expect(revoked.remaining.map((r) => r.reason)).toEqual(["revoked", "revoked", "revoked", "revoked"]);
    const expired = computePortability(
      holder({ kind: "partial", blockCodes: ["B1"], validUntil: "2025-06-01" }),
      target(),
      [],
      today,
    );
    expect(expired.acquired).toEqual([]);
    expect(new Set(expired.remaining.map((r) => r.reason))).toEqual(new Set(["expired"]));
    const valid = computePortability(
      holder({ kind: "partial", blockCodes: ["B1"], validUntil: "2026-06-01" }),
      target(),
      [],
      today,
    );
    expect(valid.acquired.map((a) => a.capacityCode)).toEqual(["C1", "C2"]);
  });
});

describe("validUntil", () => {
  it.each([
    ["full", { kind: "years", years: 5 }, null],
    ["partial", { kind: "lifetime" }, null],
    ["partial", { kind: "years", years: 5 }, "2025-06-01"],
  ] as const)("%s award under %j → %s", (kind, validity, expected) => {
    expect(validUntil(kind, "2020-06-01", validity)).toBe(expected);
  });
});
