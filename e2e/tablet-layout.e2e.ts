import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { logIn, seriousAccessibilityViolations, setUpBrowserTests } from "./support.ts";

const env = setUpBrowserTests();

/** A tablet in portrait (no side navigation) and in landscape (the side navigation takes 240 px). */
const tabletSizes = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
];

/** The secretariat's lists, each with the name its table (or its list of cards) is announced by. */
const lists = [
  { path: "/qualifications", name: "Liste des CQPI" },
  { path: "/pathways", name: "Parcours" },
  { path: "/accreditations", name: "Habilitations des évaluateurs" },
  { path: "/jury-sessions", name: "Sessions de jury" },
  { path: "/admin/users", name: "Liste des utilisateurs" },
  { path: "/admin/audit", name: "Événements du journal d'audit" },
  { path: "/qualifications/CEI", name: /^Versions du référentiel du CQPI/ },
];

interface ListLayout {
  /** Cells, labels and values drawn outside the page's main area. */
  outside: string[];
  /** Elements of the main area whose content is wider than they are and cut (or hidden behind a scroll). */
  clipped: string[];
  pageWidth: number;
  viewportWidth: number;
}

/** How the list is drawn: whatever its layout, nothing of it may fall outside the main area or be cut. */
function measureList(page: Page, name: string | RegExp): Promise<ListLayout> {
  const list = page.getByRole("table", { name }).or(page.getByRole("list", { name }));
  return list.evaluate((element) => {
    const main = document.querySelector("main")!.getBoundingClientRect();
    const describe = (node: Element) => (node.textContent ?? "").trim().slice(0, 40) || node.tagName;
    // Screen-reader-only text (captions, hidden labels) is 1 px wide by design.
    const isDrawn = (node: Element) => node.getBoundingClientRect().width > 1;
    const outside = [...element.querySelectorAll("th, td, dt, dd")]
      .filter(isDrawn)
      .filter((node) => {
        const box = node.getBoundingClientRect();
        return box.left < main.left - 1 || box.right > main.right + 1;
      })
      .map(describe);
    const clipped = [...document.querySelectorAll("main *")]
      .filter((node) => node.clientWidth > 1 && getComputedStyle(node).overflowX !== "visible")
      .filter((node) => node.scrollWidth > node.clientWidth + 1)
      .map((node) => `${node.tagName}.${node.className} ${node.scrollWidth} > ${node.clientWidth}`);
    return {
      outside,
      clipped,
      pageWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
    };
  });
}

describe("tablet layout", () => {
  it("shows every list whole on a tablet, in portrait and in landscape, with no serious accessibility violation", async () => {
    const context = await env.browser.newContext({ viewport: tabletSizes[0], hasTouch: true });
    const page = await context.newPage();
    await logIn(page, env.baseUrl);
    const firstPathway = (
      (await (await page.request.get(`${env.baseUrl}/api/pathways?limit=25&offset=0`)).json()) as {
        items: { candidate: { displayName: string }; qualificationCode: string }[];
      }
    ).items[0]!;

    for (const { path, name } of lists) {
      for (const size of tabletSizes) {
        await page.setViewportSize(size);
        await page.goto(`${env.baseUrl}${path}`);
        const list = page.getByRole("table", { name }).or(page.getByRole("list", { name }));
        await list.locator("tbody tr, li").first().waitFor();
        const where = `${path} at ${size.width}×${size.height}`;
        const layout = await measureList(page, name);
        expect({ where, ...layout }).toEqual({
          where,
          outside: [],
          clipped: [],
          pageWidth: size.width,
          viewportWidth: size.width,
        });
        expect(await seriousAccessibilityViolations(page, where)).toEqual([]);
      }
    }

    // The pathway list's key fields, the last column included, are on screen at both sizes.
    for (const size of tabletSizes) {
      await page.setViewportSize(size);
      await page.goto(`${env.baseUrl}/pathways`);
      const list = page
        .getByRole("table", { name: "Parcours" })
        .or(page.getByRole("list", { name: "Parcours" }));
      const first = list.locator("tbody tr, li").first();
      await first.getByRole("link", { name: firstPathway.candidate.displayName }).waitFor();
      for (const text of [firstPathway.qualificationCode, "Statut", "Depuis le"]) {
        const field = list.getByText(text, { exact: true }).first();
        expect(await field.isVisible()).toBe(true);
        const box = (await field.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      }
    }
    await context.close();
  }, 180_000);

  it("opens the editor of a new draft at its top, wherever the CQPI's page was scrolled to", async () => {
    const context = await env.browser.newContext({ viewport: tabletSizes[0], hasTouch: true });
    const page = await context.newPage();
    await logIn(page, env.baseUrl);
    await page.goto(`${env.baseUrl}/qualifications/CEI`);
    const newDraft = page.getByRole("button", { name: "Nouvelle version (brouillon)" });
    await newDraft.waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await newDraft.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    await newDraft.click();
    await page.getByRole("heading", { level: 1, name: /^Modifier le référentiel/ }).waitFor();
    await page.getByRole("button", { name: "Enregistrer" }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Back on the CQPI's page, the reader is where they left it.
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Conducteur d'Équipements Industriels" }).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await context.close();
  }, 60_000);
});
