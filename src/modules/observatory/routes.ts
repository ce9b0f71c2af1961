import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { observatoryAccess } from "./policy.ts";
import { readAwards } from "./read-awards.ts";
import { readCapacityPassRates } from "./read-capacity-pass-rates.ts";
import { readKeyFigures } from "./read-key-figures.ts";
import {
  awardGroups,
  awardsQuery,
  capacityPassRates,
  capacityPassRatesQuery,
  keyFigures,
} from "./schemas.ts";

export function registerObservatoryRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const tags = ["observatory"];
  const dashboard = { access: observatoryAccess.dashboard };

  r.get(
    "/api/observatory/key-figures",
    { schema: { tags, response: { 200: keyFigures } }, config: { access: observatoryAccess.keyFigures } },
    () => readKeyFigures(ctx),
  );
  r.get(
    "/api/observatory/awards",
    { schema: { tags, querystring: awardsQuery, response: { 200: awardGroups } }, config: dashboard },
    (req) => readAwards(ctx, { caller: req.caller, query: req.query }),
  );
  r.get(
    "/api/observatory/capacity-pass-rates",
    {
      schema: { tags, querystring: capacityPassRatesQuery, response: { 200: capacityPassRates } },
      config: dashboard,
    },
    (req) => readCapacityPassRates(ctx, { caller: req.caller, query: req.query }),
  );
}
