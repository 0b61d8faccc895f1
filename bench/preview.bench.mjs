/**
 * The browser preview in headless Chromium (Debian's, through playwright-core), on the production
 * build (`npm run bench` builds first; MDI_DIST points at another build):
 * - load to interactive: from navigation to the default sample in the grid and the task pane's
 *   "Use table" button enabled, in a fresh browser context each run (nothing cached);
 * - the England sample (33,755 rows): opening it, scrolling the grid, and computing the MDI through
 *   the task pane (England preset on the seven published domain ranks) until its "done" message.
 * The build is served over plain http on localhost (a secure context, like https://localhost): TLS
 * on the loopback interface adds nothing worth measuring.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, resolve } from "node:path";
import { chromium } from "playwright-core";
import { ROOT } from "./harness.mjs";

// The functions passed to page.evaluate and page.waitForFunction run in the page, not in Node.
/* global document, requestAnimationFrame */

const DIST = process.env.MDI_DIST ? resolve(process.env.MDI_DIST) : resolve(ROOT, "dist");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
const ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Serves the build folder on a free port; resolves to the origin. */
function serve() {
  const server = createServer((request, response) => {
    const path = resolve(DIST, `.${decodeURIComponent(new URL(request.url, "http://x").pathname)}`);
    if (!path.startsWith(DIST) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" });
    response.end(readFileSync(path));
  });
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () => done({ server, origin: `http://localhost:${server.address().port}` })),
  );
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted[sorted.length - 1],
    runs: sorted.length,
  };
}

function line(label, t, unit = "ms") {
  const f = (x) => (unit === "s" ? (x / 1000).toFixed(2) : x.toFixed(x < 100 ? 1 : 0));
  console.log(
    `${label.padEnd(58)} median ${f(t.median).padStart(7)} ${unit}  (min ${f(t.min)}, max ${f(t.max)}, ${t.runs} runs)`,
  );
}

const USE_TABLE = /^(Use table|Tabel gebruiken)$/;

/** Milliseconds from navigation start until the grid shows the sample and the pane can read it. */
async function loadToInteractive(browser, url) {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    (pattern) =>
      !!document.querySelector('[data-preview-state="ready"] [role="grid"] [data-kind="cell"]') &&
      [...document.querySelectorAll("aside button")].some(
        (b) => !b.disabled && new RegExp(pattern).test(b.textContent.trim()),
      ),
    USE_TABLE.source,
    { polling: "raf", timeout: 120000 },
  );
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

/** Picks an option of a Fluent dropdown in the pane. */
async function choose(page, pane, combobox, option) {
  await pane.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Opens the England sample, scrolls it, maps it to the England preset and computes. */
async function england(browser, url) {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-preview-state="ready"]');
  let start = Date.now();
  await page.getByRole("button", { name: /Sample workbook/ }).click();
  await page.getByRole("menuitem", { name: /England/ }).click();
  await page.getByRole("grid", { name: "Sheet LSOA 2021" }).waitFor({ timeout: 180000 });
  await page.waitForSelector('[data-preview-state="ready"]');
  const open = Date.now() - start;

  // Scrolling as a mouse wheel does (120 px per frame): the time between frames.
  const scroll = await page.getByRole("grid").evaluate(async (grid) => {
    const frames = [];
    let last = performance.now();
    for (let i = 0; i < 120; i++) {
      grid.scrollTop += 120;
      await new Promise((done) => requestAnimationFrame(done));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return frames.sort((a, b) => a - b)[60];
  });

  const pane = page.getByRole("complementary");
  await pane.getByRole("button", { name: USE_TABLE }).click();
  await pane.getByText(/33755 rows/).waitFor({ timeout: 120000 });
  await pane.getByRole("tab", { name: "Domains" }).click();
  await choose(page, pane, "Domains", "England (IoD): 7 domains");
  const ranks = [
    ["Income domain rank (1 = most deprived)", "Income"],
    ["Employment domain rank (1 = most deprived)", "Employment"],
    ["Education, skills and training domain rank (1 = most deprived)", "Education, skills and training"],
    ["Health deprivation and disability domain rank (1 = most deprived)", "Health and disability"],
    ["Crime domain rank (1 = most deprived)", "Crime"],
    ["Barriers to housing and services domain rank (1 = most deprived)", "Barriers to housing and services"],
    ["Living environment domain rank (1 = most deprived)", "Living environment"],
  ];
  for (const [column, domain] of ranks) {
    await choose(page, pane, `Domain of ${column}`, domain);
    await pane.getByRole("switch", { name: `Higher is better: ${column}` }).check();
  }
  for (const column of [
    "IMD score (published)",
    "IMD rank (published, 1 = most deprived)",
    "IMD decile (published, 1 = most deprived 10%)",
  ]) {
    await choose(page, pane, `Domain of ${column}`, "Not used");
  }
  await pane.getByRole("tab", { name: "Weights" }).click();
  await choose(page, pane, "Preset", "England IoD 2019/2025");
  await pane.getByRole("tab", { name: "Compute" }).click();
  start = Date.now();
  await pane.getByRole("button", { name: "Compute", exact: true }).click();
  await pane.getByText(/^Done: 33755 areas/).waitFor({ timeout: 600000 });
  const compute = Date.now() - start;
  await context.close();
  return { open, scroll, compute };
}

export async function run() {
  if (!existsSync(resolve(DIST, "preview.html"))) {
    console.log(`preview bench skipped: ${DIST}/preview.html is missing (npm run build first)`);
    return;
  }
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (!executablePath) {
    console.log("preview bench skipped: no Chromium (Debian: apt-get install chromium)");
    return;
  }
  // What the page loads first, and the chunks it loads when needed (exceljs, chart.js, the CSV reader, the map).
  const megabytes = (file) => (statSync(resolve(DIST, file)).size / 1e6).toFixed(3);
  const chunks = readdirSync(DIST).filter(
    (f) => f.endsWith(".js") && !["preview.js", "taskpane.js", "functions.js"].includes(f),
  );
  console.log(
    `preview.js (initial script): ${megabytes("preview.js")} MB (target < 1.2 MB); loaded when needed: ${chunks.map((f) => `${f} ${megabytes(f)} MB`).join(", ")}`,
  );
  const { server, origin } = await serve();
  const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
  try {
    const url = `${origin}/preview.html`;
    await loadToInteractive(browser, url); // warm-up: the OS file cache, Chromium's first start
    const loads = [];
    for (let i = 0; i < 7; i++) loads.push(await loadToInteractive(browser, url));
    line("preview load to interactive (Amsterdam sample, production)", stats(loads));

    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await england(browser, url));
    line("preview: open england-iod2025.xlsx (33,755 × 11)", stats(runs.map((r) => r.open)));
    line("preview: frame time scrolling 33,755 rows (wheel-like)", stats(runs.map((r) => r.scroll)));
    line("preview: compute MDI through the pane, England 33,755 × 7", stats(runs.map((r) => r.compute)));
  } finally {
    await browser.close();
    server.close();
  }
}
