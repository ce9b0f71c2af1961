import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerWebApp } from "./web.ts";
import { cacheControlOf, isCompressible, precompressDirectory } from "./web-assets.ts";

const script = `export const rows = [${Array.from({ length: 2000 }, (_, i) => `{"id":${i},"label":"ligne ${i}"}`).join(",")}];\n`;
const html = `<!doctype html><html lang="fr"><head><title>Plateforme CQPI</title><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>\n`;
const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(64).fill(7)]);

let dist = "";
let app: FastifyInstance;

/** A build folder as Vite leaves it (an index, a hashed script, an image), with the build's own compression step. */
beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), "cqpi-web-"));
  await mkdir(path.join(dist, "assets"));
  await writeFile(path.join(dist, "index.html"), html);
  await writeFile(path.join(dist, "assets/index-Ab12Cd34.js"), script);
  await writeFile(path.join(dist, "assets/logo-Ef56Gh78.png"), image);
  await writeFile(path.join(dist, "assets/tiny-Ij90Kl12.txt"), "a");
  await precompressDirectory(dist);
  app = Fastify();
  await registerWebApp(app, dist);
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  if (dist) await rm(dist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: "GET", url, headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });

describe("precompressed build", () => {
  it("writes brotli and gzip copies of text files only, and only when they are smaller", () => {
    expect(existsSync(path.join(dist, "assets/index-Ab12Cd34.js.br"))).toBe(true);
    expect(existsSync(path.join(dist, "assets/index-Ab12Cd34.js.gz"))).toBe(true);
    expect(existsSync(path.join(dist, "index.html.br"))).toBe(true);
    expect(existsSync(path.join(dist, "assets/logo-Ef56Gh78.png.br"))).toBe(false);
    expect(existsSync(path.join(dist, "assets/tiny-Ij90Kl12.txt.br"))).toBe(false);
    expect(existsSync(path.join(dist, "assets/tiny-Ij90Kl12.txt.gz"))).toBe(false);
  });

  it.each([
    ["assets/index-Ab12Cd34.js", true],
    ["assets/index-Ab12Cd34.js.br", true],
    ["index.html.gz", true],
    ["assets/style-Ab12.CSS", true],
    ["assets/logo-Ef56Gh78.png", false],
    ["assets/font.woff2", false],
  ])("counts %s as compressible: %s", (file, expected) => {
    expect(isCompressible(file)).toBe(expected);
  });

  it.each([
    ["assets/index-Ab12Cd34.js", "public, max-age=31536000, immutable"],
    ["assets/nested/chunk-Ab12.js", "public, max-age=31536000, immutable"],
    ["index.html", "no-cache"],
    ["favicon.svg", "no-cache"],
    ["assets", "no-cache"],
  ])("caches %s with %s", (file, expected) => {
    expect(cacheControlOf(file)).toBe(expected);
  });
});

describe("serving the web app", () => {
  it("sends the brotli copy of a hashed script to a browser that accepts it, kept for a year", async () => {
    const response = await get("/assets/index-Ab12Cd34.js", "gzip, deflate, br, zstd");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.rawPayload.length).toBeLessThan(script.length / 4);
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends the gzip copy when brotli is not accepted", async () => {
    const response = await get("/assets/index-Ab12Cd34.js", "gzip");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends the file itself to a client that accepts no coding, still telling caches it varies", async () => {
    const response = await get("/assets/index-Ab12Cd34.js");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.body).toBe(script);
  });

  it("has index.html revalidated at each visit, on / and on a deep link", async () => {
    for (const url of ["/", "/pathways/12"]) {
      const response = await get(url, "br");
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.headers["content-encoding"]).toBe("br");
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(html);
    }
  });

  it("sends an image as it is, kept for a year", async () => {
    const response = await get("/assets/logo-Ef56Gh78.png", "br, gzip");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.rawPayload.equals(image)).toBe(true);
  });

  it("sends a file without a smaller copy as it is", async () => {
    const response = await get("/assets/tiny-Ij90Kl12.txt", "br, gzip");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body).toBe("a");
  });

  it("answers 404, not the page, for an asset that is not in the build or a compressed copy asked by name", async () => {
    for (const url of ["/assets/index-Old00000.js", "/assets/index-Ab12Cd34.js.br"]) {
      const response = await get(url, "br");
      expect({ url, status: response.statusCode }).toEqual({ url, status: 404 });
      expect(response.headers["content-type"]).toMatch(/^application\/json/);
    }
  });
});
