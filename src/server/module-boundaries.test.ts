import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Modules talk through each other's public surface, never through their private files. A module's
 * private files are its SQL — `repository.ts` and `*-repository.ts` — and its HTTP adapters —
 * `routes.ts` and `*-routes.ts` (only server/app.ts assembles those). Every other file of a module is
 * its public surface: use cases (`<verb-noun>.ts`, including the transaction-aware writes such as
 * `apply-pathway-move.ts`) and the reads other modules use (`find-account.ts`,
 * `find-catalogue-entry.ts`, `read-results.ts`, `visibility.ts`…), `schemas.ts`, `rules.ts`,
 * `policy.ts`, `errors.ts`, `views.ts`.
 */
const root = path.resolve(import.meta.dirname, "../..");
const modulesDir = path.join(root, "src/modules");

function isPrivateFile(fileName: string): boolean {
  return /(^|-)(repository|routes)\.ts$/.test(fileName);
}

/** The module a file belongs to (its folder under src/modules), or null for a file outside modules. */
function moduleOf(file: string): string | null {
  const relative = path.relative(modulesDir, file);
  if (relative.startsWith("..")) return null;
  return relative.split(path.sep)[0] ?? null;
}

/** Why importing `target` from `importer` crosses a module boundary, or null if it does not. */
function boundaryViolation(importer: string, target: string): string | null {
  const from = moduleOf(importer);
  const to = moduleOf(target);
  if (to === null || from === to || !isPrivateFile(path.basename(target))) return null;
  if (from === null && path.basename(target).endsWith("routes.ts")) return null; // the server assembles routes
  return `${path.relative(root, importer)} imports ${path.relative(root, target)}, private to the ${to} module`;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name))
        : /\.tsx?$/.test(entry.name)
          ? [path.join(dir, entry.name)]
          : [],
    );
}

/** The relative imports of a file (static, re-exports and dynamic), resolved to absolute paths. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["'](\.[^"']+)["']/g)];
  return specifiers.map((m) => path.resolve(path.dirname(file), m[1]!));
}

const scanned = [
  ...filesUnder(modulesDir),
  ...filesUnder(path.join(root, "src/cli")),
  ...filesUnder(path.join(root, "src/server")),
];

describe("module boundaries", () => {
  it.each([
    ["repository.ts", true],
    ["auth-repository.ts", true],
    ["accreditations-repository.ts", true],
    ["routes.ts", true],
    ["exchange-routes.ts", true],
    ["find-account.ts", false],
    ["apply-pathway-move.ts", false],
    ["visibility.ts", false],
    ["policy.ts", false],
    ["schemas.ts", false],
    ["routes-policy.test.ts", false],
  ])("counts %s as private: %s", (fileName, expected) => {
    expect(isPrivateFile(fileName)).toBe(expected);
  });

  it("tells a cross-module import of a private file from one of a public file or within a module", () => {
    const m = (p: string) => path.join(modulesDir, p);
    expect(boundaryViolation(m("pathways/a.ts"), m("catalogue/repository.ts"))).toMatch(
      /private to the catalogue/,
    );
    expect(boundaryViolation(m("pathways/a.ts"), m("accounts/auth-repository.ts"))).toMatch(
      /accounts module/,
    );
    expect(boundaryViolation(m("pathways/a.ts"), m("pathways/repository.ts"))).toBeNull();
    expect(boundaryViolation(m("pathways/a.ts"), m("catalogue/find-catalogue-entry.ts"))).toBeNull();
    expect(boundaryViolation(path.join(root, "src/server/app.ts"), m("pathways/routes.ts"))).toBeNull();
    expect(boundaryViolation(path.join(root, "src/cli/main.ts"), m("accounts/repository.ts"))).toMatch(
      /accounts/,
    );
  });

  it("holds in the code: no module imports another module's repository or routes", () => {
    const imports = scanned.flatMap((file) => importsOf(file).map((target) => ({ file, target })));
    const crossModule = imports.filter(({ file, target }) => {
      const to = moduleOf(target);
      return to !== null && moduleOf(file) !== to;
    });
    expect(crossModule.length, "the scan sees the modules' imports of each other").toBeGreaterThan(50);
    const violations = imports
      .map(({ file, target }) => boundaryViolation(file, target))
      .filter((v) => v !== null);
    expect(violations).toEqual([]);
  });
});
