import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { pageOf } from "../../server/pagination.ts";
import { createBranch } from "./create-branch.ts";
import { createQualification } from "./create-qualification.ts";
import { catalogueAccess } from "./policy.ts";
import { getBranch, getQualification, listBranches, listQualifications } from "./read-catalogue.ts";
import {
  branchCodeParams,
  branchDetail,
  branchView,
  catalogueListQuery,
  createBranchInput,
  createQualificationInput,
  operationInput,
  operationParams,
  qualificationDetail,
  qualificationView,
  updateBranchInput,
  updateQualificationInput,
} from "./schemas.ts";
import { removeBranchOperation, setBranchOperation } from "./set-branch-operation.ts";
import { updateBranch } from "./update-branch.ts";
import { updateQualification } from "./update-qualification.ts";

const operationView = z.object({
  branchCode: z.string(),
  qualificationCode: z.string(),
  operatedSince: z.string().nullable(),
  note: z.string(),
});

export function registerCatalogueRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["catalogue"];
  const read = { access: catalogueAccess.read };
  const manage = { access: catalogueAccess.manage };

  r.get(
    "/api/branches",
    {
      schema: { tags, querystring: catalogueListQuery, response: { 200: pageOf(branchView) } },
      config: read,
    },
    (req) => listBranches(ctx, req.query),
  );
  r.get(
    "/api/branches/:code",
    { schema: { tags, params: branchCodeParams, response: { 200: branchDetail } }, config: read },
    (req) => getBranch(ctx, req.params.code),
  );
  r.post(
    "/api/branches",
    { schema: { tags, body: createBranchInput, response: { 201: branchView } }, config: manage },
    async (req, reply) =>
      reply.status(201).send(await createBranch(ctx, { actorUserId: userOf(req).userId, input: req.body })),
  );
  r.patch(
    "/api/branches/:code",
    {
      schema: { tags, params: branchCodeParams, body: updateBranchInput, response: { 200: branchView } },
      config: { access: catalogueAccess.editBranch },
    },
    (req) => updateBranch(ctx, { caller: userOf(req), code: req.params.code, input: req.body }),
  );

  r.get(
    "/api/qualifications",
    {
      schema: { tags, querystring: catalogueListQuery, response: { 200: pageOf(qualificationView) } },
      config: read,
    },
    (req) => listQualifications(ctx, req.query),
  );
  r.get(
    "/api/qualifications/:code",
    { schema: { tags, params: branchCodeParams, response: { 200: qualificationDetail } }, config: read },
    (req) => getQualification(ctx, req.params.code),
  );
  r.post(
    "/api/qualifications",
    {
      schema: { tags, body: createQualificationInput, response: { 201: qualificationView } },
      config: manage,
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createQualification(ctx, { actorUserId: userOf(req).userId, input: req.body })),
  );
  r.patch(
    "/api/qualifications/:code",
    {
      schema: {
        tags,
        params: branchCodeParams,
        body: updateQualificationInput,
        response: { 200: qualificationView },
      },
      config: manage,
    },
    (req) =>
      updateQualification(ctx, { actorUserId: userOf(req).userId, code: req.params.code, input: req.body }),
  );

  r.put(
    "/api/branches/:code/qualifications/:qualificationCode",
    {
      schema: {
        tags,
        params: operationParams,
        body: operationInput,
        response: { 200: operationView, 201: operationView },
      },
      config: manage,
    },
    async (req, reply) => {
      const { isNew, ...operation } = await setBranchOperation(ctx, {
        caller: userOf(req),
        branchCode: req.params.code,
        qualificationCode: req.params.qualificationCode,
        input: req.body,
      });
      return reply.status(isNew ? 201 : 200).send(operation);
    },
  );
  r.delete(
    "/api/branches/:code/qualifications/:qualificationCode",
    { schema: { tags, params: operationParams }, config: { ...manage, openapi: { noContent: true } } },
    async (req, reply) => {
      await removeBranchOperation(ctx, {
        caller: userOf(req),
        branchCode: req.params.code,
        qualificationCode: req.params.qualificationCode,
      });
      return reply.status(204).send();
    },
  );
}
