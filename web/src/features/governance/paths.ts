/** Addresses of the governance pages and files. */

export const bodiesPagePath = "/bodies";
export const bodyPagePath = (id: number) => `${bodiesPagePath}/${id}`;
export const correspondencesPagePath = "/correspondences";

/** A document version's file, as attached to a decision or kept in a library. */
export const documentFilePath = (documentId: number, version: number) =>
  `/api/documents/${documentId}/versions/${version}/file`;
