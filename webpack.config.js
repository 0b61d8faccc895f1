/**
 * Two self-contained bundles:
 * - functions.js: the custom functions and the engine, loadable on its own as
 *   a plain script (no shared runtime chunk), so formulas recalculate without
 *   waking the React task pane, and tests can load exactly what Excel loads;
 * - taskpane.js: the React task pane.
 * taskpane.html loads both (shared runtime: one page for pane and functions).
 */
const fs = require("fs");
const path = require("path");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsNlPlugin } = require("./scripts/functions-nl-plugin");
const { DocsPlugin } = require("./scripts/docs-plugin");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Every file in src/functions with @customfunction declarations (the metadata plugin reads them). */
const FUNCTIONS_DIR = path.resolve(__dirname, "src/functions");
const FUNCTION_FILES = fs
  .readdirSync(FUNCTIONS_DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(FUNCTIONS_DIR, f))
  .filter((f) => fs.readFileSync(f, "utf8").includes("@customfunction"))
  .sort();

/** Output folder; MDI_DIST lets parallel builds (and their tests) use separate folders. */
const DIST = process.env.MDI_DIST ? path.resolve(process.env.MDI_DIST) : path.resolve(__dirname, "dist");

async function httpsOptions() {
  // The Office dev CA can be installed on Windows and Mac; on Linux it needs sudo and fails,
  // so webpack-dev-server's own self-signed certificate is used there.
  if (os.platform() === "win32" || os.platform() === "darwin") {
    try {
      const devCerts = require("office-addin-dev-certs");
      const options = await devCerts.getHttpsServerOptions();
      return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
    } catch (error) {
      console.warn(`Office dev certificate not available (${error.message}); using a self-signed certificate.`);
    }
  }
  return "https";
}

/** Origins allowed to read the served files: this computer, and Office's hosts (Excel on the web). */
const ALLOWED_ORIGIN =
  /^https:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?$|^https:\/\/(?:[a-z0-9-]+\.)*(?:officeapps\.live\.com|office\.com|office365\.com|sharepoint\.com|microsoft365\.com)$/i;

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: DIST,
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
        { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
        // The bundled boundaries (data/netherlands/boundaries): JSON, each in its own chunk, loaded by the map step.
        { test: /\.topojson$/, type: "json" },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new FunctionsNlPlugin({ input: "functions.json", output: "functions-nl.json" }),
      new DocsPlugin({ output: "docs/functions.html", metadata: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      // The add-in without Excel (npm start on Linux, npm run preview): its own page and CSP.
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "examples/*.xlsx", to: "examples/[name][ext]" },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      server: await httpsOptions(),
      // Served to this computer only, and readable cross-origin only by itself and Office (Excel on the
      // web loads functions.json and the page from Office's own origins), never by any site ("*").
      host: "localhost",
      headers: (req) => {
        const origin = req.headers.origin;
        return origin && ALLOWED_ORIGIN.test(origin) ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : {};
      },
      static: { directory: DIST },
      hot: false,
      liveReload: false,
      client: false,
      open: false,
    },
  };
};
