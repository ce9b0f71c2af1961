/** Correspondences as the API sends them (`/api/correspondences`), from the server's schemas. */
import type { CorrespondenceView } from "../../../../src/modules/correspondences/schemas.ts";

export type Correspondence = CorrespondenceView;
export type CorrespondenceEnd = Correspondence["from"];
export type CorrespondenceKind = Correspondence["kind"];
