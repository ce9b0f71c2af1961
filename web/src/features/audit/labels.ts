import type { AuditAction, AuditEntityType } from "../../../../src/modules/audit/actions.ts";
import { fr } from "../../lib/i18n/fr.ts";
import { type MessageKey, messageKeyOf } from "../../lib/i18n/index.tsx";

/**
 * The words of each audit action and kind of record are the catalogues' `auditAction.<action>` and
 * `auditEntity.<type>` (fr-audit.ts, typed over the server's unions): an action or a kind the server adds
 * does not compile here until it has its label, and the filters then offer it.
 */
export const auditActionKey = (action: AuditAction): MessageKey => `auditAction.${action}`;
export const auditEntityTypeKey = (type: AuditEntityType): MessageKey => `auditEntity.${type}`;

const suffixesOf = (prefix: string) =>
  Object.keys(fr)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));

/** Every action and kind of record, in the order of the server's lists. */
export const auditActions = suffixesOf("auditAction.") as AuditAction[];
export const auditEntityTypes = suffixesOf("auditEntity.") as AuditEntityType[];

/** Whether a code the server sent is one this build has words for. */
export const isAuditAction = (code: string): code is AuditAction => (auditActions as string[]).includes(code);
export const isAuditEntityType = (code: string): code is AuditEntityType =>
  (auditEntityTypes as string[]).includes(code);

/** A field's catalogue key, or null for a field without a label (shown by its name). */
export const auditFieldKey = (field: string) => messageKeyOf(`auditField.${field}`);
