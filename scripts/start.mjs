/**
 * `npm start`.
 * - Windows or Mac (Excel can be sideloaded): office-addin-debugging builds, serves and sideloads.
 * - Anywhere else (Linux, CI), or with `--serve-only`/MDI_SERVE_ONLY=1: serve the add-in over https on
 *   port 3000 and say plainly what to open. It keeps serving until stopped (Ctrl+C).
 * The Office tools exit 0 on Linux even when they fail, so this script checks what happened itself and
 * never reports a silent success.
 */
import { spawn } from "node:child_process";
import https from "node:https";
import os from "node:os";
import process from "node:process";

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const ORIGIN = `https://localhost:${PORT}`;
const serveOnly =
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

async function serve() {
  const reason = ["win32", "darwin"].includes(os.platform())
    ? "Serving only (as asked)."
    : `Excel does not run on ${os.platform()}: serving the add-in without sideloading.`;
  console.log(`${reason}\nBuilding and serving on ${ORIGIN} …`);
  const server = spawn(npx, ["webpack", "serve", "--mode", "development"], {
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
    await waitFor(`${ORIGIN}/taskpane.html`, 180000);
    await waitFor(`${ORIGIN}/functions.json`, 10000);
  } catch (error) {
    server.kill("SIGTERM");
    fail(`The add-in did not come up on ${ORIGIN}: ${error.message}\n${log.slice(-4000)}`);
  }
  console.log(
    [
      "",
      `✔ MDI for Excel is served on ${ORIGIN} (self-signed certificate: your browser will ask you to accept it).`,
      `  Task pane:         ${ORIGIN}/taskpane.html`,
      `  Function metadata: ${ORIGIN}/functions.json (Dutch: ${ORIGIN}/functions-nl.json)`,
      `  Manifest:          manifest.xml — in Excel on the web: Home › Add-ins › More Add-ins › Upload My Add-in.`,
      "",
      "Keeps serving until you press Ctrl+C.",
      "",
    ].join("\n"),
  );
}

if (serveOnly) serve();
else sideload();
