import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import jsqrModule from "jsqr";

// jsqr is CommonJS: under NodeNext, its function is the `default` of the module object.
const { default: jsQR } = jsqrModule;
const run = promisify(execFile);

/** A PDF's first page as pixels, read back as a camera would: rasterized by poppler, then decoded. */
export async function readPdfQrCode(pdf: Uint8Array): Promise<string | undefined> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "cqpi-qr-"));
  try {
    const file = path.join(folder, "page.pdf");
    await writeFile(file, pdf);
    await run("pdftoppm", ["-r", "100", "-f", "1", "-l", "1", "-gray", file, file]);
    const pgm = await readFile(`${file}-1.pgm`);
    // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
    const header = pgm
      .subarray(0, 40)
      .toString("latin1")
      .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    if (!header) throw new Error("not a PGM image");
    const width = Number(header[1]);
    const height = Number(header[2]);
    const pixels = pgm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    pixels.forEach((grey, i) => {
      rgba.set([grey, grey, grey, 255], i * 4);
    });
    return jsQR(rgba, width, height)?.data;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
