import { Readable } from "node:stream";
import type { AppContext } from "../../server/context.ts";
import { platform } from "../accounts/caller.ts";
import { receiveFile } from "../assessments/evidence-store.ts";
import { createExternalCertification } from "../correspondences/create-external-certification.ts";
import { recordCorrespondence } from "../correspondences/record-correspondence.ts";
import { addMember } from "../governance/add-member.ts";
import { readBodies } from "../governance/read-bodies.ts";
import { recordDecision } from "../governance/record-decision.ts";
import { uploadDocument } from "../governance/upload-document.ts";
import { demoBodyMembers } from "./demo-body-members.ts";
import { demoExternalCertification, demoRecognitions } from "./demo-correspondences.ts";
import { on } from "./demo-days.ts";
import { renderDemoDocumentPdf } from "./demo-document-pdf.ts";
import { type DemoDocument, type DemoLibraryEntry, demoLibrary } from "./demo-library.ts";

/** A file name from a title: lower case, no accents, words joined by hyphens. */
const fileNameOf = (title: string) =>
  `${title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}.pdf`;

/**
 * The interbranch world of the demo, through the governance and correspondence use cases: the members
 * of the national bodies and of four CPNEs, the libraries (charter in its two versions, guides,
 * recommendation note), the decisions recognising correspondences with their minutes attached, a
 * branch's own CQP, and the correspondences themselves. Runs after the referentials are published.
 */
export async function seedDemoInterbranch(ctx: AppContext, onStep: (label: string) => void) {
  onStep("instances, bibliothèques et correspondances");
  const bodyIds = new Map((await readBodies(ctx)).map((body) => [body.code, body.id]));
  const bodyId = (code: string) => {
    const id = bodyIds.get(code);
    if (id === undefined) throw new Error(`The demo has no body ${code}`);
    return id;
  };
  for (const [code, members] of Object.entries(demoBodyMembers))
    for (const input of members) await addMember(ctx, { caller: platform, bodyId: bodyId(code), input });

  for (const entry of demoLibrary) await fileDocument(ctx, entry, bodyId);
  await createExternalCertification(ctx, { caller: platform, input: demoExternalCertification });
  for (const recognition of demoRecognitions) {
    const day = on(ctx, recognition.decidedOn);
    const library = { bodyCode: recognition.bodyCode };
    const minutes = { on: recognition.decidedOn, document: recognition.minutes };
    const minutesVersionId = await fileDocument(ctx, { library, versions: [minutes] }, bodyId);
    const decision = await recordDecision(day, {
      caller: platform,
      bodyId: bodyId(recognition.bodyCode),
      input: {
        kind: "recognise_correspondence",
        decidedOn: recognition.decidedOn,
        title: recognition.title,
        qualificationCode: null,
        version: null,
        adhesionRequestId: null,
        votes: recognition.votes,
        documentVersionIds: [minutesVersionId],
      },
    });
    for (const link of recognition.links)
      await recordCorrespondence(day, { caller: platform, input: { ...link, decisionId: decision.id } });
  }
}

/** Files a document and its versions, each on its day, in a body's or a CQPI's library; the last version's id. */
async function fileDocument(ctx: AppContext, entry: DemoLibraryEntry, bodyId: (code: string) => number) {
  const library =
    "bodyCode" in entry.library
      ? { bodyId: bodyId(entry.library.bodyCode) }
      : { qualificationCode: entry.library.qualificationCode };
  let documentId: number | undefined;
  let versionId = 0;
  for (const { on: filedOn, document } of entry.versions) {
    const bytes = await renderDemoDocumentPdf(document, filedOn);
    const view = await uploadDocument(on(ctx, filedOn), {
      caller: platform,
      documentId,
      receive: async (dataDir) => ({
        file: await receiveFile(dataDir, Readable.from([Buffer.from(bytes)]), fileNameOf(document.title)),
        fields: fieldsOf(document, library),
      }),
    });
    documentId = view.id;
    versionId = view.versions[0]!.id;
  }
  return versionId;
}

const fieldsOf = (document: DemoDocument, library: { bodyId: number } | { qualificationCode: string }) => ({
  title: document.title,
  kind: document.kind,
  ...library,
});
