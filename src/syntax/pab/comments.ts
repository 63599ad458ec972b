/**
 * Comment handling for .pab: `///` runs become docs of the statement right
 * after them; `//` comments are attached to statements by line (see
 * `attachComments`) and stored in the CommentIndex by pointer, so `pab fmt`
 * and `pab convert` put them back in the same place.
 *
 * Comment texts are stored without `//` (or `///`) and one following space. A
 * `///` that documents nothing is warned about and kept as a plain comment.
 */
import type { IToken } from 'chevrotain';
import { lowerBound } from '../../core/search.js';
import { commentsAt, type CommentIndex } from '../ast.js';
import type { Statement } from './tree.js';
import * as T from './tokens.js';

export function commentText(token: IToken): string {
  const body = token.image.slice(token.tokenType === T.DocComment ? 3 : 2).replace(/\s+$/, '');
  return body.startsWith(' ') ? body.slice(1) : body;
}

/**
 * Renders a stored comment text back as a `//` comment. Never as `///`: a
 * plain comment must not turn into documentation when it is printed.
 */
export function renderComment(text: string): string {
  const line = text.replace(/[\r\n]+/g, ' ');
  return line === '' ? '//' : `// ${line}`;
}

function flatten(statements: readonly Statement[], out: Statement[] = []): Statement[] {
  for (const s of statements) {
    out.push(s);
    if (s.body) flatten(s.body, out);
  }
  return out;
}

/** Text between two offsets holds only whitespace and `///` comments of the run. */
function onlyBlankBetween(text: string, from: number, to: number): boolean {
  return /^[ \t\r\n\f\v\u00a0]*$/.test(text.slice(from, to));
}

export interface DocRuns {
  /** Doc text by the start offset of the documented statement. */
  docs: Map<number, string>;
  /** Each run's tokens, by the statement start it documents (or -1 - index for a run before nothing). */
  runs: Map<number, IToken[]>;
}

export function collectDocRuns(text: string, comments: readonly IToken[], statements: readonly Statement[]): DocRuns {
  const starts = flatten(statements).map((s) => s.start).sort((a, b) => a - b);
  const docs = new Map<number, string>();
  const runs = new Map<number, IToken[]>();
  const docTokens = comments.filter((c) => c.tokenType === T.DocComment);
  let i = 0;
  let orphan = -1;
  while (i < docTokens.length) {
    const run = [docTokens[i]!];
    while (i + 1 < docTokens.length && onlyBlankBetween(text, docTokens[i]!.endOffset! + 1, docTokens[i + 1]!.startOffset)) {
      i++;
      run.push(docTokens[i]!);
    }
    i++;
    const end = run[run.length - 1]!.endOffset! + 1;
    const next = starts[lowerBound(starts.length, (k) => starts[k]! >= end)];
    if (next !== undefined && onlyBlankBetween(text, end, next) && !docs.has(next)) {
      docs.set(next, run.map((t) => docLine(t)).join('\n'));
      runs.set(next, run);
    } else {
      runs.set(orphan--, run);
    }
  }
  return { docs, runs };
}

function docLine(t: IToken): string {
  const body = t.image.slice(3).replace(/\s+$/, '');
  return body.startsWith(' ') ? body.slice(1) : body;
}

/**
 * Attaches comments to the statements of one block. A comment on the line a
 * statement ends (or on a block's `{` line) trails it; an own-line comment
 * leads the next statement of its block, or ends the block when none follows.
 */
export function attachComments(
  comments: readonly IToken[],
  statements: readonly Statement[],
  pointers: ReadonlyMap<Statement, string>,
  blockPointer: string,
  index: CommentIndex,
): void {
  const mapped = statements.filter((s) => pointers.has(s));
  const inner = new Map<Statement, IToken[]>();
  for (const c of comments) {
    const line = c.startLine ?? 0;
    // Statements are in source order and do not overlap: binary search.
    const after = lowerBound(mapped.length, (k) => mapped[k]!.start > c.startOffset);
    const candidate = mapped[after - 1];
    const holder = candidate && c.startOffset < candidate.end ? candidate : undefined;
    if (holder?.body && holder.bodyStart !== undefined && c.startOffset > holder.bodyStart && line !== holder.firstLine) {
      const list = inner.get(holder) ?? [];
      list.push(c);
      inner.set(holder, list);
      continue;
    }
    if (holder) {
      const e = commentsAt(index, pointers.get(holder)!);
      if (line === holder.firstLine && holder.body && e.trailing === undefined) e.trailing = commentText(c);
      else (e.leading ??= []).push(commentText(c));
      continue;
    }
    const prev = candidate && candidate.lastLine === line ? candidate : undefined;
    if (prev && commentsAt(index, pointers.get(prev)!).trailing === undefined) {
      commentsAt(index, pointers.get(prev)!).trailing = commentText(c);
      continue;
    }
    const next = mapped[after];
    if (next) (commentsAt(index, pointers.get(next)!).leading ??= []).push(commentText(c));
    else (commentsAt(index, blockPointer).end ??= []).push(commentText(c));
  }
  for (const [s, list] of inner) attachComments(list, s.body!, pointers, pointers.get(s)!, index);
}
