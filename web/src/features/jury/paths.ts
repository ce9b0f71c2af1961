/** Addresses of the jury pages in the web app, and of the files the API serves. */

export const jurySessionsPagePath = "/jury-sessions";
export const newJurySessionPagePath = "/jury-sessions/new";
export const jurySessionPagePath = (id: number) => `/jury-sessions/${id}`;
export const deliberationPagePath = (sessionId: number, pathwayId: number) =>
  `/jury-sessions/${sessionId}/deliberations/${pathwayId}`;
/** The procès-verbal of a closed session (a PDF download, not a page of the app). */
export const minutesPath = (sessionId: number) => `/api/jury-sessions/${sessionId}/minutes.pdf`;
/** The extract of the minutes that concerns one pathway's candidate (a PDF download). */
export const juryExtractPath = (pathwayId: number) => `/api/pathways/${pathwayId}/jury-extract.pdf`;
