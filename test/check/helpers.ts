/**
 * Test helpers: lay a document out as JSON text while recording a SpanIndex
 * (key spans inside the quotes, string value spans including them, like a
 * quoted YAML scalar), so tests can assert exactly which text a diagnostic
 * points at with `slice(d.span)`.
 */
import type { Span } from '../../src/core/span.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { childPointer, type NodeSpans, type SpanIndex } from '../../src/syntax/ast.js';
import type { SpecDocument } from '../../src/syntax/document.js';
import { checkSpec } from '../../src/check/index.js';

export interface Spanned {
  readonly text: string;
  readonly spans: SpanIndex;
  /** The text a span covers ('' when absent). */
  slice(span: Span | undefined): string;
}

export const FILE = 'spec.json';

export function spanned(doc: unknown): Spanned {
  let text = '';
  const spans: SpanIndex = new Map();
  const write = (value: unknown, pointer: string, key?: Span, entryStart?: number): void => {
    const start = text.length;
    if (Array.isArray(value)) {
      text += '[';
      value.forEach((v, i) => {
        if (i > 0) text += ', ';
        write(v, childPointer(pointer, i));
      });
      text += ']';
    } else if (typeof value === 'object' && value !== null) {
      text += '{';
      Object.entries(value).forEach(([k, v], i) => {
        if (i > 0) text += ', ';
        const es = text.length;
        text += JSON.stringify(k);
        const keySpan = { file: FILE, start: es + 1, end: es + 1 + k.length };
        text += ': ';
        write(v, childPointer(pointer, k), keySpan, es);
      });
      text += '}';
    } else {
      text += JSON.stringify(value);
    }
    const entry: NodeSpans = {
      span: { file: FILE, start: entryStart ?? start, end: text.length },
      value: { file: FILE, start, end: text.length },
      ...(key ? { key } : {}),
    };
    spans.set(pointer, entry);
  };
  write(doc, '');
  return { text, spans, slice: (s) => (s ? text.slice(s.start, s.end) : '') };
}

/** Checks `doc` with spans laid out by `spanned`. */
export function check(doc: SpecDocument) {
  const s = spanned(doc);
  const result = checkSpec(doc, s.spans);
  return { ...result, slice: s.slice, text: s.text };
}

/** Compact view of diagnostics for assertions and failure messages. */
export function summarize(diags: readonly Diagnostic[], slice: (s: Span | undefined) => string) {
  return diags.map((d) => ({ code: d.code, severity: d.severity, message: d.message, at: slice(d.span), ...(d.hint ? { hint: d.hint } : {}) }));
}

/** Checks the rich spec after `mutate` breaks something in it. */
export function checkWith(base: () => SpecDocument, mutate: (doc: SpecDocument) => void) {
  const doc = base();
  mutate(doc);
  return check(doc);
}
