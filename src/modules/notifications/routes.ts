import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listOutbox } from "./list-outbox.ts";
import { notificationsAccess } from "./policy.ts";
import { outboxList, outboxListQuery } from "./schemas.ts";

/** The notification outbox, read by admins (a deployment without SMTP keeps every message there). */
export function registerNotificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/outbox",
    {
      schema: { tags: ["notifications"], querystring: outboxListQuery, response: { 200: outboxList } },
      config: { access: notificationsAccess.read },
    },
    (req) => listOutbox(app.ctx, req.query),
  );
}
