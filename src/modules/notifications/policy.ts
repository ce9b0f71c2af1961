import type { Access } from "../../server/access.ts";

/**
 * The outbox holds personal data of every kind of recipient (convocations, decisions): only the
 * national committee (admin) reads it.
 */
export const notificationsAccess = {
  read: ["admin"],
} as const satisfies Record<string, Access>;
