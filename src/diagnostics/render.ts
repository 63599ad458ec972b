/**
 * Diagnostic reporters: `pretty` (code frame, optional color), `plain`
 * (one line each, for logs), `json` (array of flat objects, 1-based
 * positions) and `github` (Actions workflow commands). Rendering is pure: it
 * takes the source files it needs and returns a string.
 */
import pc from 'picocolors';
import { positionOf, type SourceFile } from '../core/source-file.js';
import type { Span } from '../core/span.js';
import { sortDiagnostics, type Diagnostic } from './diagnostic.js';

export type ReporterName = 'pretty' | 'plain' | 'json' | 'github';
export const REPORTERS: readonly ReporterName[] = ['pretty', 'plain', 'json', 'github'];

export interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  hint?: string;
  related?: { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

export interface RenderOptions {
  readonly files: ReadonlyMap<string, SourceFile>;
  readonly color?: boolean;
}

interface Located {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function locate(span: Span | undefined, files: ReadonlyMap<string, SourceFile>): Located | undefined {
  if (!span) return undefined;
  const sf = files.get(span.file);
  if (!sf) return { file: span.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const a = positionOf(sf, span.start);
  const b = positionOf(sf, span.end);
  return { file: span.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

export function toJsonDiagnostics(diags: readonly Diagnostic[], files: ReadonlyMap<string, SourceFile>): JsonDiagnostic[] {
  return sortDiagnostics(diags).map((d) => {
    const loc = locate(d.span, files);
    const out: JsonDiagnostic = {
      code: d.code,
      severity: d.severity,
      message: d.message,
      file: loc?.file ?? null,
      line: loc?.line ?? null,
      column: loc?.column ?? null,
      endLine: loc?.endLine ?? null,
      endColumn: loc?.endColumn ?? null,
    };
    if (d.hint) out.hint = d.hint;
    if (d.related && d.related.length > 0) {
      out.related = d.related.map((r) => ({ ...locate(r.span, files)!, message: r.message }));
    }
    return out;
  });
}

/** Replaces control characters (which could drive the terminal) with a visible one, keeping widths. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

function where(loc: Located | undefined): string {
  return loc ? `${loc.file}:${loc.line}:${loc.column}` : '<spec>';
}

export function renderPlain(diags: readonly Diagnostic[], opts: RenderOptions): string {
  return sortDiagnostics(diags)
    .map((d) => {
      const head = `${where(locate(d.span, opts.files))} - ${d.severity} ${d.code}: ${sanitizeForTerminal(d.message)}`;
      return d.hint ? `${head} (${sanitizeForTerminal(d.hint)})` : head;
    })
    .map((l) => l + '\n')
    .join('');
}

function codeFrame(span: Span, sf: SourceFile, paint: (s: string) => string): string[] {
  const a = positionOf(sf, span.start);
  const b = positionOf(sf, Math.max(span.start, span.end));
  const lines: string[] = [];
  const first = Math.max(1, a.line - 1);
  const last = Math.min(sf.lineStarts.length, b.line, a.line + 4);
  const width = String(last).length;
  for (let ln = first; ln <= last; ln++) {
    const start = sf.lineStarts[ln - 1]!;
    const next = sf.lineStarts[ln] ?? sf.text.length;
    const text = sf.text.slice(start, next).replace(/\r?\n$|\r$/, '');
    const clean = sanitizeForTerminal(text);
    const shown = clean.length > 200 ? clean.slice(0, 200) + '…' : clean;
    const marker = ln >= a.line && ln <= b.line ? '>' : ' ';
    lines.push(`${marker} ${String(ln).padStart(width)} | ${shown}`);
    if (ln >= a.line && ln <= b.line) {
      const from = ln === a.line ? a.column - 1 : 0;
      const to = ln === b.line ? Math.max(from + 1, b.column - 1) : Math.max(from + 1, text.length);
      const clippedTo = Math.min(to, 201);
      if (from <= 200) lines.push(`  ${' '.repeat(width)} | ${' '.repeat(from)}${paint('^'.repeat(Math.max(1, clippedTo - from)))}`);
    }
  }
  return lines;
}

export function renderPretty(diags: readonly Diagnostic[], opts: RenderOptions): string {
  const c = pc.createColors(opts.color ?? false);
  const sevColor = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const blocks = sortDiagnostics(diags).map((d) => {
    const paint = sevColor[d.severity];
    const loc = locate(d.span, opts.files);
    const out = [`${c.cyan(where(loc))} - ${paint(d.severity)} ${c.gray(d.code)}: ${sanitizeForTerminal(d.message)}`];
    const sf = d.span ? opts.files.get(d.span.file) : undefined;
    if (d.span && sf) out.push(...codeFrame(d.span, sf, paint));
    for (const r of d.related ?? []) out.push(`  ${c.cyan(where(locate(r.span, opts.files)))}: ${sanitizeForTerminal(r.message)}`);
    if (d.hint) out.push(`  ${c.green('hint')}: ${sanitizeForTerminal(d.hint)}`);
    return out.join('\n') + '\n';
  });
  return blocks.join('\n');
}

function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(diags: readonly Diagnostic[], opts: RenderOptions): string {
  const kind = { error: 'error', warning: 'warning', info: 'notice' } as const;
  return sortDiagnostics(diags)
    .map((d) => {
      const loc = locate(d.span, opts.files);
      const props = [`title=${escapeGithubProperty(`pab ${d.code}`)}`];
      if (loc) {
        props.unshift(
          `file=${escapeGithubProperty(loc.file)}`,
          `line=${loc.line}`,
          `col=${loc.column}`,
          `endLine=${loc.endLine}`,
          `endColumn=${loc.endColumn}`,
        );
      }
      const msg = d.hint ? `${d.message} ${d.hint}` : d.message;
      return `::${kind[d.severity]} ${props.join(',')}::${escapeGithubData(msg)}\n`;
    })
    .join('');
}

export function renderDiagnostics(reporter: ReporterName, diags: readonly Diagnostic[], opts: RenderOptions): string {
  switch (reporter) {
    case 'json':
      return JSON.stringify(toJsonDiagnostics(diags, opts.files), null, 2) + '\n';
    case 'github':
      return renderGithub(diags, opts);
    case 'plain':
      return renderPlain(diags, opts);
    case 'pretty':
      return renderPretty(diags, opts);
  }
}
