/**
 * Pass 4 of the `backend.yaml` front end: attaches the comments found by the
 * CST scan to the entries recorded by the builder, by position, into a
 * CommentIndex keyed by JSON Pointer (the rules are on CommentAttacher).
 * Entries are looked up by binary search over their offsets, so the cost
 * grows with the number of comments, not with the size of the file.
 */
import { positionOf, type SourceFile } from '../../core/source-file.js';
import { lowerBound } from '../../core/search.js';
import { commentsAt, type CommentIndex } from '../ast.js';
import type { RawToken } from './scan.js';

/** A block or flow collection, for attaching `end` comments. */
export interface Coll {
  readonly pointer: string;
  readonly block: boolean;
  /** Where the collection starts (its column is where its entries are). */
  readonly start: number;
  /** The collection containing this one. */
  readonly outer: Coll | undefined;
  /** How many collections contain this one's entries, itself included (1 for the root). */
  readonly depth: number;
}

/** A map entry or list item written in the file (not reached through an alias). */
export interface Anchor {
  readonly pointer: string;
  /** Key start, `-` of a block list item, or the value start. */
  readonly start: number;
  readonly end: number;
  readonly inFlow: boolean;
  /** The innermost collection containing this entry. */
  readonly coll: Coll;
}

function commentText(source: string): string {
  const body = source.startsWith('#') ? source.slice(1) : source;
  return (body.startsWith(' ') ? body.slice(1) : body).trimEnd();
}

function pushComment(index: CommentIndex, pointer: string, kind: 'leading' | 'end', text: string): void {
  const c = commentsAt(index, pointer);
  (c[kind] ??= []).push(text);
}

/** The first entry of `list` nested deepest, preferring entries outside flow collections. */
function deepest(list: readonly Anchor[]): Anchor | undefined {
  let best: Anchor | undefined;
  let bestFlow: Anchor | undefined;
  for (const a of list) {
    if (a.inFlow) {
      if (!bestFlow || a.coll.depth > bestFlow.coll.depth) bestFlow = a;
    } else if (!best || a.coll.depth > best.coll.depth) {
      best = a;
    }
  }
  return best ?? bestFlow;
}

/**
 * Attaches comments by position:
 * - after code on the same line → `trailing` of the deepest entry starting on that line
 *   (entries of a flow collection only when no block entry starts there), else of the
 *   deepest entry ending on that line;
 * - own-line, after the last entry of block collections that end before the next entry
 *   and indented at least as far as their entries → `end` of the deepest such collection;
 * - otherwise own-line → `leading` of the next entry (so the file's first comments lead
 *   its first entry, as in .pab); at the end of the file, or in a file without
 *   entries → `end` of "".
 */
export class CommentAttacher {
  readonly index: CommentIndex = new Map();
  /** Indices into `anchors` ordered by where the entries end; built on first use. */
  private byEnd: number[] | undefined;

  /** `anchors` are sorted by start. */
  constructor(private readonly file: SourceFile, private readonly anchors: readonly Anchor[]) {}

  attach(comments: readonly RawToken[]): void {
    for (const c of comments) {
      if (this.anchors.length === 0) pushComment(this.index, '', 'end', commentText(c.source));
      else this.attachOne(c);
    }
  }

  private attachOne(c: RawToken): void {
    const column = positionOf(this.file, c.offset).column - 1;
    const lineStart = c.offset - column;
    const text = commentText(c.source);
    const ownLine = /^[ \t]*$/.test(this.file.text.slice(lineStart, c.offset));
    if (!ownLine) {
      const target = deepest(this.startingBetween(lineStart, c.offset)) ?? deepest(this.endingBetween(lineStart, c.offset));
      if (target) {
        const nc = commentsAt(this.index, target.pointer);
        nc.trailing = nc.trailing === undefined ? text : `${nc.trailing} ${text}`;
        return;
      }
    }
    this.attachOwnLine(c.offset, column, text);
  }

  /** Entries with `from <= start < to`, in order. */
  private startingBetween(from: number, to: number): readonly Anchor[] {
    const lo = lowerBound(this.anchors.length, (i) => this.anchors[i]!.start >= from);
    const hi = lowerBound(this.anchors.length, (i) => this.anchors[i]!.start >= to);
    return this.anchors.slice(lo, hi);
  }

  /** Entries with `from <= end <= to`, in order of their start. */
  private endingBetween(from: number, to: number): readonly Anchor[] {
    const anchors = this.anchors;
    const byEnd = (this.byEnd ??= anchors.map((_, i) => i).sort((a, b) => anchors[a]!.end - anchors[b]!.end || a - b));
    const lo = lowerBound(byEnd.length, (k) => anchors[byEnd[k]!]!.end >= from);
    const hi = lowerBound(byEnd.length, (k) => anchors[byEnd[k]!]!.end > to);
    return byEnd.slice(lo, hi).sort((a, b) => a - b).map((i) => anchors[i]!);
  }

  private attachOwnLine(offset: number, column: number, text: string): void {
    const nextIndex = lowerBound(this.anchors.length, (i) => this.anchors[i]!.start > offset);
    const next = this.anchors[nextIndex];
    const prev = this.anchors[nextIndex - 1];
    const open = new Set<string>();
    for (let k: Coll | undefined = next?.coll; k; k = k.outer) open.add(k.pointer);
    // The innermost block collection ending here whose entries are not indented past the comment.
    let end: Coll | undefined;
    for (let k: Coll | undefined = prev?.coll; k && !end; k = k.outer) {
      if (!open.has(k.pointer) && k.block && positionOf(this.file, k.start).column - 1 <= column) end = k;
    }
    if (end) pushComment(this.index, end.pointer, 'end', text);
    else if (next) pushComment(this.index, next.pointer, 'leading', text);
    else pushComment(this.index, '', 'end', text);
  }
}
