/** Types of scripts/docs-plugin.js for the tests that import it. */
import type { Compiler } from "webpack";

export function renderMarkdown(markdown: string): { html: string; ids: string[] };
export function renderPage(documents: string[]): { html: string; ids: string[] };
export class DocsPlugin {
  constructor(options?: { output?: string; metadata?: string });
  apply(compiler: Compiler): void;
}
