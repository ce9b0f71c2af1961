import type { RouteOptions } from "fastify";
import type { ErrorModule } from "./error-codes.ts";
import { INTERNAL_ERROR } from "./errors.ts";
import { codesWithStatus, errorResponse } from "./openapi-errors.ts";

/** What the OpenAPI document cannot read from a route's schema, declared in its `config.openapi`. */
export interface OperationDoc {
  /** Statuses beyond those read from the route (e.g. a body naming an unknown record answers 404). */
  statuses?: number[];
  /** Answers 204 without a body. */
  noContent?: true;
  /** A download: the media types of the 200 body. */
  produces?: string[];
  /** Answers 304 to an `If-None-Match` naming the current `ETag` (a kept, unchanging file). */
  notModified?: true;
  /** A raw or multipart body: its media types and their schemas. */
  consumes?: Record<string, object>;
}

declare module "fastify" {
  interface FastifyContextConfig {
    openapi?: OperationDoc;
  }
}

/** Whose refusal codes may surface on the routes of each tag (the module and those it calls). */
const modulesByTag: Record<string, ErrorModule[]> = {
  accounts: ["accounts"],
  catalogue: ["catalogue"],
  companies: ["companies", "catalogue"],
  candidates: ["candidates", "companies", "catalogue"],
  audit: [],
  referentials: ["referentials", "catalogue"],
  pathways: ["pathways", "catalogue", "candidates", "referentials", "accounts"],
  assessments: ["assessments", "pathways", "referentials"],
  "personal-data": ["candidates"],
  certificates: ["certificates"],
  jury: ["jury", "pathways", "catalogue"],
  notifications: [],
  governance: ["governance", "catalogue", "referentials"],
  correspondences: ["correspondences", "catalogue", "referentials"],
  portability: ["certificates", "catalogue", "referentials"],
  observatory: ["observatory"],
  platform: [],
};

/** The facts of a route the document is written from, gathered when the route is added. */
export interface RouteFacts {
  method: string;
  path: string;
  access: NonNullable<RouteOptions["config"]>["access"];
  tags: string[];
  hasBody: boolean;
  hasInput: boolean;
  hasParams: boolean;
  isRateLimited: boolean;
  doc: OperationDoc;
}

export function routeFacts(route: RouteOptions): RouteFacts[] {
  const methods = [route.method].flat().filter((method) => method !== "HEAD");
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const doc = route.config?.openapi ?? {};
  const hasBody = schema.body !== undefined || doc.consumes !== undefined;
  return methods.map((method) => ({
    method,
    path: route.url.replace(/:(\w+)/g, "{$1}"),
    access: route.config?.access,
    tags: (schema.tags as string[] | undefined) ?? [],
    hasBody,
    hasInput: hasBody || schema.querystring !== undefined || schema.params !== undefined,
    hasParams: schema.params !== undefined,
    isRateLimited: route.config?.rateLimit !== undefined,
    doc,
  }));
}

export const modulesOf = (route: RouteFacts): ErrorModule[] =>
  route.tags.flatMap((tag) => modulesByTag[tag] ?? []);

/**
 * The error statuses a route can answer, read from its declaration: 400 with any input, 401 unless public,
 * 403 for a role list, a module with scope refusals or any write (the origin check), 404 with path
 * parameters, 409 for a write of a module with conflicts, 415 with a body, 429 with a rate limit; plus
 * those the route declares.
 */
export function errorStatusesOf(route: RouteFacts): number[] {
  const modules = modulesOf(route);
  const statuses = new Set<number>(route.doc.statuses);
  if (route.hasInput) statuses.add(400);
  if (route.access !== "public") statuses.add(401);
  const hasScopeRefusals = codesWithStatus(modules, 403).length > 1;
  if (Array.isArray(route.access) || (route.access !== "public" && hasScopeRefusals)) statuses.add(403);
  if (route.method !== "GET") statuses.add(403);
  if (route.hasParams) statuses.add(404);
  // Every write passes the origin check first (FOREIGN_ORIGIN, ORIGIN_REQUIRED).
  if (route.method !== "GET") statuses.add(403);
  if (route.method !== "GET" && codesWithStatus(modules, 409).length > 0) statuses.add(409);
  if (route.hasBody) statuses.add(415);
  if (route.isRateLimited) statuses.add(429);
  return [...statuses].sort();
}

const words = (path: string) =>
  path
    .replace(/^\/api\//, "")
    .split("/")
    .filter((segment) => !segment.startsWith("{"))
    .map((segment) => segment.replaceAll("-", " "));

const verbs: Record<string, string> = {
  GET: "Read",
  POST: "Create",
  PUT: "Replace",
  PATCH: "Update",
  DELETE: "Delete",
};

/** "getPathwaysByIdGapAnalysis": method and path, so unique as routes are. */
export function operationIdOf(method: string, path: string): string {
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const parts = path
    .replace(/^\/api\//, "")
    .split("/")
    .map((segment) =>
      segment.startsWith("{")
        ? `By${capital(segment.slice(1, -1))}`
        : segment.split(/[-._]/).map(capital).join(""),
    );
  return method.toLowerCase() + parts.join("");
}

type Operation = Record<string, unknown> & {
  description?: string;
  summary?: string;
  responses?: Record<string, unknown>;
};

/** Writes into an operation what the route's declaration says: ids, security, roles, errors, media types. */
export function describeOperation(operation: Operation, route: RouteFacts): Operation {
  const { access, doc } = route;
  const roles = Array.isArray(access) ? [...access] : [];
  const who =
    access === "public"
      ? "Public: no session needed."
      : roles.length > 0
        ? `Roles: ${roles.join(", ")}.`
        : "Any signed-in user.";
  const responses: Record<string, unknown> = { ...operation.responses };
  if (doc.noContent) {
    delete responses["200"];
    responses["204"] = { description: "Done; no body" };
  }
  if (doc.produces) {
    const ok = (responses["200"] ?? {}) as { description?: string };
    responses["200"] = {
      description: ok.description ?? "The file",
      content: Object.fromEntries(
        doc.produces.map((type) => [type, { schema: { type: "string", contentMediaType: type } }]),
      ),
    };
  }
  if (doc.notModified) {
    responses["304"] = { description: "Not modified: the copy named by If-None-Match is current" };
  }
  const modules = modulesOf(route);
  for (const status of errorStatusesOf(route))
    responses[String(status)] = errorResponse(status, codesWithStatus(modules, status));
  responses["500"] = errorResponse(500, [INTERNAL_ERROR]);
  return {
    ...operation,
    operationId: operationIdOf(route.method, route.path),
    summary: operation.summary ?? `${verbs[route.method] ?? route.method} ${words(route.path).join(" › ")}`,
    description: [operation.description, who].filter(Boolean).join("\n\n"),
    ...(roles.length > 0 && { "x-roles": roles }),
    security: access === "public" ? [] : [{ session: [] }, { bearer: [] }],
    ...(doc.consumes && { requestBody: { required: true, content: doc.consumes } }),
    responses,
  };
}
