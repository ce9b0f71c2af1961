import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

/**
 * The rules of the built web app's files, shared by the build (which writes them) and the server
 * (which sends them): which files have compressed copies, and how long a browser may keep each file.
 */

/** Text files worth compressing; images and fonts of the build are compressed already. */
const compressibleExtensions = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".xml"]);

/** The compressed copies written beside a file, by content coding (what Accept-Encoding names). */
const compressedCopies = { br: ".br", gzip: ".gz" } as const;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Whether a file of the build (or a compressed copy of it, `….js.br`) has compressed copies. */
export function isCompressible(filePath: string): boolean {
  const original = filePath.replace(/\.(br|gz)$/, "");
  return compressibleExtensions.has(path.extname(original).toLowerCase());
}

/**
 * `Cache-Control` of a file of the build, by its path inside the build folder. Vite names every file
 * under `assets/` after a hash of its content: a new build gives a changed file a new name, so the
 * browser may keep these for a year without asking again. Everything else (index.html, which names
 * the current assets) is checked with the server at each use.
 */
export function cacheControlOf(relativePath: string): string {
  const segments = relativePath.split(/[\\/]/);
  return segments[0] === "assets" && segments.length > 1 ? "public, max-age=31536000, immutable" : "no-cache";
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

export interface CompressedFile {
  file: string;
  bytes: number;
  brotliBytes: number | null;
  gzipBytes: number | null;
}

/**
 * Writes `file.br` (brotli, highest quality) and `file.gz` (gzip, level 9) beside every compressible
 * file of the folder, once at build time so that no request pays for it. A copy that would not be
 * smaller is not written: the server then sends the file itself.
 */
export async function precompressDirectory(dir: string): Promise<CompressedFile[]> {
  const files = (await filesUnder(dir)).filter((file) => isCompressible(file) && !/\.(br|gz)$/.test(file));
  return Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      const [brotliCopy, gzipCopy] = await Promise.all([
        brotli(content, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      const written = async (copy: Buffer, extension: string) => {
        if (copy.length >= content.length) return null;
        await writeFile(file + extension, copy);
        return copy.length;
      };
      return {
        file: path.relative(dir, file),
        bytes: content.length,
        brotliBytes: await written(brotliCopy, compressedCopies.br),
        gzipBytes: await written(gzipCopy, compressedCopies.gzip),
      };
    }),
  );
}
