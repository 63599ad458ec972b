/**
 * The .pab front end: SourceFile → SpecAst (document + spans + comments).
 *
 *   lex + parse (lex.ts; fast-parser.ts, else parser.ts) → statement tree (tree.ts)
 *   → document via the shape table (to-document.ts, shapes.ts)
 *   → comments attached by pointer (comments.ts)
 */
import type { IToken } from 'chevrotain';
import type { SourceFile } from '../../core/source-file.js';
import { createSpan } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/pab.js';
import type { CommentIndex, SpanIndex, SpecAst } from '../ast.js';
import { attachComments, collectDocRuns } from './comments.js';
import { lexAndParse } from './lex.js';
import { mapTopLevel, type MapContext } from './to-document.js';
import * as T from './tokens.js';

export interface PabParseResult {
  /** Undefined when the file has syntax errors. */
  readonly ast: SpecAst | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export function parsePabSpec(file: SourceFile): PabParseResult {
  const parsed = lexAndParse(file);
  if (!parsed.statements) return { ast: undefined, diagnostics: parsed.diagnostics };
  const statements = parsed.statements;
  const { docs, runs } = collectDocRuns(file.text, parsed.comments, statements);
  const ctx: MapContext = {
    file,
    spans: new Map() as SpanIndex,
    diagnostics: [...parsed.diagnostics],
    docs,
    usedDocs: new Set(),
  };
  const document = mapTopLevel(ctx, statements);
  // Doc runs nobody took are warned about and kept as plain comments.
  const plain: IToken[] = parsed.comments.filter((c) => c.tokenType === T.Comment);
  for (const [start, run] of runs) {
    if (ctx.usedDocs.has(start)) continue;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    ctx.diagnostics.push(diag('doc-comment-ignored', {}, { span: createSpan(file.path, first.startOffset, T.tokenEnd(last)) }));
    plain.push(...run);
  }
  plain.sort((a, b) => a.startOffset - b.startOffset);
  const comments: CommentIndex = new Map();
  attachComments(file, plain, statements, '', comments);
  return { ast: { file: file.path, format: 'pab', document, spans: ctx.spans, comments }, diagnostics: ctx.diagnostics };
}
