import { sql } from "kysely";
import { type AppContext, isoNow } from "../../server/context.ts";
import { searchKey } from "../../server/search-text.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { STATUS_LIST_LENGTH } from "../certificates/credential/status-list-credential.ts";
import { ensureIssuerKey } from "../certificates/generate-issuer-key.ts";
import { openStatusList } from "../certificates/publish-status-list.ts";
import { luhnCheckDigit } from "../certificates/rules.ts";
import { loadSigningKey } from "../certificates/signing-key.ts";
import { type AwardFactRows, applyAwardTallies } from "../observatory/apply-award-facts.ts";
import { recordDeclarationFile } from "../observatory/record-declaration-file.ts";
import { applyPathwayTallies } from "../pathways/apply-pathway-tallies.ts";
import { seedDemo } from "./seed-demo.ts";
import { certificateNumberer } from "./volume-certificate-rows.ts";
import {
  certificationCodesOf,
  type DeclarationCounts,
  declarationPlanner,
  type VolumeDeclarationFile,
} from "./volume-declarations.ts";
import {
  type AwardingPair,
  assignPairs,
  awardDays,
  seededRandom,
  volumeCalibration,
} from "./volume-history.ts";
import {
  advanceIdSequences,
  insertRows,
  nextIds,
  readVolumeCatalogue,
  setRncpCodes,
  type VolumeCatalogueRows,
} from "./volume-repository.ts";
import {
  addAwardRows,
  emptyRows,
  type VolumeBranch,
  type VolumePair,
  type VolumeQualification,
  type VolumeRows,
} from "./volume-rows.ts";
import { volumeIdTables, volumeTables } from "./volume-tables.ts";

/** What the generator wrote, counted from the facts it computed (tests compare them with the figures). */
export interface VolumeReport {
  certificates: number;
  full: number;
  partial: number;
  over45: number;
  firstCertification: number;
  direct: number;
  byYear: Record<number, number>;
  /** Awards on or before each calibration anchor. */
  byAnchor: Record<string, number>;
  branchesByAnchor: Record<string, number>;
  qualificationsByAnchor: Record<string, number>;
  /** The full awards declared to the Caisse des Dépôts in time, late, and not yet. */
  declarations: DeclarationCounts;
}

/** Awards per transaction: each batch is written whole or not at all. */
const BATCH = 10_000;
/** Declaration files per transaction. */
const FILE_BATCH = 500;

/** How much of the awards each branch and each CQPI has (the others weigh 1); demo weights. */
const BRANCH_WEIGHTS: Record<string, number> = { UIMM: 12, FCD: 5, LEEM: 4, UCV: 3, ALLIANCE7: 3, PRISME: 3 };
const QUALIFICATION_WEIGHTS: Record<string, number> = { CEI: 5, AL: 4, OMI: 2, VCM: 3, OQ: 2 };

/**
 * `cqpi seed --volume N`: N certificates of a synthetic 15-year history (see volume-history.ts), with their
 * candidates, pathways, timelines, assessments and scores, training plans, jury sessions and decisions,
 * award facts and the counts kept from them, written in batches of multi-row inserts (never through the
 * use cases one row at a time); then the accrochage files that declared its full awards to the Caisse des
 * Dépôts (see volume-declarations.ts), recorded as the export records one. Loads the demo catalogue first
 * if the database has none, and gives a CQPI without an RNCP code a fictional one to be declared under.
 * One audit event records the generation; the certificates of a synthetic history carry no signed credential.
 */
