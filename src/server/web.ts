import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the built single-page app (web/dist) and answers every other non-API GET with its index.html,
 * so that deep links work. API paths that match nothing get the JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string | null) {
  const hasBuild = distDir !== null && fs.existsSync(path.join(distDir, "index.html"));
  if (hasBuild) await app.register(fastifyStatic, { root: distDir, wildcard: false });

  app.setNotFoundHandler((req, reply) => {
    const isPage = req.method === "GET" && !req.url.startsWith("/api/");
    if (isPage && hasBuild) return reply.type("text/html").sendFile("index.html");
    if (isPage)
      return reply
        .type("text/plain")
        .send("The web app is not built: run `npm run build`, or use the API under /api.");
    return reply.status(404).send({
      error: { code: "ROUTE_NOT_FOUND", message: `No route ${req.method} ${req.url.split("?")[0]}` },
    });
  });
}
