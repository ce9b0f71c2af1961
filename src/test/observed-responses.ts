import type { FastifyInstance } from "fastify";

/** One answer the test suite saw: which route, which status, which error code. */
export interface ObservedResponse {
  method: string;
  route: string;
  status: number;
  code?: string;
}

/** Records every answer of the app's API routes (method, route pattern, status, error code). */
export function recordResponses(app: FastifyInstance): ObservedResponse[] {
  const observed: ObservedResponse[] = [];
  app.addHook("onSend", async (req, reply, payload) => {
    const route = req.routeOptions.url;
    if (!route?.startsWith("/api/")) return payload;
    let code: string | undefined;
    if (reply.statusCode >= 400 && typeof payload === "string") {
      try {
        code = JSON.parse(payload)?.error?.code;
      } catch {
        code = undefined;
      }
    }
    observed.push({ method: req.method, route, status: reply.statusCode, ...(code && { code }) });
    return payload;
  });
  return observed;
}

interface DocumentedOperation {
  responses?: Record<string, { content?: Record<string, { schema?: CodeSchema }> }>;
}
interface CodeSchema {
  allOf?: { properties?: { error?: { properties?: { code?: { enum?: string[] } } } } }[];
}

/**
 * The observed answers the OpenAPI document does not list for their operation: a status missing from the
 * operation's responses, or an error code missing from that status's list. Routes the document does not
 * describe (hidden ones, test-only routes) are left out.
 */
export function undocumentedResponses(
  document: { paths?: Record<string, Record<string, DocumentedOperation>> },
  observed: readonly ObservedResponse[],
): string[] {
  const problems = new Set<string>();
  for (const { method, route, status, code } of observed) {
    const path = route.replace(/:(\w+)/g, "{$1}");
    const operation = document.paths?.[path]?.[method.toLowerCase()];
    if (!operation) continue;
    const response = operation.responses?.[String(status)];
    if (!response) {
      problems.add(`${method} ${path} answered ${status}${code ? ` ${code}` : ""}, not documented`);
      continue;
    }
    const codes =
      response.content?.["application/json"]?.schema?.allOf?.[1]?.properties?.error?.properties?.code?.enum;
    if (code && codes && !codes.includes(code))
      problems.add(`${method} ${path} answered ${status} ${code}, a code not documented for that status`);
  }
  return [...problems];
}
