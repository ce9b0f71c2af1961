import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { AppError } from "../../server/errors.ts";
import { pageOf } from "../../server/pagination.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens.ts";
import { createUser } from "./create-user.ts";
import { getUser, listUsers } from "./list-users.ts";
import { logIn } from "./log-in.ts";
import { logOut } from "./log-out.ts";
import { accountsAccess } from "./policy.ts";
import {
  apiTokenView,
  createApiTokenInput,
  createUserInput,
  logInInput,
  me,
  updateUserInput,
  userIdParams,
  userListQuery,
  userView,
} from "./schemas.ts";
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from "./session-cookie.ts";
import { updateUser } from "./update-user.ts";
import { toMe } from "./views.ts";

const rateLimited = () => new AppError("too_many_requests", "RATE_LIMITED", "Too many requests; slow down");

export function registerAccountRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["accounts"];

  r.post(
    "/api/auth/login",
    {
      schema: { tags, body: logInInput, response: { 200: z.object({ user: me }) } },
      config: {
        access: accountsAccess.logIn,
        rateLimit: {
          max: ctx.config.login.perIpPerMinute,
          timeWindow: "1 minute",
          errorResponseBuilder: rateLimited,
        },
      },
    },
    async (req, reply) => {
      const { sessionToken, user } = await logIn(ctx, req.body);
      setSessionCookie(reply, ctx.config, sessionToken);
      return { user };
    },
  );

  r.post(
    "/api/auth/logout",
    { schema: { tags }, config: { access: accountsAccess.logIn } },
    async (req, reply) => {
      await logOut(ctx, { sessionToken: req.cookies[SESSION_COOKIE], caller: req.caller });
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/me",
    { schema: { tags, response: { 200: me } }, config: { access: accountsAccess.self } },
    async (req) => {
      const caller = userOf(req);
      return toMe(await getUser(ctx, { caller, id: caller.userId }));
    },
  );

  r.get(
    "/api/me/tokens",
    {
      schema: { tags, response: { 200: z.object({ items: z.array(apiTokenView) }) } },
      config: { access: accountsAccess.self },
    },
    async (req) => ({ items: await listApiTokens(ctx, { caller: userOf(req) }) }),
  );

  r.post(
    "/api/me/tokens",
    {
      schema: {
        tags,
        body: createApiTokenInput,
        response: { 201: z.object({ token: z.string(), item: apiTokenView }) },
      },
      config: { access: accountsAccess.self },
    },
    async (req, reply) =>
      reply.status(201).send(await createApiToken(ctx, { caller: userOf(req), name: req.body.name })),
  );

  r.delete(
    "/api/me/tokens/:id",
    { schema: { tags, params: userIdParams }, config: { access: accountsAccess.self } },
    async (req, reply) => {
      await revokeApiToken(ctx, { caller: userOf(req), tokenId: req.params.id });
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/users",
    {
      schema: { tags, querystring: userListQuery, response: { 200: pageOf(userView) } },
      config: { access: accountsAccess.manageUsers },
    },
    async (req) => listUsers(ctx, { caller: userOf(req), query: req.query }),
  );

  r.get(
    "/api/users/:id",
    {
      schema: { tags, params: userIdParams, response: { 200: userView } },
      config: { access: accountsAccess.manageUsers },
    },
    async (req) => getUser(ctx, { caller: userOf(req), id: req.params.id }),
  );

  r.post(
    "/api/users",
    {
      schema: { tags, body: createUserInput, response: { 201: userView } },
      config: { access: accountsAccess.manageUsers },
    },
    async (req, reply) =>
      reply.status(201).send(await createUser(ctx, { actorUserId: userOf(req).userId, input: req.body })),
  );

  r.patch(
    "/api/users/:id",
    {
      schema: { tags, params: userIdParams, body: updateUserInput, response: { 200: userView } },
      config: { access: accountsAccess.manageUsers },
    },
    async (req) =>
      updateUser(ctx, { actorUserId: userOf(req).userId, userId: req.params.id, input: req.body }),
  );
}
