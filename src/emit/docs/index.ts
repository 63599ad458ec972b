/**
 * Target `docs`: a Markdown reference of the backend, readable on GitHub.
 * `README.md` is the overview and table of contents; one page per part of
 * the spec that is not empty (data model, auth, API, external services,
 * aggregates/events/sagas, MCP servers) and `deploy.md`. Diagrams are
 * Mermaid (an erDiagram of the entities, a sequenceDiagram per saga).
 *
 * The view model (`view-model.ts`) decides everything; the templates
 * (`templates/*.njk`, overridable as `docs/<file>`) only lay it out. Every
 * page starts with the generated-file header, added here so that an
 * override cannot drop it, and goes through `tidyMarkdown`.
 */
import type { Emitter, OutputFile } from '../emitter.js';
import { generatedHeader } from '../header.js';
import { buildDocsViewModel } from './view-model.js';

/** The docs target has no options yet. */
export type DocsOptions = Record<string, never>;

/**
 * Layout clean-up, so templates can branch freely without counting blank
 * lines: outside fenced code blocks, trailing spaces go and runs of blank
 * lines become one; the file ends with exactly one newline. Fenced blocks
 * (prompt templates, diagrams) are kept byte for byte.
 */
export function tidyMarkdown(text: string): string {
  const out: string[] = [];
  let fence: string | undefined; // the opening fence while inside a block
  for (const line of text.split('\n')) {
    if (fence !== undefined) {
      out.push(line);
      const close = mayBeFence(line) ? /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line) : null;
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    const open = mayBeFence(line) ? /^ {0,3}(`{3,}|~{3,})/.exec(line) : null;
    if (open) fence = open[1];
    const trimmed = /\s$/.test(line) ? line.replace(/\s+$/, '') : line;
    if (trimmed === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(trimmed);
  }
  while (out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** A cheap pre-test for a fence line: it starts with a space, "`" or "~". */
function mayBeFence(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 0x20 || c === 0x60 || c === 0x7e;
}

export const docsTarget: Emitter<DocsOptions> = {
  name: 'docs',
  description: 'A Markdown reference of the backend (entities, ER diagram, API, auth, events, sagas, MCP), readable on GitHub.',
  options: [],
  defaults: {},
  emit(model, ctx): OutputFile[] {
    const header = generatedHeader('markdown', ctx.specPath);
    return buildDocsViewModel(model).map((file) => ({
      path: file.path,
      content: tidyMarkdown(`${header}\n${ctx.render(file.template, { page: file.page, model })}`),
      kind: 'generated',
    }));
  },
};