export async function seedVolume(
  ctx: AppContext,
  input: { volume: number; seed?: number; onProgress?: (done: number, total: number) => void },
): Promise<VolumeReport> {
  await seedDemo(ctx);
  await ensureIssuerKey(ctx);
  const random = seededRandom(input.seed ?? 2012);
  const catalogue = await readVolumeCatalogue(ctx.db);
  const certifications = certificationCodesOf(catalogue.qualifications);
  await setRncpCodes(ctx.db, certifications.given, isoNow(ctx));
  const declarations = declarationPlanner();
  const ids = await nextIds(ctx.db, volumeIdTables);
  const { pairs, awarding } = await buildPairs(ctx, catalogue, ids, random, input.volume);
  const days = awardDays(input.volume, random);
  const assigned = assignPairs(days, awarding, random);
  const takeNumber = certificateNumberer(random, catalogue.certificateNumbers);
  const statusSlots = await openStatusLists(ctx, Math.ceil(input.volume / STATUS_LIST_LENGTH), random);
  const sessions = new Map<string, number>();
  const { report, count } = reportCounter();

  for (let start = 0; start < input.volume; start += BATCH) {
    const rows = emptyRows();
    const facts: AwardFactRows[] = [];
    for (let i = start; i < Math.min(start + BATCH, input.volume); i++) {
      const pair = pairs[assigned[i]!]!;
      const day = days[i]!;
      const sessionKey = `${pair.branch.id}:${day}`;
      let sessionId = sessions.get(sessionKey);
      const isNewSession = sessionId === undefined;
      if (sessionId === undefined) {
        sessionId = ids.jury_sessions++;
        sessions.set(sessionKey, sessionId);
      }
      const evaluatorId =
        catalogue.evaluatorIds.length === 0
          ? null
          : catalogue.evaluatorIds[Math.floor(random() * catalogue.evaluatorIds.length)]!;
      const fact = addAwardRows(
        rows,
        ids,
        { day, pair, evaluatorId, sessionId, isNewSession, statusList: statusSlots(i) },
        random,
        takeNumber,
      );
      facts.push(fact);
      count(fact);
      if (fact.fact.kind === "full")
        declarations.add({
          certificateId: fact.fact.certificate_id,
          number: String(rows.certificates.at(-1)![1]),
          certificationCode: certifications.codes.get(pair.qualification.id)!,
          awardedOn: day,
        });
    }
    await writeBatch(ctx, rows, facts);
    input.onProgress?.(Math.min(start + BATCH, input.volume), input.volume);
  }
  const { files, counts } = declarations.files(random, catalogue.fluxIds);
  for (let start = 0; start < files.length; start += FILE_BATCH)
    await writeDeclarationFiles(ctx, files.slice(start, start + FILE_BATCH));
  report.declarations = counts;
  await advanceIdSequences(ctx.db, ctx.dialect, volumeIdTables);
  await ctx.db.transaction().execute((trx) =>
    recordAuditEvent(trx, {
      actorUserId: null,
      action: "demo.generate_history",
      entityType: "demo",
      entityId: "volume",
      after: {
        certificates: report.certificates,
        seed: input.seed ?? 2012,
        declarationFiles: counts.files,
        rncpCodes: Object.fromEntries(
          catalogue.qualifications.flatMap((q) => {
            const given = certifications.given.get(q.id);
            return given ? [[q.code, given]] : [];
          }),
        ),
      },
      occurredAt: isoNow(ctx),
    }),
  );
  return report;
}

async function writeBatch(ctx: AppContext, rows: VolumeRows, facts: AwardFactRows[]) {
  await ctx.db.transaction().execute(async (trx) => {
    if (ctx.dialect === "postgres") await sql`SET LOCAL synchronous_commit = off`.execute(trx);
    for (const key of Object.keys(volumeTables) as (keyof typeof volumeTables)[])
      await insertRows(trx, ctx.dialect, volumeTables[key], rows[key]);
    await applyAwardTallies(trx, facts);
    await applyPathwayTallies(
      trx,
      rows.pathways.map((p) => ({
        branch_id: Number(p[2]),
        qualification_id: Number(p[3]),
        status: String(p[7]) as "awarded" | "partially_awarded",
        pathways: 1,
      })),
    );
  });
}

async function writeDeclarationFiles(ctx: AppContext, files: readonly VolumeDeclarationFile[]) {
  await ctx.db.transaction().execute(async (trx) => {
    if (ctx.dialect === "postgres") await sql`SET LOCAL synchronous_commit = off`.execute(trx);
    for (const { certificateIds, ...file } of files) await recordDeclarationFile(trx, file, certificateIds);
  });
}

