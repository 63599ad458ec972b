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
import { lineOf, type SourceFile } from '../../core/source-file.js';
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
    while (i + 1 < docTokens.length && onlyBlankBetween(text, T.tokenEnd(docTokens[i]!), docTokens[i + 1]!.startOffset)) {
      i++;
      run.push(docTokens[i]!);
    }
    i++;
    const end = T.tokenEnd(run[run.length - 1]!);
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
  file: SourceFile,
  comments: readonly IToken[],
  statements: readonly Statement[],
  blockPointer: string,
  index: CommentIndex,
): void {
  const mapped = statements.filter((s) => s.pointer !== undefined);
  const inner = new Map<Statement, IToken[]>();
  for (const c of comments) {
    const line = lineOf(file, c.startOffset);
    // Statements are in source order and do not overlap: binary search.
    const after = lowerBound(mapped.length, (k) => mapped[k]!.start > c.startOffset);
    const candidate = mapped[after - 1];
    const holder = candidate && c.startOffset < candidate.end ? candidate : undefined;
    if (holder?.body && holder.bodyStart !== undefined && c.startOffset > holder.bodyStart && line !== lineOf(file, holder.start)) {
      const list = inner.get(holder) ?? [];
      list.push(c);
      inner.set(holder, list);
      continue;
    }
    if (holder) {
      const e = commentsAt(index, holder.pointer!);
      if (line === lineOf(file, holder.start) && holder.body && e.trailing === undefined) e.trailing = commentText(c);
      else (e.leading ??= []).push(commentText(c));
      continue;
    }
    // A statement's last line is that of its last character (`end` is exclusive).
    const prev = candidate && lineOf(file, candidate.end - 1) === line ? candidate : undefined;
    if (prev && commentsAt(index, prev.pointer!).trailing === undefined) {
      commentsAt(index, prev.pointer!).trailing = commentText(c);
      continue;
    }
    const next = mapped[after];
    if (next) (commentsAt(index, next.pointer!).leading ??= []).push(commentText(c));
    else (commentsAt(index, blockPointer).end ??= []).push(commentText(c));
  }
  for (const [s, list] of inner) attachComments(file, list, s.body!, s.pointer!, index);
}
