/**
 * The Markdown renderer of the functions' help page (scripts/docs-plugin.js):
 * heading anchors, and the Markdown the documents use, with nothing from them
 * reaching the page as markup or script.
 */
import { renderMarkdown } from "../../scripts/docs-plugin";

describe("the Markdown renderer", () => {
  it("gives headings their explicit anchor, or one from the text", () => {
    const { html, ids } = renderMarkdown("## =MDI.RANK {#rank}\n\n### Lege cellen en 0\n");
    expect(html).toContain('<h2 id="rank">=MDI.RANK</h2>');
    expect(ids).toEqual(["rank", "lege-cellen-en-0"]);
  });

  it("renders tables, lists, code and inline markup, escaping everything else", () => {
    const { html } = renderMarkdown(
      [
        "| a | b |",
        "|---|---|",
        "| [`=MDI.SCORE`](#score) | *x* **y** <script> |",
        "",
        "- one",
        "  continued",
        "- two",
        "",
        "```",
        "=MDI.RANK(A2:A6) <&>",
        "```",
        "[bad](javascript:alert)",
      ].join("\n"),
    );
    expect(html).toContain('<td><a href="#score"><code>=MDI.SCORE</code></a></td>');
    expect(html).toContain("<em>x</em> <strong>y</strong> &lt;script&gt;");
    expect(html).toContain("<li>one\ncontinued</li>\n<li>two</li>");
    expect(html).toContain("<pre><code>=MDI.RANK(A2:A6) &lt;&amp;&gt;\n</code></pre>");
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).not.toContain("<script>");
  });
});
