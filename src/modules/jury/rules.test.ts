import { describe, expect, it } from "vitest";
import {
  type AttendingMember,
  appealDeadline,
  type BallotVote,
  checkAppeal,
  checkAttendance,
  checkBallot,
  checkComposition,
  checkQuorum,
  decideDeliberation,
  defaultJuryRules,
  majorityNeeds,
  presidingCollege,
  type SeatedMember,
} from "./rules.ts";

const withProxies = { ...defaultJuryRules, majorityBase: "present_or_represented" as const };
const withParity = { ...defaultJuryRules, requiresParity: true };

describe("presiding college", () => {
  it.each([
    { even: "employer", on: "2026-03-01", college: "employer" },
    { even: "employer", on: "2027-03-01", college: "employee" },
    { even: "employee", on: "2026-12-31", college: "employee" },
    { even: "employee", on: "2025-01-01", college: "employer" },
  ] as const)("$on with $even presiding even years → $college", ({ even, on, college }) => {
    expect(presidingCollege({ ...defaultJuryRules, evenYearPresidingCollege: even }, on)).toBe(college);
  });
});

describe("composition", () => {
  const p = (userId: number, college: SeatedMember["college"], seat: SeatedMember["seat"]): SeatedMember => ({
    userId,
    college,
    seat,
  });
  it.each([
    {
      name: "president employer, vice employee",
      members: [p(1, "employer", "president"), p(2, "employee", "vice_president")],
      refusal: null,
    },
    {
      name: "with plain members",
      members: [
        p(1, "employer", "president"),
        p(2, "employee", "vice_president"),
        p(3, "employee", "member"),
      ],
      refusal: null,
    },
    {
      name: "no president",
      members: [p(1, "employer", "member"), p(2, "employee", "vice_president")],
      refusal: "PRESIDENT_MISSING",
    },
    {
      name: "no vice-president",
      members: [p(1, "employer", "president"), p(2, "employee", "member")],
      refusal: "VICE_PRESIDENT_MISSING",
    },
    {
      name: "two presidents",
      members: [
        p(1, "employer", "president"),
        p(3, "employer", "president"),
        p(2, "employee", "vice_president"),
      ],
      refusal: "SEAT_TAKEN_TWICE",
    },
    {
      name: "same college",
      members: [p(1, "employer", "president"), p(2, "employer", "vice_president")],
      refusal: "PRESIDENT_AND_VICE_SAME_COLLEGE",
    },
    {
      name: "president of the other college",
      members: [p(1, "employee", "president"), p(2, "employer", "vice_president")],
      refusal: "PRESIDENT_NOT_OF_PRESIDING_COLLEGE",
    },
    {
      name: "a member twice",
      members: [p(1, "employer", "president"), p(1, "employee", "vice_president")],
      refusal: "MEMBER_LISTED_TWICE",
    },
  ])("$name → $refusal", ({ members, refusal }) => {
    expect(checkComposition(members, "employer")).toBe(refusal);
  });
});

const m = (
  userId: number,
  college: AttendingMember["college"],
  presence: AttendingMember["presence"],
  proxyUserId: number | null = null,
): AttendingMember => ({ userId, college, presence, proxyUserId });

describe("attendance and proxies", () => {
  it.each([
    {
      name: "all present",
      members: [m(1, "employer", "present"), m(2, "employee", "present")],
      refusal: null,
    },
    {
      name: "represented by a present member of the college",
      members: [m(1, "employer", "present"), m(3, "employer", "represented", 1)],
      refusal: null,
    },
    {
      name: "represented without proxy",
      members: [m(1, "employer", "present"), m(3, "employer", "represented")],
      refusal: { refusal: "PROXY_REQUIRED", userId: 3 },
    },
    {
      name: "proxy to an absent member",
      members: [m(1, "employer", "absent"), m(3, "employer", "represented", 1)],
      refusal: { refusal: "PROXY_HOLDER_NOT_PRESENT", userId: 3 },
    },
    {
      name: "proxy to a non-member",
      members: [m(1, "employer", "present"), m(3, "employer", "represented", 9)],
      refusal: { refusal: "PROXY_HOLDER_NOT_PRESENT", userId: 3 },
    },
    {
      name: "proxy to oneself",
      members: [m(3, "employer", "represented", 3)],
      refusal: { refusal: "PROXY_HOLDER_NOT_PRESENT", userId: 3 },
    },
    {
      name: "proxy across colleges",
      members: [m(1, "employee", "present"), m(3, "employer", "represented", 1)],
      refusal: { refusal: "PROXY_OTHER_COLLEGE", userId: 3 },
    },
    {
      name: "a second proxy for one holder",
      members: [
        m(1, "employer", "present"),
        m(3, "employer", "represented", 1),
        m(4, "employer", "represented", 1),
      ],
      refusal: { refusal: "PROXY_HOLDER_HAS_TWO", userId: 4 },
    },
    {
      name: "a proxy for a present member",
      members: [m(1, "employer", "present"), m(3, "employer", "present", 1)],
      refusal: { refusal: "PROXY_ONLY_WHEN_REPRESENTED", userId: 3 },
    },
  ])("$name", ({ members, refusal }) => {
    expect(checkAttendance(members)).toEqual(refusal);
  });
});

