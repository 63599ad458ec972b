/**
 * A span is a half-open range [start, end) of UTF-16 offsets in one file.
 * Every AST value carries one (through the document's span index) so that
 * diagnostics can point at the exact text the user wrote.
 */
export interface Span {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

export function createSpan(file: string, start: number, end: number): Span {
  return { file, start, end: Math.max(start, end) };
}

/** The smallest span covering both. Both must be in the same file. */
export function joinSpans(a: Span, b: Span): Span {
  return { file: a.file, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
