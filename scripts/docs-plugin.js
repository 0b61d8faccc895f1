/**
 * Webpack plugin: renders the function reference (docs/functions.md, then
 * docs/functions-analysis.md when it exists) into one page,
 * dist/docs/functions.html — the page every function's @helpurl opens
 * (https://localhost:3000/docs/functions.html#<id>).
 *
 * markdown-it renders the Markdown (CommonMark with tables). Raw HTML in the
 * documents is escaped and script links are refused, so the page never
 * carries markup or script from them. One rule of our own gives every heading
 * the anchor the help links point at: an explicit `{#id}` at its end, or one
 * made from its text.
 */
const fs = require("fs");
const path = require("path");
const MarkdownIt = require("markdown-it");
const { sources, Compilation } = require("webpack");

const DOCS = path.resolve(__dirname, "../docs");
const REQUIRED = ["functions.md"];
const OPTIONAL = ["functions-analysis.md"];

/** Anchor id from heading text: lower case, letters and digits joined by "-". */
function slug(text) {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const EXPLICIT_ID = /\s*\{#([\w-]+)\}$/;

/**
 * markdown-it core rule, run before inline parsing: `## =MDI.RANK {#rank}` becomes
 * <h2 id="rank">=MDI.RANK</h2>, `### Lege cellen en 0` <h3 id="lege-cellen-en-0">.
 * The ids are collected in env.ids, in document order.
 */
function headingIds(state) {
  const ids = state.env.ids;
  state.tokens.forEach((token, i) => {
    if (token.type !== "heading_open") return;
    const inline = state.tokens[i + 1];
    const explicit = EXPLICIT_ID.exec(inline.content);
    if (explicit) inline.content = inline.content.slice(0, explicit.index);
    const id = explicit ? explicit[1] : slug(inline.content);
    token.attrSet("id", id);
    ids.push(id);
  });
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.core.ruler.before("inline", "heading_ids", headingIds);

/**
 * Markdown → HTML, with the heading anchors in order.
 * @param {string} text
 * @returns {{ html: string, ids: string[] }}
 */
function renderMarkdown(text) {
  const env = { ids: [] };
  const html = markdown.render(text, env);
  return { html, ids: env.ids };
}

const STYLE = `
body { font-family: "Segoe UI", system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
h1, h2, h3 { line-height: 1.25; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #d1d1d1; padding-bottom: .25rem; }
code { font-family: Consolas, "Courier New", monospace; background: #f3f3f3; padding: 0 .2em; border-radius: 3px; }
pre { background: #f3f3f3; padding: .75rem 1rem; overflow-x: auto; } pre code { padding: 0; }
table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #d1d1d1; padding: .3rem .6rem; text-align: left; vertical-align: top; }
@media (prefers-color-scheme: dark) { body { background: #1f1f1f; color: #f0f0f0; } code, pre { background: #2b2b2b; } th, td { border-color: #555; } a { color: #6cb8f6; } }
`;

/** The whole page from the documents' Markdown, in order. */
function renderPage(documents) {
  const rendered = documents.map(renderMarkdown);
  const body = rendered.map((r) => r.html).join("\n<hr>\n");
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>MDI for Excel — worksheet functions / werkbladfuncties</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
  return { html, ids: rendered.flatMap((r) => r.ids) };
}

class DocsPlugin {
  /** @param {{ output?: string, metadata?: string }} options */
  constructor(options = {}) {
    this.output = options.output ?? "docs/functions.html";
    this.metadata = options.metadata ?? "functions.json";
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("DocsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DocsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const documents = [];
          for (const name of [...REQUIRED, ...OPTIONAL]) {
            const file = path.join(DOCS, name);
            compilation.fileDependencies.add(file);
            if (fs.existsSync(file)) documents.push(fs.readFileSync(file, "utf8"));
            else if (REQUIRED.includes(name)) {
              compilation.errors.push(new Error(`DocsPlugin: docs/${name} is missing`));
              return;
            }
          }
          const { html, ids } = renderPage(documents);
          compilation.emitAsset(this.output, new sources.RawSource(html));
          // Every function's @helpurl points at #<id>: say so when a function has no section yet.
          const metadata = compilation.getAsset(this.metadata);
          if (metadata) {
            const functions = JSON.parse(metadata.source.source().toString()).functions;
            const missing = functions.map((f) => f.id.toLowerCase()).filter((id) => !ids.includes(id));
            if (missing.length) {
              compilation.warnings.push(new Error(`DocsPlugin: no section in docs for ${missing.join(", ")}`));
            }
          }
        },
      );
    });
  }
}

module.exports = { DocsPlugin, renderMarkdown, renderPage };
