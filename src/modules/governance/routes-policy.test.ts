import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildQualification } from "../../test/factories.ts";
import { describeRoutePolicies } from "../../test/route-policy.ts";
import { platform } from "../accounts/caller.ts";
import { createBody } from "./create-body.ts";
import { requestAdhesion } from "./request-adhesion.ts";

const votes = { employer: { for: 1, against: 0, abstain: 0 }, employee: { for: 1, against: 0, abstain: 0 } };
let n = 0;

describeRoutePolicies("governance", {
  config: { dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "cqpi-governance-policy-")) },
  setup: async (world) => {
    const { ctx } = world.t;
    const body = await createBody(ctx, { caller: platform, input: { branchCode: world.branch.code } });
    await ctx.db
      .updateTable("branches")
      .set({ charter_adhesion_date: null })
      .where("code", "=", world.branch.code)
      .execute();
    const adhesion = await requestAdhesion(ctx, {
      caller: platform,
      branchCode: world.branch.code,
      input: { requestedOn: "2026-01-05", motivation: "" },
    });
    return {
      body: body.id,
      branch: world.branch.code,
      adhesion: adhesion.id,
      q: (await buildQualification(ctx)).code,
    };
  },
  cases: [
    { method: "GET", path: "/api/bodies", url: () => "/api/bodies", allowed: "public" },
    {
      method: "POST",
      path: "/api/bodies",
      url: () => "/api/bodies",
      payload: (f) => ({ branchCode: f.branch }),
      allowed: ["admin"],
    },
    {
      method: "GET",
      path: "/api/bodies/{id}",
      url: (f) => `/api/bodies/${f.body}`,
      allowed: "authenticated",
    },
    {
      method: "POST",
      path: "/api/bodies/{id}/members",
      url: (f) => `/api/bodies/${f.body}/members`,
      payload: () => ({
        fullName: `Membre ${++n}`,
        college: "employer",
        organisation: "UIMM",
        mandateStart: "2026-01-01",
      }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/bodies/{id}/decisions",
      url: (f) => `/api/bodies/${f.body}/decisions`,
      allowed: "authenticated",
    },
    {
      method: "POST",
      path: "/api/bodies/{id}/decisions",
      url: (f) => `/api/bodies/${f.body}/decisions`,
      payload: () => ({
        kind: "recognise_correspondence",
        decidedOn: "2026-02-01",
        title: "Décision",
        votes,
      }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/branches/{code}/adhesion-requests",
      url: (f) => `/api/branches/${f.branch}/adhesion-requests`,
      allowed: "public",
    },
    {
      method: "POST",
      path: "/api/branches/{code}/adhesion-requests",
      url: (f) => `/api/branches/${f.branch}/adhesion-requests`,
      payload: () => ({ requestedOn: "2026-01-05" }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "POST",
      path: "/api/adhesion-requests/{id}/opinion",
      url: (f) => `/api/adhesion-requests/${f.adhesion}/opinion`,
      payload: () => ({ givenOn: "2026-01-10", employer: "favourable", employee: "favourable" }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/documents",
      url: (f) => `/api/documents?qualificationCode=${f.q}`,
      allowed: "authenticated",
    },
    {
      method: "POST",
      path: "/api/documents",
      url: () => "/api/documents",
      payload: () => ({ title: "x" }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "POST",
      path: "/api/documents/{id}/versions",
      url: () => "/api/documents/999/versions",
      payload: () => ({ title: "x" }),
      allowed: ["admin", "branch_officer"],
    },
    {
      method: "GET",
      path: "/api/documents/{id}/versions/{version}/file",
      url: () => "/api/documents/999/versions/1/file",
      allowed: "authenticated",
    },
  ],
});
