import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { cacheControlOf, isCompressible } from "./web-assets.ts";

/**
 * Serves the built single-page app (web/dist) and answers every other non-API GET with its index.html,
 * so that deep links work. API paths that match nothing get the JSON 404.
 *
 * Each file is sent as the brotli or gzip copy the build wrote beside it when the browser accepts one
 * (`Content-Encoding`, and `Vary: Accept-Encoding` for caches), the file itself otherwise. The hashed
 * files under /assets/ are kept by browsers for a year; index.html is revalidated at each visit, so a new
 * build is picked up at once.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string | null) {
  const hasBuild = distDir !== null && fs.existsSync(path.join(distDir, "index.html"));
  if (hasBuild)
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      // The compressed copies are sent in place of their file, never asked for by their own name.
      allowedPath: (pathname) => !/\.(br|gz)$/.test(pathname),
      setHeaders: (res, filePath) => {
        res.setHeader("cache-control", cacheControlOf(path.relative(distDir, filePath)));
        if (isCompressible(filePath)) res.setHeader("vary", "accept-encoding");
      },
    });

  app.setNotFoundHandler((req, reply) => {
    const isPage = req.method === "GET" && !req.url.startsWith("/api/") && !req.url.startsWith("/assets/");
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
