/** What `npm run bench` measures: each endpoint on the platform and on the two baselines. */
export const BENCH_OFFICER = "branch.uimm@demo.example";
export const BENCH_BRANCH = "UIMM";
/** The published referential whose PDF is measured (the demo's first version of the CEI). */
export const BENCH_PDF = { code: "CEI", version: 1 };

export interface Scenario {
  path: string;
  title: string;
  /** Sent with the demo branch officer's API token (the baselines ignore it). */
  isAuthenticated: boolean;
}

export const scenarios: Scenario[] = [
  {
    path: "/api/qualifications",
    title: "GET /api/qualifications (public CQPI list)",
    isAuthenticated: false,
  },
  {
    path: "/api/pathways",
    title: "GET /api/pathways (branch officer's list: page, total, counts per status)",
    isAuthenticated: true,
  },
  {
    // Signed in, as anonymous downloads are rate limited. The raw-SQL baseline renders the PDF on each
    // request, as the platform did before exports were kept; the bare one sends a PDF rendered once.
    path: `/api/qualifications/${BENCH_PDF.code}/versions/${BENCH_PDF.version}/referential.pdf`,
    title: "GET …/referential.pdf (published version's PDF: kept once generated; baseline renders each time)",
    isAuthenticated: true,
  },
];
