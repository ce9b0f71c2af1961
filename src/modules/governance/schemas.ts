import { z } from "zod";
import { idParam, textInput } from "../../server/input.ts";
import { catalogueCode } from "../catalogue/schemas.ts";
import { adhesionStatuses, bodyKinds, colleges, decisionKinds, documentKinds } from "./rules.ts";

const isoDate = z.iso.date("must be a date YYYY-MM-DD");
const text = (max: number) =>
  textInput({ isMultiline: max > 200 })
    .trim()
    .max(max);
const code = catalogueCode;

export const branchCodeParams = z.strictObject({ code });

export const memberView = z
  .object({
    id: z.number().int(),
    fullName: z.string(),
    college: z.enum(colleges),
    organisation: z.string(),
    mandateStart: z.string(),
    mandateEnd: z.string().nullable(),
    isSitting: z.boolean().describe("The mandate covers today"),
  })
  .meta({ id: "BodyMember" });
export type MemberView = z.infer<typeof memberView>;

export const bodyView = z
  .object({
    id: z.number().int(),
    code: z.string(),
    kind: z.enum(bodyKinds),
    name: z.string(),
    branchCode: z.string().nullable(),
    decisionCount: z.number().int(),
  })
  .meta({ id: "Body" });
export type BodyView = z.infer<typeof bodyView>;

export const bodyDetail = bodyView.extend({ members: z.array(memberView) }).meta({ id: "BodyDetail" });

export const createBodyInput = z.strictObject({ branchCode: code }).meta({ id: "CreateBody" });
export type CreateBodyInput = z.infer<typeof createBodyInput>;

export const addMemberInput = z
  .strictObject({
    fullName: text(200).min(1),
    college: z.enum(colleges),
    organisation: text(200).min(1),
    mandateStart: isoDate,
    mandateEnd: isoDate.nullable().default(null),
  })
  .meta({ id: "AddBodyMember" });
export type AddMemberInput = z.infer<typeof addMemberInput>;

const collegeVotes = z.strictObject({
  for: z.number().int().min(0).max(1000),
  against: z.number().int().min(0).max(1000),
  abstain: z.number().int().min(0).max(1000),
});
const votes = z.strictObject({ employer: collegeVotes, employee: collegeVotes });

export const recordDecisionInput = z
  .strictObject({
    kind: z.enum(decisionKinds),
    decidedOn: isoDate,
    title: text(300).min(1),
    qualificationCode: code.nullable().default(null),
    version: z.number().int().min(1).nullable().default(null),
    adhesionRequestId: z.number().int().min(1).nullable().default(null),
    votes,
    documentVersionIds: z.array(z.number().int().min(1)).max(20).default([]),
  })
  .meta({ id: "RecordDecision" });
export type RecordDecisionInput = z.infer<typeof recordDecisionInput>;

export const documentVersionView = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: "DocumentVersion" });
export type DocumentVersionView = z.infer<typeof documentVersionView>;

export const decisionView = z
  .object({
    id: z.number().int(),
    bodyId: z.number().int(),
    kind: z.enum(decisionKinds),
    decidedOn: z.string(),
    title: z.string(),
    qualificationCode: z.string().nullable(),
    version: z.number().int().nullable(),
    adhesionRequestId: z.number().int().nullable(),
    branchCode: z.string().nullable().describe("The branch of an adhesion decision"),
    votes,
    outcome: z.enum(["adopted", "rejected"]),
    documents: z.array(documentVersionView.extend({ documentId: z.number().int(), title: z.string() })),
  })
  .meta({ id: "BodyDecision" });
export type DecisionView = z.infer<typeof decisionView>;

export const documentView = z
  .object({
    id: z.number().int(),
    bodyId: z.number().int().nullable(),
    qualificationCode: z.string().nullable(),
    kind: z.enum(documentKinds),
    title: z.string(),
    versions: z.array(documentVersionView),
  })
  .meta({ id: "Document" });
export type DocumentView = z.infer<typeof documentView>;

/** Names one library: a body's or a CQPI's. */
export const documentListQuery = z.strictObject({
  bodyId: idParam.optional(),
  qualificationCode: code.optional(),
});

/** The text fields of a document upload (the file is the form's `file` part). */
export const documentFields = z.strictObject({
  title: text(200).min(1),
  kind: z.enum(documentKinds),
  bodyId: idParam.optional(),
  qualificationCode: code.optional(),
});
export type DocumentFields = z.infer<typeof documentFields>;

export const documentVersionParams = z.strictObject({ id: idParam, version: idParam });

export const requestAdhesionInput = z
  .strictObject({ requestedOn: isoDate, motivation: text(2000).default("") })
  .meta({ id: "RequestAdhesion" });
export type RequestAdhesionInput = z.infer<typeof requestAdhesionInput>;

const opinion = z.enum(["favourable", "unfavourable"]);
export const recordOpinionInput = z
  .strictObject({ givenOn: isoDate, employer: opinion, employee: opinion })
  .meta({ id: "RecordParitaireOpinion" });
export type RecordOpinionInput = z.infer<typeof recordOpinionInput>;

export const adhesionView = z
  .object({
    id: z.number().int(),
    branchCode: z.string(),
    status: z.enum(adhesionStatuses),
    requestedOn: z.string(),
    motivation: z.string(),
    opinion: z.object({ givenOn: z.string(), employer: opinion, employee: opinion }).nullable(),
    decisionId: z.number().int().nullable(),
    decidedOn: z.string().nullable(),
  })
  .meta({ id: "CharterAdhesion" });
export type AdhesionView = z.infer<typeof adhesionView>;

export const adhesionHistory = z
  .object({
    branchCode: z.string(),
    charterAdhesionDate: z.string().nullable().describe("The date the catalogue shows"),
    items: z.array(adhesionView),
  })
  .meta({ id: "CharterAdhesionHistory" });
