/**
 * An iCalendar (RFC 5545) all-day event, attached to convocations so that members can add the
 * session to their calendar. The UID is stable per session: a changed session updates the same event.
 */
export function calendarInvitation(event: {
  uid: string;
  day: string;
  summary: string;
  location: string;
  description: string;
  stampedAt: string;
  sequence: number;
}): string {
  const day = event.day.replaceAll("-", "");
  const next = new Date(`${event.day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const stamp = `${event.stampedAt.replace(/[-:]/g, "").slice(0, 15)}Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//CQPI//Plateforme CQPI//FR",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${day}`,
    `DTEND;VALUE=DATE:${next.toISOString().slice(0, 10).replaceAll("-", "")}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.flatMap(fold).join("\r\n")}\r\n`;
}

function escapeText(text: string) {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
function fold(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 74;
    while (Buffer.byteLength(rest.slice(0, cut)) > 74) cut--;
    out.push(out.length ? ` ${rest.slice(0, cut)}` : rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(out.length ? ` ${rest}` : rest);
  return out;
}
