/**
 * `npm start` and `npm run preview`.
 * - Windows or Mac (Excel can be sideloaded): office-addin-debugging builds, serves and sideloads.
 * - Anywhere else (Linux, CI), with `npm run preview` (`--preview`), or with `--serve-only`/MDI_SERVE_ONLY=1:
 *   build and serve the add-in over https on port 3000 (self-signed certificate when the Office dev CA
 *   cannot be installed), print the URLs, and open the browser preview
 *   (https://localhost:3000/preview.html) in the default browser when there is one — BROWSER=none
 *   skips that, BROWSER=<program> picks the browser. It keeps serving until stopped (Ctrl+C).
 *   MDI_PORT=<port> serves on another port (two checkouts side by side).
 * The Office tools exit 0 on Linux even when they fail, so this script checks what happened itself and
 * never reports a silent success; a missing browser is never a failure.
 */
import { spawn } from "node:child_process";
import https from "node:https";
import os from "node:os";
import process from "node:process";

const PORT = Number(process.env.MDI_PORT || process.env.npm_package_config_dev_server_port || 3000);
const ORIGIN = `https://localhost:${PORT}`;
const PREVIEW_URL = `${ORIGIN}/preview.html`;
const preview = process.argv.includes("--preview");
const serveOnly =
  preview ||
  process.argv.includes("--serve-only") ||
  process.env.MDI_SERVE_ONLY === "1" ||
  !["win32", "darwin"].includes(os.platform());

const npx = os.platform() === "win32" ? "npx.cmd" : "npx";

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

/** Resolves when `url` answers 200 (self-signed certificates accepted), rejects after `timeoutMs`. */
function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = https.get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else retry(new Error(`${url} answered ${response.statusCode}`));
      });
      request.on("error", retry);
      request.setTimeout(5000, () => request.destroy(new Error("timeout")));
    };
    const retry = (error) => {
      if (Date.now() > deadline) reject(error);
      else setTimeout(attempt, 500);
    };
    attempt();
  });
}

function sideload() {
  console.log("Building, serving and sideloading MDI for Excel into Excel desktop…");
  const child = spawn(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"], {
    stdio: ["inherit", "pipe", "pipe"],
    shell: os.platform() === "win32",
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
  }
  child.on("exit", (code) => {
    if (code !== 0 || /not supported|error|failed|unable/i.test(output)) {
      fail(
        "Sideloading did not succeed (see above). Run `npm start -- --serve-only` to serve the add-in, then " +
          "sideload manifest.xml by hand (README: Sideloading).",
      );
    }
  });
}

/**
 * Opens `url` in the default browser (or the program named by BROWSER), without waiting for it.
 * Never fails: with no browser (a server, CI) it says where to point one.
 */
function openBrowser(url) {
  const choice = process.env.BROWSER;
  if (choice === "none") return;
  const [command, args] = choice
    ? [choice, [url]]
    : os.platform() === "darwin"
      ? ["open", [url]]
      : os.platform() === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  const noBrowser = (why) => console.log(`  (No browser opened: ${why}. Open ${url} yourself.)`);
  try {
    const child = spawn(command, args, { stdio: "ignore", detached: true });
    child.on("error", (error) => noBrowser(`${command}: ${error.code === "ENOENT" ? "not installed" : error.message}`));
    child.on("exit", (code) => {
      if (code) noBrowser(`${command} exited with ${code}`);
    });
    child.unref();
  } catch (error) {
    noBrowser(error.message);
  }
}

async function serve() {
  const reason = preview
    ? "Browser preview (as asked): serving the add-in without Excel."
    : ["win32", "darwin"].includes(os.platform())
      ? "Serving only (as asked)."
      : `Excel does not run on ${os.platform()}: serving the add-in and its browser preview without sideloading.`;
  console.log(`${reason}\nBuilding and serving on ${ORIGIN} …`);
  const server = spawn(npx, ["webpack", "serve", "--mode", "development", "--port", String(PORT)], {
    stdio: ["ignore", "pipe", "pipe"],
    shell: os.platform() === "win32",
  });
  let log = "";
  const keep = (chunk) => {
    log = (log + chunk).slice(-20000);
  };
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);
  server.on("exit", (code) => fail(`The web server stopped (exit ${code}).\n${log.slice(-4000)}`));
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.removeAllListeners("exit");
      server.kill("SIGTERM");
      process.exit(0);
    });
  }
  try {
    await waitFor(`${ORIGIN}/taskpane.html`, 300000);
    await waitFor(`${ORIGIN}/functions.json`, 10000);
    await waitFor(PREVIEW_URL, 10000);
  } catch (error) {
    server.kill("SIGTERM");
    fail(`The add-in did not come up on ${ORIGIN}: ${error.message}\n${log.slice(-4000)}`);
  }
  console.log(
    [
      "",
      `✔ MDI for Excel is served on ${ORIGIN} (self-signed certificate: your browser will ask you to accept it).`,
      `  Browser preview:   ${PREVIEW_URL}  (the add-in without Excel, on a sample workbook)`,
      `  Task pane:         ${ORIGIN}/taskpane.html`,
      `  Function metadata: ${ORIGIN}/functions.json (Dutch: ${ORIGIN}/functions-nl.json)`,
      `  Manifest:          manifest.xml — in Excel on the web: Home › Add-ins › More Add-ins › Upload My Add-in.`,
      "",
      "Keeps serving until you press Ctrl+C.",
      "",
    ].join("\n"),
  );
  openBrowser(PREVIEW_URL);
}

if (serveOnly) serve();
else sideload();
