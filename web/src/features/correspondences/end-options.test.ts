import { describe, expect, it } from "vitest";
import { buildBlock, buildCapacity, t } from "../../test/factories.ts";
import type { VersionSummary } from "../referentials/types.ts";
import {
  certificationOptions,
  correspondableVersions,
  externalItemOptions,
  versionItemOptions,
} from "./end-options.ts";
import type { ExternalCertification } from "./types.ts";

const cqp: ExternalCertification = {
  code: "CQP-IA-CLA",
  title: "CQP Conducteur de ligne",
  branchCode: "ALLIANCE7",
  rncpCode: "RNCP90417",
  rsCode: null,
  blocks: [
    { code: "BC1", title: "Conduire une ligne" },
    { code: "BC2", title: "Contrôler la qualité" },
  ],
};

const summary = (version: number, status: VersionSummary["status"]): VersionSummary => ({
  qualificationCode: "CEI",
  version,
  status,
  revision: 1,
  basedOnVersion: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  publishedAt: null,
  supersededAt: null,
  blockCount: 1,
  capacityCount: 1,
  criterionCount: 1,
});

describe("the certifications an end may name", () => {
  it("are the CQPIs, then the external certifications, each group under its name", () => {
    const qualification = {
      code: "CEI",
      title: "Conducteur d'Équipements Industriels",
      description: "",
      rncpCode: null,
      createdOn: null,
      branchCount: 3,
    };
    expect(certificationOptions([qualification], [cqp], t)).toEqual([
      {
        group: "CQPI",
        items: [{ value: "qualification:CEI", label: "CEI — Conducteur d'Équipements Industriels" }],
      },
      {
        group: "Certifications externes",
        items: [{ value: "external:CQP-IA-CLA", label: "CQP-IA-CLA — CQP Conducteur de ligne" }],
      },
    ]);
    expect(certificationOptions([qualification], [], t).map((group) => group.group)).toEqual(["CQPI"]);
  });

  it("offer a CQPI's published and superseded versions, latest first, never a draft", () => {
    const versions = [summary(1, "superseded"), summary(3, "draft"), summary(2, "published")];
    expect(correspondableVersions(versions).map((v) => v.version)).toEqual([2, 1]);
  });
});

describe("the items an end may name", () => {
  it("are a CQPI version's blocs, each followed by its capacities", () => {
    const blocks = [
      buildBlock({
        code: "B1",
        title: "Conduire",
        capacities: [buildCapacity({ code: "C1", title: "Préparer" })],
      }),
      buildBlock({
        code: "B2",
        title: "Contrôler",
        capacities: [buildCapacity({ code: "C2", title: "Mesurer" })],
      }),
    ];
    expect(versionItemOptions({ blocks }, t)).toEqual([
      { value: "B1", label: "Bloc B1 — Conduire" },
      { value: "C1", label: "Capacité C1 — Préparer" },
      { value: "B2", label: "Bloc B2 — Contrôler" },
      { value: "C2", label: "Capacité C2 — Mesurer" },
    ]);
  });

  it("are an external certification's blocs only", () => {
    expect(externalItemOptions(cqp, t)).toEqual([
      { value: "BC1", label: "Bloc BC1 — Conduire une ligne" },
      { value: "BC2", label: "Bloc BC2 — Contrôler la qualité" },
    ]);
  });
});
