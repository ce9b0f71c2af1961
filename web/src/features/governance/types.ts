/**
 * Bodies, decisions registers, document libraries and charter adhesions as the API sends them
 * (`/api/bodies…`, `/api/documents`, `/api/branches/{code}/adhesion-requests`): from the server's schemas.
 */
import type { z } from "zod";
import type {
  AdhesionView,
  addMemberInput,
  adhesionHistory,
  BodyView,
  bodyDetail,
  DecisionView,
  DocumentView,
  MemberView,
  recordDecisionInput,
  recordOpinionInput,
  requestAdhesionInput,
} from "../../../../src/modules/governance/schemas.ts";

export type { AdhesionView, BodyView, DecisionView, DocumentView, MemberView };
/** What the secretariats send: the API's request bodies, defaults left out. */
export type AddMemberInput = z.input<typeof addMemberInput>;
export type RecordDecisionInput = z.input<typeof recordDecisionInput>;
export type RequestAdhesionInput = z.input<typeof requestAdhesionInput>;
export type RecordOpinionInput = z.input<typeof recordOpinionInput>;
export type DecisionVotes = RecordDecisionInput["votes"];
export type BodyDetail = z.infer<typeof bodyDetail>;
export type AdhesionHistory = z.infer<typeof adhesionHistory>;
export type BodyKind = BodyView["kind"];
export type DecisionKind = DecisionView["kind"];
export type College = MemberView["college"];
export type DocumentKind = DocumentView["kind"];
export type Opinion = RecordOpinionInput["employer"];
export type DecisionDocument = DecisionView["documents"][number];
