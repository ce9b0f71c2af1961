import { randomBytes, randomInt } from "node:crypto";
import type { Selectable } from "kysely";
import { isUniqueViolation } from "../../db/dialect.ts";
import type { StatusListTable } from "../../db/schema-certificates.ts";
import { type AppContext, isoNow } from "../../server/context.ts";
import { type ActingCaller, anonymous, authorId } from "../accounts/caller.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { applyAwardFacts } from "../observatory/apply-award-facts.ts";
import { findVersion } from "../referentials/find-version.ts";
import type { Block } from "../referentials/schemas.ts";
import { awardCredentialFacts } from "./award-credential-facts.ts";
import { buildOpenBadgeCredential } from "./credential/build-open-badge.ts";
import { createDocumentLoader } from "./credential/document-loader.ts";
import type { SigningKey } from "./credential/sign-credential.ts";
import { signCredential } from "./credential/sign-credential.ts";
import { awardBlocksMissing, awardBlocksUnknown, issuerKeyMissing } from "./errors.ts";
import { openNextStatusList } from "./publish-status-list.ts";
import {
  findCertificateRow,
  findLatestStatusListRow,
  insertCertificate,
  isStatusEntryTaken,
  listStatusIndices,
} from "./repository.ts";
import { formatCertificateNumber } from "./rules.ts";
import type { Award, CertificateView } from "./schemas.ts";
import { loadSigningKey } from "./signing-key.ts";

type StatusListRow = Selectable<StatusListTable>;

import { toCertificateView } from "./views.ts";

/**
 * A number that collides with another certificate's is drawn again, this many times at most. A status
 * entry taken meanwhile by another issuance is drawn again without counting: that issuance committed, so
 * each such retry follows progress and a busy list only ends in its successor opening.
 */
const NUMBER_ATTEMPTS = 5;

/**
 * Issues the certificate of a jury award: a number, an entry in the revocation list, and the signed Open
 * Badges credential, written with its audit event. Idempotent per award: the certificate of an award that
 * already has one is returned as it is, and two calls at once issue one certificate (the unique
 * `jury_decision_id` decides). Called after the jury's session is committed.
 */
export async function issueCertificate(
  ctx: AppContext,
  input: { award: Award; caller: ActingCaller },
): Promise<CertificateView> {
  const { award } = input;
  const existing = await findCertificateRow(ctx.db, { juryDecisionId: award.juryDecisionId });
  if (existing) return toCertificateView(existing);

  const { view } = await findVersion(ctx, {
    code: award.qualification.code,
    version: award.qualification.referentialVersion,
    caller: anonymous,
  });
  const blockCodes = acquiredBlocks(award, view.blocks);
  const [key, latest] = await Promise.all([loadSigningKey(ctx), findLatestStatusListRow(ctx.db)]);
  if (!latest) throw issuerKeyMissing("no_status_list", "no revocation list was opened (cqpi keys generate)");
  let statusList = latest;

  for (let numberAttempt = 1; ; ) {
    const entry = await pickStatusEntry(ctx, key, statusList);
    statusList = entry.statusList;
    const { index } = entry;
    const year = Number(award.decidedOn.slice(0, 4));
    const number = formatCertificateNumber(award.branch.code, year, randomInt(100_000_000));
    const issuedAt = isoNow(ctx);
    const unsigned = buildOpenBadgeCredential(
      awardCredentialFacts(ctx.config, {
        award,
        blocks: view.blocks,
        blockCodes,
        number,
        statusListId: statusList.id,
        index,
      }),
    );
    const signed = await signCredential(unsigned, key, {
      created: issuedAt,
      documentLoader: createDocumentLoader(),
    });
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const { id } = await insertCertificate(trx, {
          number,
          jury_decision_id: award.juryDecisionId,
          jury_session_id: award.jurySessionId,
          pathway_id: award.pathwayId,
          holder_given_names: award.candidate.givenNames,
          holder_family_name: award.candidate.familyName,
          qualification_code: award.qualification.code,
          qualification_title: award.qualification.title,
          referential_version: award.qualification.referentialVersion,
          branch_code: award.branch.code,
          branch_name: award.branch.name,
          kind: award.kind,
          block_codes_json: JSON.stringify(blockCodes),
          awarded_on: award.decidedOn,
          award_year: year,
          credential_json: JSON.stringify(signed),
          status_list_id: statusList.id,
          status_list_index: index,
          qr_token: randomBytes(18).toString("base64url"),
          issued_at: issuedAt,
          revoked_at: null,
          revoked_by_user_id: null,
          revocation_reason: null,
        });
        await applyAwardFacts(trx, { certificateId: id });
        await recordAuditEvent(trx, {
          actorUserId: authorId(input.caller),
          action: "certificate.issue",
          entityType: "certificate",
          entityId: number,
          after: {
            number,
            pathwayId: award.pathwayId,
            juryDecisionId: award.juryDecisionId,
            kind: award.kind,
            blockCodes,
          },
          occurredAt: issuedAt,
        });
      });
      const issued = await findCertificateRow(ctx.db, { number });
      if (issued) return toCertificateView(issued);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const issued = await findCertificateRow(ctx.db, { juryDecisionId: award.juryDecisionId });
      if (issued) return toCertificateView(issued);
      if (await isStatusEntryTaken(ctx.db, statusList.id, index)) continue;
      if (numberAttempt++ >= NUMBER_ATTEMPTS) throw error;
    }
  }
}

/**
 * A free entry, drawn at random, in the given list; when that list is full, in the list that follows it
 * (opened then), which this and later certificates point at.
 */
async function pickStatusEntry(ctx: AppContext, key: SigningKey, list: StatusListRow) {
  let statusList = list;
  for (;;) {
    const used = new Set(await listStatusIndices(ctx.db, statusList.id, false));
    if (used.size < statusList.length) {
      let index = randomInt(statusList.length);
      while (used.has(index)) index = randomInt(statusList.length);
      return { statusList, index };
    }
    statusList = await openNextStatusList(ctx, { fullId: statusList.id, key, at: isoNow(ctx) });
  }
}

/** The blocs the certificate states: all of the version's for a full award; those named for a partial one. */
function acquiredBlocks(award: Award, blocks: Block[]): string[] {
  const known = new Set(blocks.map((b) => b.code));
  const unknown = award.blockCodes.filter((code) => !known.has(code));
  if (unknown.length > 0) throw awardBlocksUnknown(unknown);
  if (award.kind === "full") return blocks.map((b) => b.code);
  if (award.blockCodes.length === 0) throw awardBlocksMissing();
  return blocks.map((b) => b.code).filter((code) => award.blockCodes.includes(code));
}
