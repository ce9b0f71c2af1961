/** Addresses of the pathway pages in the web app. */

export const pathwaysPagePath = "/pathways";
export const registerPathwayPagePath = "/pathways/new";
export const pathwayPagePath = (id: number) => `/pathways/${id}`;
export const assessmentPagePath = (id: number) => `/assessments/${id}`;
export const accreditationsPagePath = "/accreditations";