describe("quorum", () => {
  it.each([
    {
      name: "nothing recorded",
      rules: defaultJuryRules,
      members: [m(1, "employer", null), m(2, "employee", null)],
      missing: ["ATTENDANCE_NOT_RECORDED"],
    },
    {
      name: "one of each present",
      rules: defaultJuryRules,
      members: [m(1, "employer", "present"), m(2, "employee", "present"), m(3, "employee", "absent")],
      missing: [],
    },
    {
      name: "no employer present",
      rules: defaultJuryRules,
      members: [m(1, "employer", "absent"), m(2, "employee", "present")],
      missing: ["NO_EMPLOYER_PRESENT"],
    },
    {
      name: "employer only represented",
      rules: withProxies,
      members: [m(1, "employer", "represented", 2), m(2, "employee", "present")],
      missing: ["NO_EMPLOYER_PRESENT"],
    },
    {
      name: "nobody present",
      rules: defaultJuryRules,
      members: [m(1, "employer", "absent"), m(2, "employee", "absent")],
      missing: ["NO_EMPLOYER_PRESENT", "NO_EMPLOYEE_PRESENT"],
    },
    {
      name: "parity not met",
      rules: withParity,
      members: [m(1, "employer", "present"), m(2, "employee", "present"), m(3, "employee", "present")],
      missing: ["PARITY_NOT_MET"],
    },
    {
      name: "parity met, absent ones aside",
      rules: withParity,
      members: [m(1, "employer", "present"), m(2, "employee", "present"), m(3, "employee", "absent")],
      missing: [],
    },
    {
      name: "parity with a proxy counted",
      rules: { ...withParity, majorityBase: "present_or_represented" as const },
      members: [
        m(1, "employer", "present"),
        m(4, "employer", "represented", 1),
        m(2, "employee", "present"),
        m(3, "employee", "present"),
      ],
      missing: [],
    },
    {
      name: "parity with a proxy not counted",
      rules: withParity,
      members: [
        m(1, "employer", "present"),
        m(4, "employer", "represented", 1),
        m(2, "employee", "present"),
        m(3, "employee", "present"),
      ],
      missing: ["PARITY_NOT_MET"],
    },
  ])("$name → $missing", ({ rules, members, missing }) => {
    expect(checkQuorum(members, rules)).toEqual({ hasQuorum: missing.length === 0, missing });
  });
});

const v = (decision: BallotVote["decision"], blockCodes: string[] = []): BallotVote => ({
  decision,
  blockCodes,
  motivation: decision === "award" ? null : "motif",
});

describe("ballot", () => {
  const blocks = ["B1", "B2", "B3"];
  it.each([
    { vote: v("award"), refusal: null },
    { vote: { ...v("refusal"), motivation: null }, refusal: "MOTIVATION_REQUIRED" },
    { vote: { ...v("deferral"), motivation: null }, refusal: "MOTIVATION_REQUIRED" },
    { vote: v("partial_award", ["B1"]), refusal: null },
    { vote: v("partial_award"), refusal: "BLOCKS_REQUIRED" },
    { vote: v("partial_award", ["B9"]), refusal: "BLOCK_UNKNOWN" },
    { vote: v("partial_award", ["B1", "B2", "B3"]), refusal: "BLOCKS_ARE_ALL" },
    { vote: v("refusal", ["B1"]), refusal: "BLOCKS_ONLY_FOR_PARTIAL_AWARD" },
  ])("$vote.decision $vote.blockCodes → $refusal", ({ vote, refusal }) => {
    expect(checkBallot(vote, blocks)).toBe(refusal);
  });
});

