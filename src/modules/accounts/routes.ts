import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { userOf } from "../../server/access.ts";
import { rateLimited } from "../../server/errors.ts";
import { pageOf } from "../../server/pagination.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens.ts";
import { confirmPasswordReset } from "./confirm-password-reset.ts";
import { createUser } from "./create-user.ts";
import { getUser, listUsers } from "./list-users.ts";
import { logIn } from "./log-in.ts";
import { logOut } from "./log-out.ts";
import { accountsAccess } from "./policy.ts";
import { requestPasswordReset } from "./request-password-reset.ts";
import {
  apiTokenView,
  createApiTokenInput,
  createUserInput,
  logInInput,
  me,
  passwordResetConfirmInput,
  passwordResetRequestInput,
  updateUserInput,
  userIdParams,
  userListQuery,
  userTokenParams,
  userView,
} from "./schemas.ts";
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from "./session-cookie.ts";
import { updateUser } from "./update-user.ts";
import { toMe } from "./views.ts";

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
        // Public, yet a wrong email or password is refused as unauthenticated.
        openapi: { statuses: [401] },
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
    { schema: { tags }, config: { access: accountsAccess.logIn, openapi: { noContent: true } } },
    async (req, reply) => {
      await logOut(ctx, { sessionToken: req.cookies[SESSION_COOKIE], caller: req.caller });
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  r.post(
    "/api/auth/password-reset",
    {
      schema: {
        tags,
        description:
          "Sends a one-time link to set a new password (valid one hour) to the active account with this e-mail. The answer is the same whether or not such an account exists.",
        body: passwordResetRequestInput,
        response: {
          202: z.object({}).describe("Accepted: a link is on its way if the e-mail is an account's"),
        },
      },
      config: {
        access: accountsAccess.logIn,
        rateLimit: {
          max: ctx.config.passwordResetsPerIpPerMinute,
          timeWindow: "1 minute",
          errorResponseBuilder: rateLimited,
        },
      },
    },
    async (req, reply) => {
      await requestPasswordReset(ctx, req.body);
      return reply.status(202).send({});
    },
  );

  r.post(
    "/api/auth/password-reset/confirm",
    {
      schema: {
        tags,
        description:
          "Sets the password of the account a one-time link (password reset or invitation) was sent for. A link is used once and expires (ACCOUNT_LINK_INVALID, with the reason); the account's sessions and API tokens end.",
        body: passwordResetConfirmInput,
      },
      config: { access: accountsAccess.logIn, openapi: { noContent: true } },
    },
    async (req, reply) => {
      await confirmPasswordReset(ctx, req.body);
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
      config: { access: accountsAccess.ownTokens },
    },
    async (req) => ({ items: await listApiTokens(ctx, { userId: userOf(req).userId }) }),
  );

  r.post(
    "/api/me/tokens",
    {
      schema: {
        tags,
        body: createApiTokenInput,
        response: { 201: z.object({ token: z.string(), item: apiTokenView }) },
      },
      config: { access: accountsAccess.ownTokens },
    },
    async (req, reply) =>
      reply.status(201).send(await createApiToken(ctx, { caller: userOf(req), name: req.body.name })),
  );

  r.delete(
    "/api/me/tokens/:id",
    {
      schema: { tags, params: userIdParams },
      config: { access: accountsAccess.ownTokens, openapi: { noContent: true } },
    },
    async (req, reply) => {
      const caller = userOf(req);
      await revokeApiToken(ctx, { caller, ownerUserId: caller.userId, tokenId: req.params.id });
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/users/:id/tokens",
    {
      schema: { tags, params: userIdParams, response: { 200: z.object({ items: z.array(apiTokenView) }) } },
      config: { access: accountsAccess.manageUsers },
    },
    async (req) => {
      await getUser(ctx, { caller: userOf(req), id: req.params.id });
      return { items: await listApiTokens(ctx, { userId: req.params.id }) };
    },
  );

  r.delete(
    "/api/users/:id/tokens/:tokenId",
    {
      schema: { tags, params: userTokenParams },
      config: { access: accountsAccess.manageUsers, openapi: { noContent: true } },
    },
    async (req, reply) => {
      const { id, tokenId } = req.params;
      await revokeApiToken(ctx, { caller: userOf(req), ownerUserId: id, tokenId });
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/users",
    {
      schema: {
        tags,
        querystring: userListQuery,
        response: { 200: pageOf(userView) },
      },
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
      schema: {
        tags,
        description:
          "Scopes must fit the role: branchCodes only and always for a branch_officer, companyId only and always for an employer (SCOPE_REQUIRED_FOR_ROLE, SCOPE_NOT_FOR_ROLE); branches and companies must exist (UNKNOWN_REFERENCE); an email is used once (EMAIL_TAKEN).",
        body: createUserInput,
        response: { 201: userView },
      },
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
