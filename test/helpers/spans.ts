/**
 * Helpers to look at where diagnostics point: the source text under a span,
 * its 1-based position, and a check that a span lies inside its file.
 */
import { expect } from 'vitest';
import { positionOf, type SourceFile } from '../../src/core/source-file.js';
import type { Span } from '../../src/core/span.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** The text a span covers, or undefined when the file is unknown. */
export function textAt(files: ReadonlyMap<string, SourceFile>, span: Span | undefined): string | undefined {
  if (!span) return undefined;
  const f = files.get(span.file);
  return f?.text.slice(span.start, span.end);
}

/** `line:column` (1-based) of the start of a span. */
export function lineColOf(files: ReadonlyMap<string, SourceFile>, span: Span | undefined): string | undefined {
  if (!span) return undefined;
  const f = files.get(span.file);
  if (!f) return undefined;
  const p = positionOf(f, span.start);
  return `${p.line}:${p.column}`;
}

/** The codes of the diagnostics, in their order. */
export function codesOf(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

/**
 * Asserts that every diagnostic has a span into a file that was read and that
 * the span lies inside that file's text (end included).
 */
export function expectSpansInBounds(diagnostics: readonly Diagnostic[], files: ReadonlyMap<string, SourceFile>): void {
  for (const d of diagnostics) {
    const spans = [d.span, ...(d.related ?? []).map((r) => r.span)];
    for (const span of spans) {
      expect(span, `${d.code} has a span`).toBeDefined();
      const f = files.get(span!.file);
      expect(f, `${d.code} points into a file that was read (${span!.file})`).toBeDefined();
      expect(span!.start, `${d.code} start`).toBeGreaterThanOrEqual(0);
      expect(span!.end, `${d.code} end`).toBeGreaterThanOrEqual(span!.start);
      expect(span!.end, `${d.code} end within ${span!.file}`).toBeLessThanOrEqual(f!.text.length);
    }
  }
}
