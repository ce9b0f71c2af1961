import type { Access } from "../../server/access.ts";

/**
 * Who may do what with correspondences:
 * - anyone reads the correspondences and the external certifications (public acts, no personal data);
 * - the national committee's secretariat (admin) enters external certifications and records the
 *   correspondences its bodies recognised.
 */
export const correspondencesAccess = {
  read: "public",
  record: ["admin"],
} as const satisfies Record<string, Access>;
