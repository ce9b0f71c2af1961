/** Addresses of the referential pages in the web app. */

const segment = encodeURIComponent;

export const qualificationPagePath = (code: string) => `/qualifications/${segment(code)}`;

export const versionPagePath = (code: string, version: number) =>
  `${qualificationPagePath(code)}/versions/${version}`;

export const versionEditPath = (code: string, version: number) => `${versionPagePath(code, version)}/edit`;

export const branchReferentialPagePath = (branchCode: string, code: string) =>
  `/branches/${segment(branchCode)}/qualifications/${segment(code)}/referential`;

/** The differences between two versions, always from the earlier to the later. */
export const diffPagePath = (code: string, a: number, b: number) =>
  `${versionPagePath(code, Math.max(a, b))}/diff?from=${Math.min(a, b)}`;