/** The branch × CQPI pairs that award, from the catalogue, with companies created for each branch. */
async function buildPairs(
  ctx: AppContext,
  catalogue: VolumeCatalogueRows,
  ids: { companies: number },
  random: () => number,
  volume: number,
) {
  const qualifications = new Map<number, VolumeQualification & { createdOn: string | null }>();
  for (const q of catalogue.qualifications)
    qualifications.set(q.id, {
      id: q.id,
      code: q.code,
      title: q.title,
      versionId: q.version_id,
      version: q.version,
      createdOn: q.created_on,
      blocks: [],
    });
  const byVersion = new Map([...qualifications.values()].map((q) => [q.versionId, q]));
  for (const row of catalogue.capacities) {
    const q = byVersion.get(row.version_id!)!;
    let block = q.blocks.at(-1);
    if (block?.code !== row.block_code) {
      block = { code: row.block_code, capacities: [] };
      q.blocks.push(block);
    }
    let capacity = block.capacities.at(-1);
    if (capacity?.id !== row.capacity_id) {
      capacity = { id: row.capacity_id, code: row.capacity_code, criterionIds: [] };
      block.capacities.push(capacity);
    }
    capacity.criterionIds.push(row.criterion_id);
  }

  const companies: (string | number | null)[][] = [];
  const branches = new Map<number, VolumeBranch & { adhesion: string | null }>();
  const companiesPerBranch = Math.max(2, Math.min(2_000, Math.ceil(volume / 1_000)));
  let serial = 1;
  for (const b of catalogue.branches) {
    const branch = {
      id: b.id,
      code: b.code,
      name: b.name,
      adhesion: b.charter_adhesion_date,
      companyIds: [] as number[],
    };
    for (let i = 0; i < companiesPerBranch; i++) {
      let siret: string;
      do siret = siretOf(serial++);
      while (catalogue.sirets.has(siret));
      const id = ids.companies++;
      const name = `${PREFIXES[Math.floor(random() * PREFIXES.length)]} ${b.name} ${i + 1}`;
      companies.push([id, name, siret, b.id, "2006-01-01T09:00:00.000Z", searchKey(name, siret)]);
      branch.companyIds.push(id);
    }
    branches.set(b.id, branch);
  }
  await ctx.db
    .transaction()
    .execute((trx) => insertRows(trx, ctx.dialect, volumeTables.companies, companies));

  const pairs: VolumePair[] = [];
  const awarding: AwardingPair[] = [];
  for (const op of catalogue.operations) {
    const branch = branches.get(op.branch_id);
    const qualification = qualifications.get(op.qualification_id);
    if (!branch || !qualification || qualification.blocks.length === 0) continue;
    const dates = [branch.adhesion, qualification.createdOn, op.operated_since].filter(
      (d): d is string => !!d,
    );
    if (!branch.adhesion) continue;
    const adoption = catalogue.adoptions.find(
      (a) => a.branch_id === branch.id && a.version_id === qualification.versionId,
    );
    pairs.push({ branch, qualification, adoptionId: adoption?.id ?? null });
    awarding.push({
      branchCode: branch.code,
      qualificationCode: qualification.code,
      from: dates.sort().at(-1)!,
      weight: (BRANCH_WEIGHTS[branch.code] ?? 1) * (QUALIFICATION_WEIGHTS[qualification.code] ?? 1),
    });
  }
  return { pairs, awarding };
}

const PREFIXES = ["Ateliers", "Établissements", "Société", "Manufacture", "Groupe", "Compagnie"];

/** A SIRET that passes the SIREN and SIRET checks: a SIREN with its Luhn digit, an establishment, its digit. */
function siretOf(serial: number): string {
  const siren8 = `8${String(serial).padStart(7, "0")}`;
  const siren = `${siren8}${luhnCheckDigit(siren8)}`;
  const nic = `${siren}0001`;
  return `${nic}${luhnCheckDigit(nic)}`;
}

/**
 * Revocation lists for the history, opened (and signed) as issuance opens them, each following the one
 * before; every certificate takes an entry at random among the free ones of its list.
 */
async function openStatusLists(ctx: AppContext, lists: number, random: () => number) {
  const key = await loadSigningKey(ctx);
  const listIds: number[] = [];
  for (let i = 0; i < lists; i++) {
    const id = await ctx.db.transaction().execute((trx) =>
      openStatusList(trx, ctx.config, {
        key,
        at: isoNow(ctx),
        ...(listIds.length > 0 && { followsId: listIds.at(-1)! }),
      }),
    );
    listIds.push(id);
  }
  let order = new Int32Array(0);
  let current = -1;
  return (award: number) => {
    const list = Math.floor(award / STATUS_LIST_LENGTH);
    if (list !== current) {
      current = list;
      order = Int32Array.from({ length: STATUS_LIST_LENGTH }, (_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    }
    return { id: listIds[list]!, index: order[award % STATUS_LIST_LENGTH]! };
  };
}

/** Counts the facts the generator writes, as the figures should find them. */
function reportCounter() {
  const report: VolumeReport = {
    certificates: 0,
    full: 0,
    partial: 0,
    over45: 0,
    firstCertification: 0,
    direct: 0,
    byYear: {},
    byAnchor: {},
    branchesByAnchor: {},
    qualificationsByAnchor: {},
    declarations: { files: 0, inTime: 0, late: 0, undeclared: 0 },
  };
  const seen = new Map(
    volumeCalibration.anchors.map((a) => [
      a.until,
      { branches: new Set<string>(), qualifications: new Set<string>() },
    ]),
  );
  const count = ({ fact }: AwardFactRows) => {
    report.certificates++;
    if (fact.kind === "full") report.full++;
    else report.partial++;
    report.over45 += fact.is_over_45;
    report.firstCertification += fact.is_first_certification;
    if (fact.route === "direct") report.direct++;
    report.byYear[fact.award_year] = (report.byYear[fact.award_year] ?? 0) + 1;
    for (const [until, entry] of seen) {
      if (fact.awarded_on > until) continue;
      report.byAnchor[until] = (report.byAnchor[until] ?? 0) + 1;
      entry.branches.add(fact.branch_code);
      entry.qualifications.add(fact.qualification_code);
      report.branchesByAnchor[until] = entry.branches.size;
      report.qualificationsByAnchor[until] = entry.qualifications.size;
    }
  };
  return { report, count };
}
