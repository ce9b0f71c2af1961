import { PDFDocument } from "pdf-lib";
import { formatDate } from "../../documents/french-format.ts";
import { TextFlow } from "../../documents/pdf-text-flow.ts";
import type { JuryDecisionKind, JuryDecisionView, JurySessionDetail } from "./schemas.ts";

const decisionLabels: Record<JuryDecisionKind, string> = {
  award: "Attribution du CQPI",
  partial_award: "Attribution partielle",
  refusal: "Refus d'attribution",
  deferral: "Ajournement",
};
const presenceLabels = { present: "présent(e)", represented: "représenté(e)", absent: "absent(e)" } as const;
const collegeLabels = { employer: "Collège employeurs", employee: "Collège salariés" } as const;
const seatLabels = {
  president: "Président(e)",
  vice_president: "Vice-président(e)",
  member: "Membre",
} as const;
const longDate = (day: string) => formatDate(`${day}T12:00:00Z`);
const decisionLine = (decision: JuryDecisionView) =>
  `Décision : ${decisionLabels[decision.decision]}${
    decision.blockCodes.length ? ` — blocs acquis : ${decision.blockCodes.join(", ")}` : ""
  }`;

/** An extract for one candidate: the session's agenda holds only them; the decision in force follows. */
export interface MinutesExtract {
  inForce: JuryDecisionView;
}

/**
 * The procès-verbal of a closed session, in French: the session, the members and their attendance,
 * each candidate's decision with the votes per college and the motivation, and the signature blocks
 * of the president and the vice-president. Deterministic for a closed session (dated by its closing).
 * As an extract, the caller hands a session whose agenda is one candidate's, and the decision in
 * force on their pathway (a later correction or upheld appeal is written after the deliberation's).
 */
