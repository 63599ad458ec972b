/**
 * Renders the diagnostics reference (`grammar/DIAGNOSTICS.md`) from the
 * registries: per owner, every code with its severity, summary, an example
 * that triggers it and the fix. Pure and deterministic; regenerate the file
 * with `npm run docs:diagnostics`.
 */
import type { DiagnosticDef } from './diagnostic.js';
import { ALL_REGISTRIES } from './codes/index.js';

const INTRO = `Every problem pab finds in a spec is reported as a **diagnostic**. A diagnostic has:

- a **code**: a stable kebab-case name such as \`unknown-property\`, listed below. Codes are never renamed or reused, so scripts and CI can rely on them;
- a **severity**: \`error\`, \`warning\` or \`info\`;
- a **message**: one sentence in the spec's own vocabulary;
- a **span**: the file, line and column it points at (absent for problems with no place, such as a missing file);
- often a **hint**: what to do about it, such as a "did you mean" suggestion.

The CLI prints diagnostics with the reporter chosen by \`--reporter\`: \`pretty\` (the default: a code frame, colored on a terminal), \`plain\` (one line each, for logs), \`json\` (an array of objects with 1-based positions, on stdout) or \`github\` (GitHub Actions workflow commands, shown as annotations on the pull request). \`pab validate\` exits with status 1 when there are errors; with \`--strict\`, warnings fail it too.

Each entry below gives the severity, what the diagnostic means, an example that triggers it and how to fix it.`;

/** The language of a fenced example: `pab`, `yaml`, or '' when it is prose or unclear. */
export function exampleLanguage(owner: string, example: string): string {
  const text = example.trim();
  if (text === '' || text.startsWith('(')) return ''; // a description, not a spec fragment
  if (owner === 'pab') return 'pab';
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const yamlLine = /^\s*(?:#.*|---|%YAML\b.*|- .*|-|[\w-]+:(?:\s.*)?)$/;
  if (lines.every((l) => yamlLine.test(l))) return 'yaml';
  const pabLine = /^\s*(?:\/\/.*|[a-z]\w*\s+[A-Z]\w*\s*\{.*[{}])\s*$/;
  if (lines.some((l) => pabLine.test(l)) && !lines.some((l) => /^\s*[A-Za-z_][\w-]*:\s/.test(l))) return 'pab';
  return '';
}

/** A fenced code block, with a fence longer than any backtick run in `code`. */
function fenced(code: string, language: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${code.replace(/\s+$/, '')}\n${fence}`;
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function renderEntry(owner: string, code: string, def: DiagnosticDef<unknown>): string {
  return [
    `### \`${code}\``,
    `**Severity:** ${def.severity}`,
    def.summary.trim(),
    '**Example:**',
    fenced(def.example, exampleLanguage(owner, def.example)),
    `**Fix:** ${def.fix.trim()}`,
  ].join('\n\n');
}

/** The whole reference as Markdown, ending with a newline. */
export function renderDiagnosticsDoc(): string {
  const parts: string[] = [
    '<!-- Generated from src/diagnostics/codes/*.ts by `npm run docs:diagnostics`; do not edit by hand. -->',
    '# pab diagnostics',
    INTRO,
    '## Contents',
    ALL_REGISTRIES.map((r) => `- [${r.title}](#${anchor(r.title)}) (${Object.keys(r.table).length} codes)`).join('\n'),
  ];
  for (const r of ALL_REGISTRIES) {
    parts.push(`## ${r.title}`);
    for (const code of Object.keys(r.table).sort(byCode)) parts.push(renderEntry(r.owner, code, r.table[code]!));
  }
  return `${parts.join('\n\n')}\n`;
}

/** GitHub's heading anchor: lowercase, punctuation dropped, spaces to hyphens. */
function anchor(title: string): string {
  return title.toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-');
}
