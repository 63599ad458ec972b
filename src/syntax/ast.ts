/**
 * SpecAst: what a front end returns for one file. The tree itself is the
 * `SpecDocument` (JSON form); positions and comments live in side tables keyed
 * by JSON Pointer (RFC 6901), so both syntaxes produce byte-for-byte comparable
 * documents while every value still knows where it came from.
 *
 * Pointer examples: "" (root), "/entities/User", "/entities/User/fields/email/type",
 * "/sagas/Checkout/steps/0/do". Map keys are escaped (~ → ~0, / → ~1).
 */
import type { Span } from '../core/span.js';
import type { SpecDocument } from './document.js';

export interface NodeSpans {
  /** The whole entry: key and value (for a map entry), or the value (for a list item). */
  readonly span: Span;
  /** The key, for a map entry (where "unknown property" and "duplicate name" point). */
  readonly key?: Span;
  /** The value alone. */
  readonly value: Span;
  /**
   * For an expression string taken from a `.pab` file: the span of each token
   * of the canonical string, in order (the canonical spelling changes only
   * whitespace, so token i of the string is token i of the source).
   */
  readonly tokens?: readonly Span[];
}

export type SpanIndex = Map<string, NodeSpans>;

/** Comments attached to a node. Texts are without the `//` marker and one leading space. */
export interface NodeComments {
  /** Own-line comments before the node. */
  leading?: string[];
  /** A comment after the node on its last line. */
  trailing?: string;
  /** Comments after the last member of a block, before its closing brace (or at end of file for ""). */
  end?: string[];
}

export type CommentIndex = Map<string, NodeComments>;

/** The comments entry of `pointer`, created empty when there is none yet. */
export function commentsAt(index: CommentIndex, pointer: string): NodeComments {
  let entry = index.get(pointer);
  if (!entry) {
    entry = {};
    index.set(pointer, entry);
  }
  return entry;
}

export type SpecFormat = 'pab' | 'yaml';

export interface SpecAst {
  readonly file: string;
  readonly format: SpecFormat;
  readonly document: SpecDocument;
  readonly spans: SpanIndex;
  readonly comments: CommentIndex;
}

export function escapePointerSegment(s: string): string {
  // Names rarely contain `~` or `/`: skip the regular expressions then.
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

export function unescapePointerSegment(s: string): string {
  return s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s;
}

/** Joins a parent pointer and a key or index. */
export function childPointer(parent: string, key: string | number): string {
  return `${parent}/${typeof key === 'number' ? key : escapePointerSegment(key)}`;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapePointerSegment);
}

/**
 * The spans of the nearest node at or above `pointer` that the index knows,
 * so a diagnostic about a missing child can point at its parent.
 */
export function nearestSpans(spans: SpanIndex, pointer: string): NodeSpans | undefined {
  let p = pointer;
  for (;;) {
    const s = spans.get(p);
    if (s) return s;
    if (p === '') return undefined;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}
