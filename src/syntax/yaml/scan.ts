/**
 * Pass 1 of the `backend.yaml` front end: one walk over yaml's CST (the
 * `Parser` tokens) collecting what the composed document no longer knows
 * precisely: comments, tags and directives with their offsets, where each
 * document starts, and whether lists and mappings nest deeper than MAX_DEPTH.
 * It runs before anything recursive over the document (yaml's `Composer`
 * included), so hostile nesting stops here. The walk recurses, but it does
 * not descend into a collection nested deeper than MAX_DEPTH, and the CST
 * only nests through collections, so its own depth stays bounded.
 */
import type { CST } from 'yaml';

/** Deepest nesting of lists and mappings accepted (the spec itself needs about 8). */
export const MAX_DEPTH = 64;

/** A comment, tag or directive token as written: where it starts and its text. */
export interface RawToken { readonly offset: number; readonly source: string }

export interface CstFacts {
  /** In source order. */
  comments: RawToken[];
  tags: RawToken[];
  directives: RawToken[];
  /** Offset where each document starts (its `---` when present), in source order. */
  documents: number[];
  /** Offset of the first collection nested deeper than MAX_DEPTH. */
  tooDeep?: number;
}

/** Any CST token or collection item; the fields that may hold nested tokens, all optional. */
interface CstNode {
  readonly type?: string;
  readonly offset?: number;
  readonly source?: string;
  readonly start?: unknown;
  readonly key?: unknown;
  readonly sep?: unknown;
  readonly value?: unknown;
  readonly end?: unknown;
  readonly items?: unknown;
  readonly props?: unknown;
}

function documentStart(doc: CST.Document): number {
  return doc.start.find((t) => t.type === 'doc-start')?.offset ?? doc.value?.offset ?? doc.offset;
}

/**
 * Token types that hold nothing nested (yaml's `SourceToken` and `Directive`):
 * most of the tokens of a file, which the walk so leaves after one look.
 */
const LEAVES: ReadonlySet<string | undefined> = new Set([
  'byte-order-mark', 'doc-mode', 'doc-start', 'space', 'comment', 'newline', 'directive-line', 'directive', 'anchor', 'tag',
  'seq-item-ind', 'explicit-key-ind', 'map-value-ind', 'flow-map-start', 'flow-map-end', 'flow-seq-start', 'flow-seq-end',
  'flow-error-end', 'comma', 'block-scalar-header',
]);

class CstScanner {
  readonly facts: CstFacts = { comments: [], tags: [], directives: [], documents: [] };

  /** A field of a token: a token, a list of tokens, or nothing. */
  field(v: unknown, depth: number): void {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) this.field(v[i], depth);
    } else if (v !== null && typeof v === 'object') {
      this.token(v as CstNode, depth);
    }
  }

  token(t: CstNode, depth: number): void {
    let d = depth;
    switch (t.type) {
      case 'comment':
        this.facts.comments.push(t as RawToken);
        break;
      case 'tag':
        this.facts.tags.push(t as RawToken);
        break;
      case 'directive':
        this.facts.directives.push(t as RawToken);
        break;
      case 'document':
        this.facts.documents.push(documentStart(t as unknown as CST.Document));
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        d = depth + 1;
        if (d > MAX_DEPTH) {
          this.facts.tooDeep = Math.min(this.facts.tooDeep ?? Infinity, t.offset ?? 0);
          return;
        }
        break;
      default:
        break;
    }
    if (LEAVES.has(t.type)) return;
    if (t.start !== undefined) this.field(t.start, d);
    if (t.key !== undefined) this.field(t.key, d);
    if (t.sep !== undefined) this.field(t.sep, d);
    if (t.value !== undefined) this.field(t.value, d);
    if (t.end !== undefined) this.field(t.end, d);
    if (t.items !== undefined) this.field(t.items, d);
    if (t.props !== undefined) this.field(t.props, d);
  }
}

/** Collects the CST facts of a whole stream of tokens. */
export function scanCst(tokens: readonly CST.Token[]): CstFacts {
  const scanner = new CstScanner();
  scanner.field(tokens, 0);
  const facts = scanner.facts;
  facts.comments.sort((a, b) => a.offset - b.offset);
  facts.documents.sort((a, b) => a - b);
  return facts;
}
