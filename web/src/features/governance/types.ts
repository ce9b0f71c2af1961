/**
 * Bodies, decisions registers, document libraries and charter adhesions as the API sends them
 * (`/api/bodies…`, `/api/documents`, `/api/branches/{code}/adhesion-requests`): from the server's schemas.
 */
import type { z } from "zod";
import type {
  AdhesionView,
  adhesionHistory,
  BodyView,
  bodyDetail,
  DecisionView,
  DocumentView,
  MemberView,
} from "../../../../src/modules/governance/schemas.ts";

export type { AdhesionView, BodyView, DecisionView, DocumentView, MemberView };
export type BodyDetail = z.infer<typeof bodyDetail>;
export type AdhesionHistory = z.infer<typeof adhesionHistory>;
export type BodyKind = BodyView["kind"];
export type DecisionKind = DecisionView["kind"];
export type College = MemberView["college"];
export type DocumentKind = DocumentView["kind"];
export type DecisionDocument = DecisionView["documents"][number];
