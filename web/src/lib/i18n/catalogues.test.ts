import { describe, expect, it } from "vitest";
import { enAdmin } from "./en-admin.ts";
import { enAudit } from "./en-audit.ts";
import { enCandidates } from "./en-candidates.ts";
import { enCertificates } from "./en-certificates.ts";
import { enJury } from "./en-jury.ts";
import { enPathways } from "./en-pathways.ts";
import { enReferentials } from "./en-referentials.ts";
import { frAdmin } from "./fr-admin.ts";
import { frAudit } from "./fr-audit.ts";
import { frCandidates } from "./fr-candidates.ts";
import { frCertificates } from "./fr-certificates.ts";
import { frJury } from "./fr-jury.ts";
import { frPathways } from "./fr-pathways.ts";
import { frReferentials } from "./fr-referentials.ts";

/** Two areas giving the same key would silently override one another in the merged catalogue. */
function keysInSeveralAreas(areas: Record<string, object>): string[] {
  const seen = new Map<string, string>();
  const repeated: string[] = [];
  for (const [area, messages] of Object.entries(areas))
    for (const key of Object.keys(messages)) {
      const other = seen.get(key);
      if (other) repeated.push(`${key} (${other}, ${area})`);
      else seen.set(key, area);
    }
  return repeated;
}

describe("message catalogues", () => {
  it("give each key in one area only, in French and in English", () => {
    expect(
      keysInSeveralAreas({
        frPathways,
        frCandidates,
        frReferentials,
        frAdmin,
        frAudit,
        frJury,
        frCertificates,
      }),
    ).toEqual([]);
    expect(
      keysInSeveralAreas({
        enPathways,
        enCandidates,
        enReferentials,
        enAdmin,
        enAudit,
        enJury,
        enCertificates,
      }),
    ).toEqual([]);
  });
});
