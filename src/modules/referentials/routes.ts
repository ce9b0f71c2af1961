import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { idParam } from "../../server/input.ts";
import { branchCodeParams, operationParams } from "../catalogue/schemas.ts";
import { createDraft } from "./create-draft.ts";
import { deleteDraft } from "./delete-draft.ts";
import { findVersion } from "./find-version.ts";
import { referentialsAccess } from "./policy.ts";
import { publishVersion } from "./publish-version.ts";
import { diffVersions, getBranchReferential, listAdoptions, listVersions } from "./read-referentials.ts";
import { recordAdoption } from "./record-adoption.ts";
import { saveDraft } from "./save-draft.ts";
import {
  adoptionView,
  branchReferentialView,
  recordAdoptionInput,
  saveDraftInput,
  versionDiff,
  versionSummary,
  versionView,
} from "./schemas.ts";

export const versionParams = branchCodeParams.extend({ version: idParam });

export function registerReferentialRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["referentials"];
  const read = { access: referentialsAccess.read };
  const author = { access: referentialsAccess.author };
  const versionUrl = "/api/qualifications/:code/versions/:version";

  r.get(
    "/api/qualifications/:code/versions",
    {
      schema: {
        tags,
        params: branchCodeParams,
        response: { 200: z.object({ items: z.array(versionSummary) }) },
      },
      config: read,
    },
    async (req) => ({ items: await listVersions(ctx, { code: req.params.code, caller: req.caller }) }),
  );
  r.post(
    "/api/qualifications/:code/versions",
    { schema: { tags, params: branchCodeParams, response: { 201: versionView } }, config: author },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createDraft(ctx, { actorUserId: userOf(req).userId, code: req.params.code })),
  );
  r.get(
    versionUrl,
    { schema: { tags, params: versionParams, response: { 200: versionView } }, config: read },
    async (req) => {
      return (await findVersion(ctx, { ...req.params, caller: req.caller })).view;
    },
  );
  r.put(
    versionUrl,
    {
      schema: {
        tags,
        description:
          "Only a draft (VERSION_NOT_EDITABLE), from the revision it was read at (REVISION_CONFLICT); codes unique among siblings (DUPLICATE_CODE).",
        params: versionParams,
        body: saveDraftInput,
        response: { 200: versionView },
      },
      config: author,
    },
    (req) => {
      const { revision, ...content } = req.body;
      return saveDraft(ctx, { actorUserId: userOf(req).userId, ...req.params, revision, content });
    },
  );
  const noContent = { ...author, openapi: { noContent: true } } as const;
  r.delete(versionUrl, { schema: { tags, params: versionParams }, config: noContent }, async (req, reply) => {
    await deleteDraft(ctx, { actorUserId: userOf(req).userId, ...req.params });
    return reply.status(204).send();
  });
  r.post(
    `${versionUrl}/publish`,
    {
      schema: {
        tags,
        description:
          "Every bloc needs a capacity and every capacity a criterion and an evaluation method; thresholds only for existing blocs (VERSION_INCOMPLETE lists each item in fields).",
        params: versionParams,
        response: { 200: versionView },
      },
      config: author,
    },
    (req) => publishVersion(ctx, { actorUserId: userOf(req).userId, ...req.params }),
  );
  r.get(
    `${versionUrl}/diff`,
    {
      schema: {
        tags,
        params: versionParams,
        querystring: z.strictObject({
          from: idParam.describe("The earlier version"),
        }),
        response: { 200: versionDiff },
      },
      config: read,
    },
    (req) =>
      diffVersions(ctx, {
        code: req.params.code,
        from: req.query.from,
        to: req.params.version,
        caller: req.caller,
      }),
  );

  r.get(
    "/api/qualifications/:code/adoptions",
    {
      schema: {
        tags,
        params: branchCodeParams,
        response: { 200: z.object({ items: z.array(adoptionView) }) },
      },
      config: read,
    },
    async (req) => ({ items: await listAdoptions(ctx, { code: req.params.code }) }),
  );
  const branchQualificationParams = operationParams;
  r.post(
    "/api/branches/:code/qualifications/:qualificationCode/adoptions",
    {
      schema: {
        tags,
        description:
          "Only a published version (VERSION_NOT_PUBLISHED); the branch's modules may not reuse a bloc or capacity code of the CQPI (RESERVED_BLOCK_CODE, RESERVED_CAPACITY_CODE).",
        params: branchQualificationParams,
        body: recordAdoptionInput,
        response: { 201: adoptionView },
      },
      config: { access: referentialsAccess.adopt },
    },
    async (req, reply) =>
      reply.status(201).send(
        await recordAdoption(ctx, {
          caller: userOf(req),
          branchCode: req.params.code,
          code: req.params.qualificationCode,
          input: req.body,
        }),
      ),
  );
  r.get(
    "/api/branches/:code/qualifications/:qualificationCode/referential",
    {
      schema: { tags, params: branchQualificationParams, response: { 200: branchReferentialView } },
      config: read,
    },
    (req) => getBranchReferential(ctx, { branchCode: req.params.code, code: req.params.qualificationCode }),
  );
}
