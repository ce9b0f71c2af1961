/** What `npm run bench` measures: each endpoint on the platform and on the two baselines. */
export const BENCH_OFFICER = "branch.uimm@demo.example";
export const BENCH_BRANCH = "UIMM";

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
];
