/** Addresses of the candidate pages in the web app. */

/** The correction of a candidate's record; `pathwayId`: the pathway page it was opened from, and returns to. */
export const candidateEditPagePath = (id: number, pathwayId?: number) =>
  `/candidates/${id}/edit${pathwayId === undefined ? "" : `?pathway=${pathwayId}`}`;
