/**
 * Set-up that `npm start` and `npm test` run first, so the README's two commands work on a fresh
 * machine: installs the npm packages when node_modules is missing or older than package-lock.json,
 * and, with --browser (the tests), makes sure a Chromium is there for the end-to-end runs — installing
 * Debian's `chromium` package when running as root on Debian/Ubuntu, else saying exactly what to do.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import os from "node:os";
import { dirname, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const npm = os.platform() === "win32" ? "npm.cmd" : "npm";

function run(command, args) {
  console.log(`> ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", shell: os.platform() === "win32" });
  if (result.status !== 0) {
    console.error(`✖ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

function packagesUpToDate() {
  const installed = resolve(ROOT, "node_modules/.package-lock.json");
  if (!existsSync(installed)) return false;
  return statSync(installed).mtimeMs >= statSync(resolve(ROOT, "package-lock.json")).mtimeMs;
}

function chromiumFound() {
  if (existsSync("/usr/bin/chromium")) return true;
  const found = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" });
  return Boolean(found.stdout && found.stdout.trim());
}

if (!packagesUpToDate()) {
  console.log("Installing the npm packages (first run, or package-lock.json changed)…");
  run(npm, ["ci", "--no-audit", "--no-fund"]);
}

if (process.argv.includes("--browser") && !chromiumFound()) {
  const canApt = os.platform() === "linux" && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (canApt) {
    console.log("Installing Debian's Chromium for the browser tests…");
    run("apt-get", ["update", "-q"]);
    run("apt-get", ["install", "-y", "-q", "--no-install-recommends", "chromium"]);
  } else {
    console.error(
      "✖ The end-to-end tests need Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`) and run npm test again.",
    );
    process.exit(1);
  }
}
