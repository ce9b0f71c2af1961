/** What `npm run bench` measures: each endpoint on the platform and on the two baselines. */
export const BENCH_OFFICER = "branch.uimm@demo.example";
export const BENCH_BRANCH = "UIMM";
/** The published referential whose PDF is measured (the demo's first version of the CEI). */
export const BENCH_PDF = { code: "CEI", version: 1 };

/** A certificate of the demo data, read from the seeded file: what a verifier types or pastes. */
export interface BenchCertificate {
  number: string;
  familyName: string;
  credentialJson: string;
}

export interface Scenario {
  title: string;
  path: (certificate: BenchCertificate) => string;
  /** Sent as JSON with POST (the verification of a pasted credential). */
  body?: (certificate: BenchCertificate) => string;
  /** Sent with the demo branch officer's API token (the baselines ignore it). */
  isAuthenticated: boolean;
  /** What the two baselines do for this endpoint, as printed. */
  baselines: { work: string; fixed: string };
}

const rawSql = { work: "bare Fastify + raw SQL", fixed: "bare Fastify, fixed body" };

export const scenarios: Scenario[] = [
  {
    path: () => "/api/qualifications",
    title: "GET /api/qualifications (public CQPI list)",
    isAuthenticated: false,
    baselines: rawSql,
  },
  {
    path: () => "/api/pathways",
    title: "GET /api/pathways (branch officer's list: page, total, counts per status)",
    isAuthenticated: true,
    baselines: rawSql,
  },
  {
    // Signed in, as anonymous downloads are rate limited. The raw-SQL baseline renders the PDF on each
    // request, as the platform did before exports were kept; the bare one sends a PDF rendered once.
    path: () => `/api/qualifications/${BENCH_PDF.code}/versions/${BENCH_PDF.version}/referential.pdf`,
    title: "GET …/referential.pdf (published version's PDF: kept once generated; baseline renders each time)",
    isAuthenticated: true,
    baselines: { work: "bare Fastify, PDF rendered", fixed: "bare Fastify, PDF rendered once" },
  },
  {
    path: (c) =>
      `/api/certificates/${encodeURIComponent(c.number)}?familyName=${encodeURIComponent(c.familyName)}`,
    title: "GET /api/certificates/{number}?familyName=… (public verification by number and name)",
    isAuthenticated: false,
    baselines: rawSql,
  },
  {
    path: () => "/api/verify",
    body: (c) => JSON.stringify({ credential: JSON.parse(c.credentialJson) }),
    title: "POST /api/verify (a pasted credential: proof, issuer key, status list, offline)",
    isAuthenticated: false,
    baselines: { work: "bare Fastify + the same verification", fixed: "bare Fastify, fixed verdict" },
  },
];