export async function renderMinutesPdf(
  session: JurySessionDetail,
  extract?: MinutesExtract,
): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const title = `${extract ? "Extrait du procès-verbal" : "Procès-verbal"} du jury paritaire — CPNE ${session.branchName}`;
  document.setTitle(title, { showInWindowTitleBar: true });
  document.setLanguage("fr-FR");
  document.setCreator("Plateforme CQPI");
  document.setProducer("pdf-lib");
  if (session.closedAt) document.setCreationDate(new Date(session.closedAt));
  const flow = await TextFlow.create(document);
  const nameOf = (userId: number | null) =>
    session.members.find((m) => m.userId === userId)?.displayName ?? "—";

  flow.write(extract ? "Extrait du procès-verbal de délibération" : "Procès-verbal de délibération", {
    size: 18,
    bold: true,
  });
  flow.write(`Jury paritaire de la CPNE ${session.branchName} (${session.branchCode})`, {
    size: 12,
    spaceBefore: 4,
  });
  flow.write(`Séance du ${longDate(session.sittingOn)}`, { size: 11, spaceBefore: 8 });
  flow.write(
    `Lieu : ${[session.place, session.videoLink && `visioconférence ${session.videoLink}`].filter(Boolean).join(" — ")}`,
  );
  flow.write(
    `Présidence de l'année : ${collegeLabels[session.presidingCollege].toLowerCase()}. Majorité absolue des membres ${
      session.rules.majorityBase === "present" ? "présents" : "présents ou représentés"
    } ; à défaut de majorité : ${session.rules.noMajorityOutcome === "deferral" ? "ajournement" : "refus"}.`,
  );

  flow.write("Composition et présence", { size: 13, bold: true, spaceBefore: 14, keepWithNext: 2 });
  for (const college of ["employer", "employee"] as const) {
    flow.write(collegeLabels[college], { bold: true, spaceBefore: 6, keepWithNext: 1 });
    for (const m of session.members.filter((x) => x.college === college)) {
      const proxy = m.presence === "represented" ? `, pouvoir donné à ${nameOf(m.proxyUserId)}` : "";
      flow.write(
        `${m.displayName} (${m.organisation}) — ${seatLabels[m.seat]}, ${presenceLabels[m.presence ?? "absent"]}${proxy}`,
        {
          marker: "•",
        },
      );
    }
  }

  flow.write(extract ? "Décision concernant le candidat" : "Décisions", {
    size: 13,
    bold: true,
    spaceBefore: 14,
    keepWithNext: 2,
  });
  for (const item of session.agenda) {
    flow.write(`${item.candidate.displayName} — CQPI ${item.qualificationCode} ${item.qualificationTitle}`, {
      bold: true,
      spaceBefore: 8,
      keepWithNext: 3,
    });
    writeCarriedOver(flow, item.evidence.gapAnalysis.carriedOver);
    const decision = item.decision;
    if (!decision) {
      flow.write("Pas de décision.", { indent: 12 });
      continue;
    }
    flow.write(decisionLine(decision), { indent: 12 });
    for (const college of ["employer", "employee"] as const) {
      const counts = item.tally[college];
      flow.write(
        `${collegeLabels[college]} : attribution ${counts.award}, attribution partielle ${counts.partial_award}, refus ${counts.refusal}, ajournement ${counts.deferral}`,
        { indent: 12, muted: true },
      );
    }
    if (decision.isByDefaultRule)
      flow.write("Aucune majorité absolue : décision selon la règle de la branche.", { indent: 12 });
    if (decision.motivation) flow.write(`Motivation : ${decision.motivation}`, { indent: 12 });
  }
  if (extract && extract.inForce.id !== session.agenda[0]?.decision?.id)
    writeDecisionInForce(flow, extract.inForce);

  flow.write(`Séance close le ${session.closedAt ? formatDate(session.closedAt) : "—"}.`, {
    spaceBefore: 16,
  });
  const president = session.members.find((m) => m.seat === "president");
  const vice = session.members.find((m) => m.seat === "vice_president");
  flow.write("Signatures", { size: 13, bold: true, spaceBefore: 14, keepWithNext: 6 });
  for (const [label, member] of [
    ["Le/la président(e)", president],
    ["Le/la vice-président(e)", vice],
  ] as const) {
    flow.write(`${label} : ${member?.displayName ?? "—"} (${member ? collegeLabels[member.college] : ""})`, {
      spaceBefore: 10,
    });
    flow.write("Signature :", { spaceBefore: 4 });
    flow.write(" ", { spaceBefore: 24 });
  }
  flow.addFooters(title);
  return document.save();
}

type CarriedCapacity = JurySessionDetail["agenda"][number]["evidence"]["gapAnalysis"]["carriedOver"][number];

const carriedWording = (c: CarriedCapacity) =>
  c.via.kind === "direct"
    ? c.capacityCode
    : `${c.capacityCode} (par correspondance ${c.via.chain.map((e) => `${e.qualificationCode} ${e.itemCode}`).join(" → ")})`;

/** What the candidate carried over from a certificate, per certificate, as the jury had it in its evidence. */
function writeCarriedOver(flow: TextFlow, carried: readonly CarriedCapacity[]) {
  const counted = carried.filter((c) => c.counts);
  for (const number of new Set(counted.map((c) => c.certificate.number))) {
    const from = counted.filter((c) => c.certificate.number === number);
    const { qualificationCode, branchCode, awardedOn } = from[0]!.certificate;
    flow.write(
      `Acquis reportés du certificat n° ${number} (CQPI ${qualificationCode}, branche ${branchCode}, attribué le ${longDate(awardedOn)}) : ${from.map(carriedWording).join(", ")}`,
      { indent: 12 },
    );
  }
}

/** The decision that replaced the deliberation's: corrected by the secretariat, or after an appeal. */
function writeDecisionInForce(flow: TextFlow, decision: JuryDecisionView) {
  const how = decision.appealId ? "après appel" : "par correction";
  flow.write(`Décision en vigueur, prise ${how} le ${longDate(decision.decidedOn)}`, {
    bold: true,
    spaceBefore: 8,
    keepWithNext: 2,
  });
  flow.write(decisionLine(decision), { indent: 12 });
  if (decision.motivation) flow.write(`Motivation : ${decision.motivation}`, { indent: 12 });
}
