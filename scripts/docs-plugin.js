/**
 * Webpack plugin: renders the function reference (docs/functions.md, then
 * docs/functions-analysis.md when it exists) into one page,
 * dist/docs/functions.html — the page every function's @helpurl opens
 * (https://localhost:3000/docs/functions.html#<id>).
 *
 * The Markdown renderer covers the subset these documents use: headings
 * (with an explicit anchor `{#id}` or one made from the text), paragraphs,
 * fenced code blocks, pipe tables, bullet and numbered lists, and inline
 * code, bold, italics and links. Everything else is escaped text, so the page
 * never carries markup or script from the documents.
 */
const fs = require("fs");
const path = require("path");
const { sources, Compilation } = require("webpack");

const DOCS = path.resolve(__dirname, "../docs");
const REQUIRED = ["functions.md"];
const OPTIONAL = ["functions-analysis.md"];

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Anchor id from heading text: lower case, letters and digits joined by "-". */
function slug(text) {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `code`, **bold** and *italics* of one line; everything else escaped. */
function emphasis(text) {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (part.length > 1 && part.startsWith("`") && part.endsWith("`")) {
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      }
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
        .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\w)/g, "$1<em>$2</em>");
    })
    .join("");
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Inline markup of one line: [text](url) around `code`, **bold** and *italics*. */
function inline(text) {
  let html = "";
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label, href] = match;
    // Only links within the site or to the web: no javascript: or data: URLs from a document.
    const safe = /^(https?:\/\/|#|\.{0,2}\/|[\w-]+\.html(#[\w-]*)?$)/.test(href) ? href : "#";
    html += emphasis(text.slice(last, match.index)) + `<a href="${escapeHtml(safe)}">${emphasis(label)}</a>`;
    last = match.index + whole.length;
  }
  return html + emphasis(text.slice(last));
}

function tableCells(line) {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((cell) => cell.trim());
}

const isTableDivider = (line) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+\.\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const FENCE = /^```/;

/**
 * Markdown (the subset above) → HTML. Headings get an id: `## =MDI.RANK {#rank}` → <h2 id="rank">.
 * @param {string} markdown
 * @returns {{ html: string, ids: string[] }}
 */
function renderMarkdown(markdown) {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const out = [];
  const ids = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i++;
      continue;
    }
    if (FENCE.test(line)) {
      const code = [];
      i++;
      while (i < lines.length && !FENCE.test(lines[i])) code.push(lines[i++]);
      i++; // closing fence
      out.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1].length;
      let text = heading[2];
      let id;
      const explicit = /\s*\{#([\w-]+)\}$/.exec(text);
      if (explicit) {
        id = explicit[1];
        text = text.slice(0, explicit.index);
      } else {
        id = slug(text);
      }
      ids.push(id);
      out.push(`<h${level} id="${escapeHtml(id)}">${inline(text)}</h${level}>`);
      i++;
      continue;
    }
    if (line.trim().startsWith("|") && i + 1 < lines.length && isTableDivider(lines[i + 1])) {
      const header = tableCells(line);
      i += 2;
      const rows = [];
      while (i < lines.length && lines[i].trim().startsWith("|")) rows.push(tableCells(lines[i++]));
      const head = header.map((cell) => `<th>${inline(cell)}</th>`).join("");
      const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join("")}</tr>`).join("\n");
      out.push(`<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`);
      continue;
    }
    const listKind = BULLET.test(line) ? "ul" : NUMBERED.test(line) ? "ol" : null;
    if (listKind) {
      const pattern = listKind === "ul" ? BULLET : NUMBERED;
      const items = [];
      while (i < lines.length && lines[i].trim() !== "") {
        const item = pattern.exec(lines[i]);
        if (item) items.push(item[1]);
        else if (/^\s+\S/.test(lines[i]) && items.length) items[items.length - 1] += ` ${lines[i].trim()}`;
        else break;
        i++;
      }
      out.push(`<${listKind}>\n${items.map((item) => `<li>${inline(item)}</li>`).join("\n")}\n</${listKind}>`);
      continue;
    }
    const paragraph = [];
    while (
      i < lines.length &&
      lines[i].trim() !== "" &&
      !FENCE.test(lines[i]) &&
      !HEADING.test(lines[i]) &&
      !BULLET.test(lines[i]) &&
      !NUMBERED.test(lines[i]) &&
      !(lines[i].trim().startsWith("|") && i + 1 < lines.length && isTableDivider(lines[i + 1]))
    ) {
      paragraph.push(lines[i++].trim());
    }
    out.push(`<p>${inline(paragraph.join(" "))}</p>`);
  }
  return { html: out.join("\n"), ids };
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
