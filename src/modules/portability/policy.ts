import type { Access } from "../../server/access.ts";

/**
 * Who may ask what: anyone asks the public question (a CQPI held in full, no personal data); a
 * certificate's portability is answered to whoever may download that certificate (its holder, their
 * employer, the branch's staff), checked by the certificates module. Anyone with a certificate's number
 * reads its public answer (`/api/certificates/{number}/portability`), drawn only from what the
 * certificate's public summary shows (CQPI, full or partial blocs, award date, revoked or not).
 */
export const portabilityAccess = { ask: "public" } as const satisfies Record<string, Access>;
