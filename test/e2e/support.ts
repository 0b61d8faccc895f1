/**
 * End-to-end support: the add-in served exactly as the README says (`npm start`, with
 * BROWSER=none so no desktop browser opens), and Debian's Chromium driven headless by
 * playwright-core against https://localhost:3000/preview.html.
 *
 * Jest's e2e project starts the server once for all e2e files (globalSetup.ts) and stops it
 * afterwards (globalTeardown.ts); test files only open pages. MDI_PORT serves on another port,
 * for two checkouts on one machine.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync } from "node:fs";
import https from "node:https";
import os from "node:os";
import { resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const PORT = Number(process.env.MDI_PORT || 3000);
export const ORIGIN = `https://localhost:${PORT}`;
export const PREVIEW_URL = `${ORIGIN}/preview.html`;
/** Where the tests put their screenshots: ignored by git; `npm run screenshots` copies the README's into docs/. */
export const SCREENSHOTS = resolve(ROOT, "test-results/screenshots");
/** Where the server's output goes (read it when the server does not come up). */
export const SERVER_LOG = resolve(os.tmpdir(), `mdi-e2e-server-${PORT}.log`);

/** The flags Debian's Chromium needs in a container: headless, no sandbox, no GPU, no phoning home. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The Chromium binary: /usr/bin/chromium, else `chromium` on PATH. */
export function chromiumPath(): string {
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const found = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" });
  const path = found.stdout.trim().split("\n")[0];
  if (!path) throw new Error("Chromium not found: install Debian's `chromium` package (apt-get install chromium)");
  return path;
}

/** The status of one https GET (self-signed certificate accepted), or the network error. */
function probe(url: string): Promise<number | Error> {
  return new Promise((done) => {
    const request = https.get(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    });
    request.on("error", (error) => done(error));
    request.setTimeout(5000, () => request.destroy(new Error("timeout")));
  });
}

export interface Server {
  child: ChildProcess;
}

/**
 * Runs `npm start` as the README says (on Windows and Mac, where `npm start` sideloads into Excel,
 * `npm run preview`), waits until the preview page answers, and returns the running process.
 * @throws when something else already serves the port, or the server does not come up in time
 *   (with the end of its output).
 */
export async function startServer(timeoutMs = 420000): Promise<Server> {
  if (!((await probe(ORIGIN)) instanceof Error)) {
    throw new Error(`Something already serves ${ORIGIN}: stop it, or run the tests with MDI_PORT=<free port>.`);
  }
  const npm = os.platform() === "win32" ? "npm.cmd" : "npm";
  const args = os.platform() === "linux" ? ["start"] : ["run", "preview"];
  const log = createWriteStream(SERVER_LOG);
  const child = spawn(npm, args, {
    cwd: ROOT,
    env: { ...process.env, BROWSER: "none", MDI_PORT: String(PORT) },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stopping it stops webpack too.
    detached: os.platform() !== "win32",
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: number | null | undefined;
  child.on("exit", (code) => (exited = code));

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined) {
      throw new Error(`\`npm ${args.join(" ")}\` exited (${exited}) before serving:\n${tail(SERVER_LOG)}`);
    }
    if ((await probe(PREVIEW_URL)) === 200) return { child };
    if (Date.now() > deadline) {
      stopServer({ child });
      throw new Error(`${PREVIEW_URL} did not come up within ${timeoutMs / 1000} s:\n${tail(SERVER_LOG)}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function tail(path: string): string {
  try {
    return readFileSync(path, "utf8").slice(-4000);
  } catch {
    return "(no server output)";
  }
}

/** Stops the server and everything it started (its process group). */
export function stopServer(server: Server): void {
  const pid = server.child.pid;
  if (pid === undefined || server.child.exitCode !== null) return;
  try {
    if (os.platform() === "win32") spawnSync("taskkill", ["/pid", String(pid), "/t", "/f"]);
    else process.kill(-pid, "SIGTERM");
  } catch (error) {
    // Already gone (ESRCH) is fine; anything else is worth seeing.
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** Headless Debian Chromium through playwright-core. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface PreviewPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed or foreign requests seen so far (CSP violations included). */
  problems: string[];
}

/**
 * A fresh browser context on the preview, waiting until the default sample is on screen. Every
 * request must stay on the page's own origin: anything else is recorded as a problem.
 */
export async function openPreview(
  browser: Browser,
  options: { language?: "nl" | "en"; width?: number; height?: number; query?: string } = {},
): Promise<PreviewPage> {
  const language = options.language ?? "nl";
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    acceptDownloads: true,
    locale: language === "nl" ? "nl-NL" : "en-GB",
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith("data:") && !url.startsWith("blob:"))
      problems.push(`foreign request: ${url}`);
  });
  page.on("requestfailed", (request) =>
    problems.push(`failed request: ${request.url()} ${request.failure()?.errorText ?? ""}`),
  );
  // query: e.g. "emptyCells=zero" (empty cells reach the functions as 0, as on older desktop builds).
  await page.goto(options.query ? `${PREVIEW_URL}?${options.query}` : PREVIEW_URL);
  await waitUntilReady(page);
  return { context, page, problems };
}

/** Waits until no file is being opened and a workbook is shown. */
export async function waitUntilReady(page: Page, timeout = 120000): Promise<void> {
  await page.waitForSelector('[data-preview-state="ready"]', { timeout });
}

/** Saves a screenshot as test-results/screenshots/<name>.png (the README's come from there). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The start of a templated pane message, up to where its first value goes. */
export function prefix(message: (marker: string) => string): string {
  return message("\u0000").split("\u0000")[0];
}
