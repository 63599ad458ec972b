/**
 * The `backend.yaml` front end: SourceFile → SpecAst (the plain JSON document,
 * a SpanIndex and a CommentIndex, both keyed by JSON Pointer) + diagnostics.
 *
 * Passes: (1) CST scan (yaml `Parser`, then `scan.ts`): comments, tags,
 * directives, document starts, nesting depth (> MAX_DEPTH stops here, before
 * anything recursive runs); (2) compose (yaml `Composer`, YAML 1.2 core schema,
 * over the same tokens); (3) build the JSON value with spans (`build.ts`),
 * resolving aliases under a budget and normalizing the two input shorthands
 * (field as type string, enum as list); (4) attach comments by position
 * (`comments.ts`). This module runs them and turns yaml's errors and the CST
 * facts into diagnostics. Never throws: user problems are diagnostics,
 * anything unexpected becomes `yaml-internal`.
 */
import { canonicalizeExpressions } from '../canonicalize.js';
import type { ParsedNode, YAMLError } from 'yaml';
import { Composer, Parser, isAlias, isMap, isScalar, isSeq } from './yaml-lib.js';
import type { SourceFile } from '../../core/source-file.js';
import { createSpan } from '../../core/span.js';
import { sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/yaml.js';
import type { CommentIndex, SpanIndex, SpecAst } from '../ast.js';
import type { SpecDocument } from '../document.js';
import { Builder, describe, isEmptyContents, type Json } from './build.js';
import { CommentAttacher } from './comments.js';
import { MAX_DEPTH, scanCst, type CstFacts, type RawToken } from './scan.js';

export { MAX_DEPTH } from './scan.js';
export { MAX_ALIAS_NODES, isEnumPath, isFieldPath } from './build.js';

/** Syntax errors reported per file; the rest are usually consequences of the first ones. */
const MAX_SYNTAX_ERRORS = 20;

/**
 * yaml's `uniqueKeys` check is off: it compares each key with every earlier key of its
 * mapping (quadratic in the mapping's size), and the builder reports duplicate keys itself,
 * pointing at the first occurrence.
 */
const YAML_OPTIONS = {
  version: '1.2', schema: 'core', strict: true, uniqueKeys: false, prettyErrors: false,
  keepSourceTokens: true, maxAliasCount: 50, merge: false, intAsBigInt: false,
} as const;

/** Tags of the core schema that only restate what the value already is. */
const HARMLESS_TAGS = new Set(['!', '!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq']);

// ---------------------------------------------------------------------------
// yaml errors → diagnostics

interface Phrase { problem: string; hint?: string }

const QUOTE_HINT = 'Add the closing quote at the end of the value.';
const INDENT_HINT = 'Keys of one mapping start at the same column; a nested value goes two spaces further in.';

function phraseError(e: YAMLError): Phrase {
  const m = e.message;
  switch (e.code) {
    case 'MISSING_CHAR':
      if (m.includes('closing "')) return { problem: 'a `"` string is never closed', hint: QUOTE_HINT };
      if (m.includes("closing '")) return { problem: "a `'` string is never closed", hint: QUOTE_HINT };
      if (m.includes('followed by map values')) return { problem: 'this key has no `:` after it', hint: 'Write `key: value`, with a space after the colon.' };
      if (m.includes('Missing space after :')) return { problem: 'a `:` must be followed by a space' };
      if (m.startsWith('Missing ,')) return { problem: 'items of a `[...]` or `{...}` list must be separated by commas' };
      if (m.startsWith('Comments must')) return { problem: 'a `#` comment needs a space before it', hint: 'Quote the value if the `#` is part of it.' };
      break;
    case 'BAD_INDENT':
      if (m.includes('end with a ]')) return { problem: 'a `[` list is not closed with `]`, or a line of it is not indented enough' };
      if (m.includes('end with a }')) return { problem: 'a `{` mapping is not closed with `}`, or a line of it is not indented enough' };
      return { problem: 'this line is not indented like the lines around it', hint: INDENT_HINT };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { problem: 'a value cannot start another `key: value` on the same line', hint: 'Put the nested entries on their own lines, indented by two spaces, or quote the value if `: ` is part of the text.' };
    case 'MULTILINE_IMPLICIT_KEY':
      return { problem: 'a key must fit on one line', hint: 'Often a `:` is missing at the end of the previous line, or a line is indented too far.' };
    case 'KEY_OVER_1024_CHARS':
      return { problem: 'a key is longer than 1024 characters' };
    case 'BAD_DQ_ESCAPE':
      return { problem: `a \`"\` string has an invalid escape sequence`, hint: 'Write `\\\\` for a backslash, or use single quotes.' };
    case 'BAD_SCALAR_START':
      return { problem: m.replace(/^Plain value/, 'an unquoted value').replace(/ (\S)$/, ' `$1`'), hint: 'Put the value in quotes.' };
    case 'BLOCK_IN_FLOW':
      return { problem: 'an indented block cannot appear inside a `[...]` or `{...}` list' };
    default:
      break;
  }
  return { problem: m.charAt(0).toLowerCase() + m.slice(1).replace(/\.$/, '') };
}

/**
 * yaml's errors and warnings as diagnostics, at most one per position. `seen` holds positions
 * already reported (unsupported tags found by the CST scan).
 */
function convertYamlErrors(file: SourceFile, errors: readonly YAMLError[], severity: 'error' | 'warning', seen: Set<number>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of errors) {
    // Duplicate keys are reported by the builder (yaml's own check is off, see YAML_OPTIONS).
    if (e.code === 'DUPLICATE_KEY') continue;
    const start = Math.min(e.pos[0], file.text.length);
    if (seen.has(start)) continue;
    seen.add(start);
    const span = createSpan(file.path, start, Math.min(Math.max(e.pos[1], start), file.text.length));
    if (e.code === 'TAG_RESOLVE_FAILED' || e.code === 'BAD_COLLECTION_TYPE') {
      // A core tag that does not fit its value, such as `!!int abc`.
      const tag = file.text.slice(span.start, span.end).trim() || 'tag';
      out.push(diag('yaml-unsupported-tag', { tag }, { span, hint: 'Remove the tag; pab reads a value by how it is written.' }));
    } else if (e.code === 'TAB_AS_INDENT') {
      out.push(diag('yaml-tab-indent', {}, { span, severity, hint: 'YAML indents with spaces, not tabs; replace the tab with spaces.' }));
    } else if (e.code === 'RESOURCE_EXHAUSTION') {
      out.push(diag('yaml-too-deep', { limit: MAX_DEPTH }, { span }));
    } else {
      const p = phraseError(e);
      out.push(diag('yaml-syntax', { problem: p.problem }, { span, severity, ...(p.hint ? { hint: p.hint } : {}) }));
    }
    if (out.length >= MAX_SYNTAX_ERRORS) break;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Entry point

export interface YamlParseResult {
  ast: SpecAst;
  diagnostics: Diagnostic[];
}

function result(file: SourceFile, document: Json, spans: SpanIndex, comments: CommentIndex, diagnostics: Diagnostic[]): YamlParseResult {
  // Expressions get the canonical spelling .pab gives them, so both syntaxes yield one document.
  canonicalizeExpressions(document as SpecDocument, spans, file);
  const ast: SpecAst = { file: file.path, format: 'yaml', document: document as SpecDocument, spans, comments };
  return { ast, diagnostics: sortDiagnostics(diagnostics) };
}

function describeRoot(node: ParsedNode): string {
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  const v = isScalar(node) ? node.value : undefined;
  if (typeof v === 'string') return `the text \`${describe(v)}\``;
  return `the value \`${describe(String(v))}\``;
}

/** Checks done on the CST facts: extra documents, `%YAML` versions, tags. */
function checkCstFacts(file: SourceFile, facts: CstFacts, limit: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const second = facts.documents[1];
  if (second !== undefined) {
    out.push(diag('yaml-multiple-documents', {}, {
      span: createSpan(file.path, second, second + (file.text.startsWith('---', second) ? 3 : 0)),
      hint: 'Use `imports:` to split a spec over several files.',
    }));
  }
  for (const d of facts.directives) {
    const version = /^%YAML[ \t]+(\S+)/.exec(d.source)?.[1];
    if (version !== undefined && version !== '1.2' && d.offset < limit) {
      out.push(diag('yaml-unsupported-version', { version }, { span: createSpan(file.path, d.offset, d.offset + d.source.length) }));
    }
  }
  for (const t of facts.tags) {
    if (HARMLESS_TAGS.has(t.source) || t.offset >= limit) continue;
    out.push(diag('yaml-unsupported-tag', { tag: t.source }, { span: createSpan(file.path, t.offset, t.offset + t.source.length) }));
  }
  return out;
}

/** The result for a file whose top level is not a mapping: an empty document and one diagnostic. */
function rejectRoot(file: SourceFile, contents: ParsedNode | null, comments: readonly RawToken[], diagnostics: Diagnostic[]): YamlParseResult {
  const attacher = new CommentAttacher(file, []);
  attacher.attach(comments);
  if (isEmptyContents(contents)) {
    diagnostics.push(diag('yaml-empty', { onlyComments: comments.length > 0 }, {
      span: createSpan(file.path, 0, 0),
      hint: 'A minimal spec is `backend: { name: MyApp }`; add `entities:` and `resources:` to describe data and endpoints.',
    }));
  } else {
    const [start, end] = contents!.range;
    const trimmed = start + file.text.slice(start, end).trimEnd().length;
    diagnostics.push(diag('yaml-not-a-mapping', { found: describeRoot(contents!) }, { span: createSpan(file.path, start, trimmed) }));
  }
  return result(file, {}, new Map(), attacher.index, diagnostics);
}

function parseUnsafe(file: SourceFile): YamlParseResult {
  const tokens = Array.from(new Parser().parse(file.text));
  const facts = scanCst(tokens);
  if (facts.tooDeep !== undefined) {
    const span = createSpan(file.path, facts.tooDeep, facts.tooDeep + 1);
    return result(file, {}, new Map(), new Map(), [diag('yaml-too-deep', { limit: MAX_DEPTH }, { span })]);
  }
  const doc = Array.from(new Composer(YAML_OPTIONS).compose(tokens, true, file.text.length))[0]!;
  const limit = facts.documents[1] ?? file.text.length + 1;
  const comments = facts.comments.filter((c) => c.offset < limit);
  const cstDiagnostics = checkCstFacts(file, facts, limit);
  const seen = new Set(cstDiagnostics.map((d) => d.span!.start));
  const diagnostics = [
    ...cstDiagnostics,
    ...convertYamlErrors(file, doc.errors, 'error', seen),
    ...convertYamlErrors(file, doc.warnings, 'warning', seen),
  ];
  const contents = doc.contents as ParsedNode | null;
  if (isEmptyContents(contents) || !isMap(contents)) return rejectRoot(file, contents, comments, diagnostics);
  const builder = new Builder(file, doc, comments.length > 0);
  const document = builder.buildRoot(contents);
  const attacher = new CommentAttacher(file, builder.anchors.sort((a, b) => a.start - b.start));
  attacher.attach(comments);
  // One diagnostic per position: a specific one wins over yaml's generic complaint there.
  const specific = new Set(builder.diagnostics.map((d) => d.span?.start));
  const generic = diagnostics.filter((d) => d.code !== 'yaml-syntax' || !specific.has(d.span?.start));
  return result(file, document, builder.spans, attacher.index, [...generic, ...builder.diagnostics]);
}

/** Reads a `backend.yaml` file. Never throws. */
export function parseYamlSpec(file: SourceFile): YamlParseResult {
  try {
    return parseUnsafe(file);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return result(file, {}, new Map(), new Map(), [diag('yaml-internal', { detail }, { span: createSpan(file.path, 0, 0) })]);
  }
}

