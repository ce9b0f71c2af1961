import { describe, expect, it } from "vitest";
import { publicationProblems } from "../referentials/rules.ts";
import { type Block, block, referentialContent } from "../referentials/schemas.ts";
import { demoBranches, demoOperations, demoQualifications } from "./demo-catalogue.ts";
import { demoAdoptions, demoReferentials } from "./demo-referentials.ts";

const capacitiesOf = (blocks: Block[]) => blocks.flatMap((b) => b.capacities);

/** Checks the shape rules shared by referential blocs and branch modules. */
function expectWellFormed(blocks: Block[]) {
  expect(new Set(blocks.map((b) => b.code)).size).toBe(blocks.length);
  const capacities = capacitiesOf(blocks);
  expect(new Set(capacities.map((c) => c.code)).size).toBe(capacities.length);
  for (const c of capacities) {
    expect(c.criteria.length, c.code).toBeGreaterThanOrEqual(2);
    expect(c.criteria.length, c.code).toBeLessThanOrEqual(4);
    expect(c.methods.length, c.code).toBeGreaterThanOrEqual(1);
    expect(new Set(c.methods).size, c.code).toBe(c.methods.length);
    expect(new Set(c.criteria.map((k) => k.code)).size, c.code).toBe(c.criteria.length);
    for (const k of c.criteria) expect(k.code.startsWith(`${c.code}.`), k.code).toBe(true);
  }
}

describe("demo referentials", () => {
  it("cover exactly the 9 CQPIs of the catalogue", () => {
    const codes = ["AE", "AL", "CEI", "OMI", "OQ", "TMI", "TQ", "VCAD", "VCM"];
    expect(Object.keys(demoReferentials).sort()).toEqual(codes);
    expect(demoQualifications.map((q) => q.code).sort()).toEqual(codes);
  });

  it.each(Object.entries(demoReferentials))("%s parses unchanged and could be published", (_, content) => {
    expect(referentialContent.parse(content)).toEqual(content);
    expect(publicationProblems(content)).toEqual({});
    expect(content.blocks.length).toBeGreaterThanOrEqual(2);
    expect(content.blocks.length).toBeLessThanOrEqual(3);
    const capacities = capacitiesOf(content.blocks);
    expect(capacities.length).toBeGreaterThanOrEqual(5);
    expect(capacities.length).toBeLessThanOrEqual(8);
    expectWellFormed(content.blocks);
    expect(capacities.filter((c) => c.methods.includes("observation")).length).toBeGreaterThan(
      capacities.length / 2,
    );
    const weights = capacities.flatMap((c) => c.criteria.map((k) => k.weight));
    if (content.passRule.kind === "weighted_marks") expect(new Set(weights).size).toBeGreaterThan(1);
    else expect(new Set(weights)).toEqual(new Set([1]));
  });

  it("use the pass rules of their families", () => {
    const kinds = Object.fromEntries(Object.entries(demoReferentials).map(([k, v]) => [k, v.passRule.kind]));
    expect(kinds).toEqual({
      CEI: "all_capacities",
      AL: "all_capacities",
      OMI: "all_capacities",
      TMI: "all_capacities",
      OQ: "criteria_percentage",
      TQ: "criteria_percentage",
      AE: "all_capacities",
      VCM: "weighted_marks",
      VCAD: "weighted_marks",
    });
  });

  it("transcribe CEI capacities 1 to 3 from the source document", () => {
    const [c1, c2, c3] = capacitiesOf(demoReferentials.CEI!.blocks);
    expect([c1?.title, c2?.title, c3?.title]).toEqual([
      "Approvisionner et préparer les installations, machines et accessoires",
      "Poursuivre une production, à la prise de poste, selon les indications du dossier de production et/ou des consignes orales ou écrites",
      "Régler et mettre en production (lancement ou changement de production) selon les indications du document de réglage, du dossier machine et du manuel de poste",
    ]);
    expect([c1, c2, c3].map((c) => c?.criteria.length)).toEqual([2, 3, 3]);
    for (const c of [c1, c2, c3]) {
      expect(c?.conditions).toBe(
        "Les ordres de fabrication, les documents de production les procédures et instructions sont mis à disposition.",
      );
    }
    expect(c1?.criteria[1]?.indicator).toMatch(/^Vérification de la présence des outils/);
    expect(c2?.criteria[2]?.indicator).toBe(
      "Procédures d’hygiène et de sécurité liées à la production en cours appliquées et mises en œuvre.",
    );
    expect(c3?.criteria[0]?.indicator).toBe(
      "Système de production mis dans l’état requis par les instructions données pour la production.",
    );
  });
});

describe("demo adoptions", () => {
  const qualifications = new Map(demoQualifications.map((q) => [q.code, q]));
  const branches = new Map(demoBranches.map((b) => [b.code, b]));

  it.each(demoAdoptions.map((a) => [`${a.branchCode} ${a.qualificationCode}`, a] as const))(
    "%s: the branch operates the CQPI, after its creation and the charter adhesion",
    (_, a) => {
      expect(demoOperations[a.qualificationCode]).toContain(a.branchCode);
      expect(a.decisionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.decisionDate >= qualifications.get(a.qualificationCode)!.createdOn!).toBe(true);
      expect(a.decisionDate >= (branches.get(a.branchCode)!.charterAdhesionDate ?? "")).toBe(true);
      expect(a.agreementReference).toMatch(/^CPNE .+ — délibération n° \d{4}-\d{2}$/);
    },
  );

  it("adopt each CQPI at most once per branch", () => {
    const keys = demoAdoptions.map((a) => `${a.branchCode}/${a.qualificationCode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("give at least two adoptions branch modules that do not reuse the CQPI's codes", () => {
    const withModules = demoAdoptions.filter((a) => a.modules.length > 0);
    expect(withModules.length).toBeGreaterThanOrEqual(2);
    for (const a of withModules) {
      expect(a.modules.map((m) => block.parse(m))).toEqual(a.modules);
      expect(publicationProblems({ ...demoReferentials[a.qualificationCode]!, blocks: a.modules })).toEqual(
        {},
      );
      expectWellFormed(a.modules);
      const cqpi = demoReferentials[a.qualificationCode]!.blocks;
      const taken = new Set([...cqpi.map((b) => b.code), ...capacitiesOf(cqpi).map((c) => c.code)]);
      for (const m of a.modules) {
        expect(m.code).toMatch(/^M/);
        expect(taken.has(m.code)).toBe(false);
        for (const c of m.capacities) expect(taken.has(c.code), c.code).toBe(false);
      }
    }
  });
});
