import { buildPathway, buildUser } from "../../test/factories.ts";
import { describeRoutePolicies } from "../../test/route-policy.ts";
import { platform } from "../accounts/caller.ts";
import { createJurySession } from "./create-jury-session.ts";
import { setJuryMembers } from "./set-jury-members.ts";

describeRoutePolicies("jury", {
  setup: async ({ t, branch, users }) => {
    const branchCode = branch.code;
    const input = { branchCode, sittingOn: "2026-06-15", place: "Paris" };
    const sessionId = await createJurySession(t.ctx, { caller: platform, input });
    const vice = await buildUser(t.ctx, { role: "jury_member" });
    const members = [
      {
        userId: users.get("jury_member")!.id,
        college: "employer" as const,
        organisation: "UIMM",
        seat: "president" as const,
      },
      {
        userId: vice.id,
        college: "employee" as const,
        organisation: "CFDT",
        seat: "vice_president" as const,
      },
    ];
    await setJuryMembers(t.ctx, { caller: platform, sessionId, input: { members } });
    const pathwayId = (await buildPathway(t.ctx, { branchCode, status: "ready_for_jury" })).id;
    return { sessionId, branchCode, members, pathwayId, juryMemberId: users.get("jury_member")!.id };
  },
  cases: [
    {
      method: "POST",
      path: "/api/jury-sessions",
      url: () => "/api/jury-sessions",
      payload: (f) => ({
        branchCode: f.branchCode,
        sittingOn: "2026-07-01",
        videoLink: "https://visio.example/jury",
      }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/jury-sessions",
      url: () => "/api/jury-sessions",
      allowed: ["admin", "branch_officer", "jury_member"],
    },
    {
      method: "GET",
      path: "/api/jury-sessions/{id}",
      url: (f) => `/api/jury-sessions/${f.sessionId}`,
      allowed: ["admin", "branch_officer", "jury_member"],
    },
    {
      method: "PATCH",
      path: "/api/jury-sessions/{id}",
      url: (f) => `/api/jury-sessions/${f.sessionId}`,
      payload: () => ({ place: "Lyon" }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "PUT",
      path: "/api/jury-sessions/{id}/members",
      url: (f) => `/api/jury-sessions/${f.sessionId}/members`,
      payload: (f) => ({ members: f.members }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "POST",
      path: "/api/jury-sessions/{id}/agenda",
      url: (f) => `/api/jury-sessions/${f.sessionId}/agenda`,
      payload: (f) => ({ pathwayIds: [f.pathwayId] }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "PUT",
      path: "/api/jury-sessions/{id}/attendance",
      url: (f) => `/api/jury-sessions/${f.sessionId}/attendance`,
      payload: (f) => ({ attendance: f.members.map((m) => ({ userId: m.userId, presence: "present" })) }),
      allowed: ["admin", "branch_officer", "jury_member"],
    },
    {
      method: "POST",
      path: "/api/jury-sessions/{id}/deliberations/{pathwayId}/votes",
      url: (f) => `/api/jury-sessions/${f.sessionId}/deliberations/${f.pathwayId}/votes`,
      payload: () => ({ decision: "award" }),
      allowed: ["jury_member"],
    },
    {
      method: "POST",
      path: "/api/jury-sessions/{id}/deliberations/{pathwayId}/close",
      url: (f) => `/api/jury-sessions/${f.sessionId}/deliberations/${f.pathwayId}/close`,
      allowed: ["admin", "branch_officer", "jury_member"],
    },
    {
      method: "POST",
      path: "/api/jury-sessions/{id}/close",
      url: () => "/api/jury-sessions/999999/close",
      allowed: ["admin", "branch_officer", "jury_member"],
    },
    {
      method: "GET",
      path: "/api/jury-sessions/{id}/minutes.pdf",
      url: (f) => `/api/jury-sessions/${f.sessionId}/minutes.pdf`,
      allowed: ["admin", "branch_officer", "jury_member"],
    },
    {
      method: "POST",
      path: "/api/jury-sessions/{id}/cancel",
      url: () => "/api/jury-sessions/999999/cancel",
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/jury-rules/{branchCode}",
      url: (f) => `/api/jury-rules/${f.branchCode}`,
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "PUT",
      path: "/api/jury-rules/{branchCode}",
      url: (f) => `/api/jury-rules/${f.branchCode}`,
      payload: () => ({
        evenYearPresidingCollege: "employer",
        requiresParity: false,
        majorityBase: "present",
        noMajorityOutcome: "deferral",
        appealDelayMonths: 2,
      }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "POST",
      path: "/api/pathways/{id}/appeals",
      url: (f) => `/api/pathways/${f.pathwayId}/appeals`,
      payload: () => ({ grounds: "Recours" }),
      allowed: ["candidate"],
    },
    {
      method: "POST",
      path: "/api/appeals/{id}/answer",
      url: () => "/api/appeals/999999/answer",
      payload: () => ({ outcome: "dismissed", answer: "Rejeté" }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "POST",
      path: "/api/jury-decisions/{id}/corrections",
      url: () => "/api/jury-decisions/999999/corrections",
      payload: () => ({ decision: "refusal", motivation: "Erreur matérielle" }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/pathways/{id}/jury-extract.pdf",
      url: (f) => `/api/pathways/${f.pathwayId}/jury-extract.pdf`,
      allowed: ["admin", "branch_officer", "employer", "candidate"],
    },
    {
      method: "GET",
      path: "/api/jury-members",
      url: () => "/api/jury-members",
      allowed: ["admin", "branch_officer"],
    },
  ],
});