describe("majority", () => {
  it.each([
    { base: 1, needs: 1 },
    { base: 2, needs: 2 },
    { base: 3, needs: 2 },
    { base: 4, needs: 3 },
    { base: 5, needs: 3 },
  ])("base $base needs $needs", ({ base, needs }) => expect(majorityNeeds(base)).toBe(needs));

  const refusing = { ...defaultJuryRules, noMajorityOutcome: "refusal" as const };
  it.each([
    {
      name: "unanimous award",
      votes: [v("award"), v("award"), v("award")],
      base: 3,
      rules: defaultJuryRules,
      outcome: { decision: "award", blockCodes: [], isByDefaultRule: false },
    },
    {
      name: "majority reached before the last vote",
      votes: [v("refusal"), v("refusal")],
      base: 3,
      rules: defaultJuryRules,
      outcome: { decision: "refusal", blockCodes: [], isByDefaultRule: false },
    },
    {
      name: "votes missing, no majority yet",
      votes: [v("award"), v("refusal")],
      base: 3,
      rules: defaultJuryRules,
      outcome: { pending: "VOTES_MISSING" },
    },
    {
      name: "tie → deferral by default",
      votes: [v("award"), v("award"), v("refusal"), v("refusal")],
      base: 4,
      rules: defaultJuryRules,
      outcome: { decision: "deferral", blockCodes: [], isByDefaultRule: true },
    },
    {
      name: "tie → the branch's refusal rule",
      votes: [v("award"), v("refusal")],
      base: 2,
      rules: refusing,
      outcome: { decision: "refusal", blockCodes: [], isByDefaultRule: true },
    },
    {
      name: "relative majority only",
      votes: [v("award"), v("award"), v("refusal"), v("deferral"), v("partial_award", ["B1"])],
      base: 5,
      rules: defaultJuryRules,
      outcome: { decision: "deferral", blockCodes: [], isByDefaultRule: true },
    },
    {
      name: "abstention by absence of vote counts against (base of present)",
      votes: [v("award"), v("award")],
      base: 5,
      rules: defaultJuryRules,
      outcome: { pending: "VOTES_MISSING" },
    },
    {
      name: "partial award with the blocs of the majority",
      votes: [
        v("partial_award", ["B1", "B2"]),
        v("partial_award", ["B2", "B1"]),
        v("partial_award", ["B1", "B2"]),
        v("award"),
      ],
      base: 4,
      rules: defaultJuryRules,
      outcome: { decision: "partial_award", blockCodes: ["B1", "B2"], isByDefaultRule: false },
    },
    {
      name: "partial award keeps only blocs a majority named",
      votes: [v("partial_award", ["B1", "B2"]), v("partial_award", ["B1"]), v("partial_award", ["B1", "B3"])],
      base: 3,
      rules: defaultJuryRules,
      outcome: { decision: "partial_award", blockCodes: ["B1"], isByDefaultRule: false },
    },
    {
      name: "partial award with no bloc in common",
      votes: [v("partial_award", ["B1"]), v("partial_award", ["B2"]), v("partial_award", ["B3"])],
      base: 3,
      rules: defaultJuryRules,
      outcome: { decision: "deferral", blockCodes: [], isByDefaultRule: true },
    },
  ])("$name", ({ votes, base, rules, outcome }) => {
    expect(decideDeliberation(votes, base, rules)).toEqual(outcome);
  });
});

describe("appeal deadline", () => {
  it.each([
    { on: "2026-03-15", months: 2, until: "2026-05-15" },
    { on: "2026-12-31", months: 2, until: "2027-02-28" },
    { on: "2027-12-31", months: 2, until: "2028-02-29" },
    { on: "2026-01-31", months: 1, until: "2026-02-28" },
  ])("$on + $months months → $until", ({ on, months, until }) => {
    expect(appealDeadline(on, months)).toBe(until);
  });
});

describe("checkAppeal", () => {
  const base = {
    decision: "refusal" as const,
    isAppealed: false,
    appealUntil: "2026-05-02",
    today: "2026-03-02",
  };
  it.each([
    [{}, null],
    [{ today: "2026-05-02" }, null],
    [{ today: "2026-05-03" }, "APPEAL_DELAY_PASSED"],
    [{ isAppealed: true }, "APPEAL_ALREADY_LODGED"],
    [{ decision: "deferral" as const, appealUntil: null }, "NOTHING_TO_APPEAL"],
    [{ decision: null, appealUntil: null }, "JURY_DECISION_NOT_FOUND"],
    [{ decision: "award" as const }, null],
  ])("%o → %s", (change, refusal) => {
    expect(checkAppeal({ ...base, ...change })).toBe(refusal);
  });
});
