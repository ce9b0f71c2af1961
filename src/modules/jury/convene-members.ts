import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { formatDate } from "../../documents/french-format.ts";
import { calendarInvitation } from "../notifications/calendar-invitation.ts";
import { enqueueMessages } from "../notifications/enqueue-messages.ts";
import { listAgendaRows, listMemberRows, type SessionRow } from "./repository.ts";

interface Convocation {
  sessionId: number;
  branchName: string;
  sittingOn: string;
  place: string | null;
  videoLink: string | null;
  candidateCount: number;
  members: { email: string; display_name: string }[];
  publicUrl: string;
  isUpdate: boolean;
}

/**
 * Convenes every member of a session as it now stands in the transaction (members, agenda, date and
 * place), or tells them what changed, with the session as a calendar file; written in the transaction
 * that composed or changed the session, sent after its commit.
 */
export async function conveneMembers(
  trx: Kysely<Database>,
  { session, publicUrl, isUpdate }: { session: SessionRow; publicUrl: string; isUpdate: boolean },
  at: string,
) {
  const [members, agenda] = await Promise.all([
    listMemberRows(trx, session.id),
    listAgendaRows(trx, session.id),
  ]);
  if (members.length === 0) return;
  await enqueueConvocations(
    trx,
    {
      sessionId: session.id,
      branchName: session.branch_name,
      sittingOn: session.sitting_on,
      place: session.place,
      videoLink: session.video_link,
      candidateCount: agenda.length,
      members,
      publicUrl,
      isUpdate,
    },
    at,
  );
}

async function enqueueConvocations(trx: Kysely<Database>, c: Convocation, at: string) {
  const where = [c.place, c.videoLink && `en visioconférence : ${c.videoLink}`].filter(Boolean).join(" — ");
  const day = formatDate(`${c.sittingOn}T12:00:00Z`);
  const subject = `${c.isUpdate ? "Modification — " : ""}Convocation au jury paritaire CPNE ${c.branchName} du ${day}`;
  const ics = calendarInvitation({
    uid: `jury-session-${c.sessionId}@cqpi`,
    day: c.sittingOn,
    summary: `Jury paritaire CQPI — ${c.branchName}`,
    location: where,
    description: `${c.candidateCount} candidat(s) à l'ordre du jour. ${c.publicUrl}/jury-sessions/${c.sessionId}`,
    stampedAt: at,
    sequence: Math.floor(Date.parse(at) / 1000),
  });
  await enqueueMessages(
    trx,
    c.members.map((m) => ({
      kind: "jury.convened",
      recipient: m.email,
      subject,
      text: [
        `Bonjour ${m.display_name},`,
        "",
        `${c.isUpdate ? "La session" : "Vous êtes convoqué(e) à la session"} du jury paritaire de la CPNE ${c.branchName}${c.isUpdate ? " a été modifiée" : ""} :`,
        `- date : ${day}`,
        `- lieu : ${where}`,
        `- candidats à l'ordre du jour : ${c.candidateCount}`,
        "",
        `Les dossiers des candidats sont consultables sur la plateforme : ${c.publicUrl}/jury-sessions/${c.sessionId}`,
        "Une invitation de calendrier est jointe.",
      ].join("\n"),
      attachments: [
        { fileName: "session-jury.ics", contentType: "text/calendar; method=REQUEST", content: ics },
      ],
    })),
    at,
  );
}
