/**
 * Correspondences and external certifications as the API sends and takes them (`/api/correspondences`,
 * `/api/external-certifications`), from the server's schemas.
 */
import type { z } from "zod";
import type {
  CorrespondenceView,
  createExternalCertificationInput,
  ExternalCertificationView,
  RecordCorrespondenceInput,
} from "../../../../src/modules/correspondences/schemas.ts";

export type Correspondence = CorrespondenceView;
export type CorrespondenceEnd = Correspondence["from"];
export type CorrespondenceKind = Correspondence["kind"];
export type { RecordCorrespondenceInput };
export type ExternalCertification = ExternalCertificationView;
/** What the form sends: every field given, the optional ones as null. */
export type ExternalCertificationInput = z.input<typeof createExternalCertificationInput>;

/** The kinds in the order the form offers them: the server's rules, pure and shared. */
export { correspondenceKinds } from "../../../../src/modules/correspondences/rules.ts";
