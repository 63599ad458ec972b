/**
 * The `backend.yaml` front end: SourceFile → SpecAst (the plain JSON document,
 * a SpanIndex and a CommentIndex, both keyed by JSON Pointer) + diagnostics.
 *
 * Passes: (1) CST scan (yaml `Parser`, iterative): comments, tags, directives,
 * document starts, nesting depth (> MAX_DEPTH stops here, before anything
 * recursive runs); (2) compose (yaml `Composer`, YAML 1.2 core schema);
 * (3) build the JSON value with spans, resolving aliases under a budget and
 * normalizing the two input shorthands (field as type string, enum as list);
 * (4) attach comments by position. Never throws: user problems are
 * diagnostics, anything unexpected becomes `yaml-internal`.
 */
import { canonicalizeExpressions } from '../canonicalize.js';
import {
  Composer, Parser, isAlias, isMap, isPair, isScalar, isSeq, visit,
  type Alias, type CST, type Document, type ParsedNode, type YAMLError, type YAMLMap, type YAMLSeq,
} from 'yaml';
import { positionOf, type SourceFile } from '../../core/source-file.js';
import { createSpan, joinSpans, type Span } from '../../core/span.js';
import { sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/yaml.js';
import { childPointer, type CommentIndex, type NodeComments, type SpanIndex, type SpecAst } from '../ast.js';
import type { SpecDocument } from '../document.js';

/** Deepest nesting of lists and mappings accepted (the spec itself needs about 8). */
export const MAX_DEPTH = 64;
/**
 * Values that aliases may expand to, per file. Unlike a count of `*alias` uses this lets a
 * spec reuse many small anchors, while an alias bomb (exponential growth) hits it at once.
 */
export const MAX_ALIAS_NODES = 10_000;
/** Syntax errors reported per file; the rest are usually consequences of the first ones. */
const MAX_SYNTAX_ERRORS = 20;

const YAML_OPTIONS = {
  version: '1.2', schema: 'core', strict: true, uniqueKeys: true, prettyErrors: false,
  keepSourceTokens: true, maxAliasCount: 50, merge: false, intAsBigInt: false,
} as const;

/** Tags of the core schema that only restate what the value already is. */
const HARMLESS_TAGS = new Set(['!', '!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq']);
const CORE_SCALAR_TAGS = new Set(['str', 'int', 'float', 'bool', 'null'].map((t) => `tag:yaml.org,2002:${t}`));

// ---------------------------------------------------------------------------
// Shorthand locations (shared with the printer)

/** Every place of the document that holds a FieldsDoc; `*` is any name. */
const FIELD_LOCATIONS: readonly (readonly string[])[] = [
  ['entities', '*', 'fields', '*'],
  ['aggregates', '*', 'commands', '*', 'input', '*'],
  ['aggregates', '*', 'events', '*', 'fields', '*'],
  ['projections', '*', 'fields', '*'],
  ['resources', '*', 'actions', '*', 'input', '*'],
  ['services', '*', 'operations', '*', 'input', '*'],
  ['mcp', '*', 'prompts', '*', 'arguments', '*'],
];

function matchesLocation(path: readonly string[], pattern: readonly string[]): boolean {
  return path.length === pattern.length && pattern.every((p, i) => p === '*' || p === path[i]);
}

/** True when `path` (raw keys from the root) names one field of a FieldsDoc. */
export function isFieldPath(path: readonly string[]): boolean {
  return FIELD_LOCATIONS.some((p) => matchesLocation(path, p));
}

/** True when `path` names one enum (`/enums/<Name>`). */
export function isEnumPath(path: readonly string[]): boolean {
  return path.length === 2 && path[0] === 'enums';
}

// ---------------------------------------------------------------------------
// Pass 1: CST scan

interface RawToken { readonly offset: number; readonly source: string }

interface CstFacts {
  comments: RawToken[];
  tags: RawToken[];
  directives: RawToken[];
  /** Offset where each document starts (its `---` when present). */
  documents: number[];
  /** Offset of the first collection nested deeper than MAX_DEPTH. */
  tooDeep?: number;
}

const CST_CHILDREN = ['start', 'key', 'sep', 'value', 'end', 'items', 'props'] as const;
const CST_COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

function documentStart(doc: CST.Document): number {
  return doc.start.find((t) => t.type === 'doc-start')?.offset ?? doc.value?.offset ?? doc.offset;
}

/** Walks the CST without recursion, so hostile nesting cannot overflow the stack. */
function scanCst(tokens: readonly CST.Token[]): CstFacts {
  const facts: CstFacts = { comments: [], tags: [], directives: [], documents: [] };
  const stack: [unknown, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (Array.isArray(v)) {
      for (const c of v) stack.push([c, depth]);
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    const t = v as Record<string, unknown> & { type?: string; offset?: number; source?: string };
    let d = depth;
    if (t.type === 'comment') facts.comments.push(t as RawToken);
    else if (t.type === 'tag') facts.tags.push(t as RawToken);
    else if (t.type === 'directive') facts.directives.push(t as RawToken);
    else if (t.type === 'document') facts.documents.push(documentStart(t as unknown as CST.Document));
    else if (t.type !== undefined && CST_COLLECTIONS.has(t.type)) {
      d = depth + 1;
      if (d > MAX_DEPTH) {
        facts.tooDeep = Math.min(facts.tooDeep ?? Infinity, t.offset ?? 0);
        continue;
      }
    }
    for (const f of CST_CHILDREN) if (t[f] !== undefined) stack.push([t[f], d]);
  }
  facts.comments.sort((a, b) => a.offset - b.offset);
  facts.documents.sort((a, b) => a - b);
  return facts;
}

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
    // Duplicate keys are reported by the builder, which knows the key and its first occurrence.
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
// Pass 3: build the JSON document with spans

/** A block or flow collection, for attaching `end` comments. */
interface Coll { readonly pointer: string; readonly block: boolean; readonly column: number }

/** A map entry or list item written in the file (not reached through an alias). */
interface Anchor {
  readonly pointer: string;
  /** Key start, `-` of a block list item, or the value start. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly endLine: number;
  readonly inFlow: boolean;
  /** The collections containing this entry, outermost first. */
  readonly chain: readonly Coll[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function setOwn(obj: Record<string, Json>, key: string, value: Json): void {
  // `__proto__` would otherwise set the prototype instead of creating a key.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** A short, single-line, printable rendering of user text for a message. */
function describe(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return t.length > 40 ? `${t.slice(0, 37)}...` : t || '(empty)';
}

class Builder {
  readonly spans: SpanIndex = new Map();
  readonly anchors: Anchor[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Values still allowed to come out of alias expansions. */
  private aliasBudget = MAX_ALIAS_NODES;
  /** The alias written in the file whose expansion is being built (where a bomb is reported). */
  private outerAlias: Alias.Parsed | undefined;
  private readonly building = new Set<ParsedNode>();
  private anchored: ParsedNode[] | undefined;

  constructor(private readonly file: SourceFile, private readonly doc: Document.Parsed) {}

  span(start: number, end: number): Span {
    return createSpan(this.file.path, start, end);
  }

  rangeSpan(node: ParsedNode | null | undefined, fallback: number): Span {
    return node?.range ? this.span(node.range[0], this.endOf(node)) : this.span(fallback, fallback);
  }

  /** Where a node's text ends: yaml's block ranges run on over trailing comments and blank lines. */
  endOf(node: ParsedNode): number {
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
      const last = node.items[node.items.length - 1]!;
      const n = (isPair(last) ? (isEmptyContents(last.value as ParsedNode | null) ? last.key : last.value) : last) as ParsedNode | null;
      if (n?.range) return this.endOf(n);
    }
    let end = node.range[1];
    while (end > node.range[0] && /\s/.test(this.file.text.charAt(end - 1))) end--;
    return end;
  }

  lineOf(offset: number): number {
    return positionOf(this.file, offset).line;
  }

  columnOf(offset: number): number {
    return positionOf(this.file, offset).column - 1;
  }

  /** The anchored node an alias refers to: the last one with its name before it, like yaml does. */
  findAnchor(alias: Alias.Parsed): ParsedNode | undefined {
    if (!this.anchored) {
      const list: ParsedNode[] = [];
      visit(this.doc, { Node: (_k, n) => { if (isAlias(n) || n.anchor) list.push(n as ParsedNode); } });
      this.anchored = list;
    }
    let found: ParsedNode | undefined;
    for (const n of this.anchored) {
      if (n === alias) break;
      if (!isAlias(n) && n.anchor === alias.source) found = n;
    }
    return found;
  }

  build(node: ParsedNode | null, path: readonly string[], pointer: string, depth: number, inAlias: boolean, chain: readonly Coll[]): Json {
    if (node === null) return null;
    if (inAlias && !this.spendAliasBudget(node)) return null;
    if (depth > MAX_DEPTH) {
      this.diagnostics.push(diag('yaml-too-deep', { limit: MAX_DEPTH }, { span: this.rangeSpan(node, 0) }));
      return null;
    }
    if (isAlias(node)) return this.buildAlias(node, path, pointer, depth, chain);
    if (isMap(node)) return this.buildMap(node as YAMLMap.Parsed, path, pointer, depth, inAlias, chain);
    if (isSeq(node)) return this.buildSeq(node as YAMLSeq.Parsed, path, pointer, depth, inAlias, chain);
    const v: unknown = node.value;
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return v as Json;
    // A value under an unsupported tag (`!!binary`) is already reported at its tag.
    if (node.tag !== undefined && !CORE_SCALAR_TAGS.has(node.tag)) return null;
    const text = node.range ? this.file.text.slice(node.range[0], node.range[1]) : String(v);
    this.diagnostics.push(diag('yaml-unsupported-value', { value: describe(text) }, { span: this.rangeSpan(node, 0) }));
    return null;
  }

  /** Counts one value produced by an alias; reports the bomb once when the budget runs out. */
  spendAliasBudget(node: ParsedNode): boolean {
    this.aliasBudget--;
    if (this.aliasBudget === -1) {
      this.diagnostics.push(diag('yaml-alias-limit', { limit: MAX_ALIAS_NODES }, { span: this.rangeSpan(this.outerAlias ?? node, 0) }));
    }
    return this.aliasBudget >= 0;
  }

  buildAlias(node: Alias.Parsed, path: readonly string[], pointer: string, depth: number, chain: readonly Coll[]): Json {
    const span = this.rangeSpan(node, 0);
    if (!this.spendAliasBudget(node)) return null;
    const target = this.findAnchor(node);
    if (!target) {
      this.diagnostics.push(diag('yaml-unknown-anchor', { name: node.source }, { span }));
      return null;
    }
    if (this.building.has(target)) {
      this.diagnostics.push(diag('yaml-alias-cycle', { name: node.source }, { span }));
      return null;
    }
    const outer = this.outerAlias === undefined;
    if (outer) this.outerAlias = node;
    try {
      return this.build(target, path, pointer, depth, true, chain);
    } finally {
      if (outer) this.outerAlias = undefined;
    }
  }

  collection(node: YAMLMap.Parsed | YAMLSeq.Parsed, pointer: string, chain: readonly Coll[]): readonly Coll[] {
    const coll: Coll = { pointer, block: !node.flow, column: this.columnOf(node.range[0]) };
    return [...chain, coll];
  }

  keyOf(pair: YAMLMap.Parsed['items'][number], mapStart: number): string | undefined {
    const k = pair.key as ParsedNode | null;
    if (isScalar(k) && typeof k.value === 'string') return k.value;
    const text = k?.range ? this.file.text.slice(k.range[0], k.range[1]) : '';
    this.diagnostics.push(diag('yaml-non-string-key', { key: describe(text) }, {
      span: this.rangeSpan(k, (pair.value as ParsedNode | null)?.range?.[0] ?? mapStart),
      hint: k === null || isScalar(k) ? 'Put the key in quotes to make it a name, or use a name.' : undefined,
    }));
    return undefined;
  }

  buildMap(node: YAMLMap.Parsed, path: readonly string[], pointer: string, depth: number, inAlias: boolean, chain: readonly Coll[]): Json {
    const obj: Record<string, Json> = {};
    const inner = this.collection(node, pointer, chain);
    this.building.add(node);
    for (const pair of node.items) {
      const key = this.keyOf(pair, node.range[0]);
      if (key === undefined) continue;
      const keyNode = pair.key as ParsedNode;
      const valueNode = pair.value as ParsedNode | null;
      const ptr = childPointer(pointer, key);
      const keySpan = this.rangeSpan(keyNode, 0);
      const valueSpan = this.rangeSpan(valueNode, keySpan.end);
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        if (!inAlias) this.reportDuplicate(key, keySpan, ptr);
        continue;
      }
      this.spans.set(ptr, { span: joinSpans(keySpan, valueSpan), key: keySpan, value: valueSpan });
      if (!inAlias) this.addAnchor(ptr, keySpan.start, valueSpan.end, node.flow === true, inner);
      setOwn(obj, key, this.buildEntryValue(valueNode, [...path, key], ptr, valueSpan, depth + 1, inAlias, inner));
    }
    this.building.delete(node);
    return obj;
  }

  reportDuplicate(key: string, span: Span, ptr: string): void {
    const first = this.spans.get(ptr)?.key;
    this.diagnostics.push(diag('yaml-duplicate-key', { key }, {
      span,
      hint: 'Remove one of the entries, or rename it; pab keeps the first one.',
      related: first ? [{ span: first, message: `\`${key}\` is first defined here.` }] : [],
    }));
  }

  /** Builds a map entry's value, turning the two input shorthands into their canonical shapes. */
  buildEntryValue(valueNode: ParsedNode | null, path: readonly string[], ptr: string, valueSpan: Span, depth: number, inAlias: boolean, chain: readonly Coll[]): Json {
    if (isEnumPath(path)) {
      const target = valueNode && isAlias(valueNode) ? this.findAnchor(valueNode) : valueNode;
      if (target && isSeq(target)) {
        const valuesPtr = childPointer(ptr, 'values');
        this.spans.set(valuesPtr, { span: valueSpan, value: valueSpan });
        return { values: this.build(valueNode, [...path, 'values'], valuesPtr, depth, inAlias, chain) };
      }
    }
    const value = this.build(valueNode, path, ptr, depth, inAlias, chain);
    if (typeof value === 'string' && isFieldPath(path)) {
      this.spans.set(childPointer(ptr, 'type'), { span: valueSpan, value: valueSpan });
      return { type: value };
    }
    return value;
  }

  buildSeq(node: YAMLSeq.Parsed, path: readonly string[], pointer: string, depth: number, inAlias: boolean, chain: readonly Coll[]): Json {
    const arr: Json[] = [];
    const inner = this.collection(node, pointer, chain);
    const cstItems = !node.flow && node.srcToken?.type === 'block-seq' ? node.srcToken.items : undefined;
    this.building.add(node);
    node.items.forEach((item, i) => {
      const itemNode = item as ParsedNode | null;
      const ptr = childPointer(pointer, i);
      const valueSpan = this.rangeSpan(itemNode, node.range[0]);
      this.spans.set(ptr, { span: valueSpan, value: valueSpan });
      if (!inAlias) {
        const indicator = cstItems?.[i]?.start.find((t) => t.type === 'seq-item-ind')?.offset;
        this.addAnchor(ptr, indicator ?? valueSpan.start, valueSpan.end, node.flow === true, inner);
      }
      arr.push(this.build(itemNode, [...path, String(i)], ptr, depth + 1, inAlias, inner));
    });
    this.building.delete(node);
    return arr;
  }

  addAnchor(pointer: string, start: number, end: number, inFlow: boolean, chain: readonly Coll[]): void {
    this.anchors.push({ pointer, start, end, line: this.lineOf(start), endLine: this.lineOf(end), inFlow, chain });
  }
}

// ---------------------------------------------------------------------------
// Pass 4: comments

function commentText(source: string): string {
  const body = source.startsWith('#') ? source.slice(1) : source;
  return (body.startsWith(' ') ? body.slice(1) : body).trimEnd();
}

function commentsAt(index: CommentIndex, pointer: string): NodeComments {
  let c = index.get(pointer);
  if (!c) {
    c = {};
    index.set(pointer, c);
  }
  return c;
}

function pushComment(index: CommentIndex, pointer: string, kind: 'leading' | 'end', text: string): void {
  const c = commentsAt(index, pointer);
  (c[kind] ??= []).push(text);
}

function deepest(anchors: readonly Anchor[]): Anchor | undefined {
  const pick = (list: readonly Anchor[]) => list.reduce<Anchor | undefined>((best, a) => (!best || a.chain.length > best.chain.length ? a : best), undefined);
  return pick(anchors.filter((a) => !a.inFlow)) ?? pick(anchors);
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
class CommentAttacher {
  readonly index: CommentIndex = new Map();
  private readonly byStartLine = new Map<number, Anchor[]>();
  private readonly byEndLine = new Map<number, Anchor[]>();

  constructor(private readonly file: SourceFile, private readonly anchors: readonly Anchor[]) {
    for (const a of anchors) {
      (this.byStartLine.get(a.line) ?? this.byStartLine.set(a.line, []).get(a.line)!).push(a);
      (this.byEndLine.get(a.endLine) ?? this.byEndLine.set(a.endLine, []).get(a.endLine)!).push(a);
    }
  }

  attach(comments: readonly RawToken[]): void {
    for (const c of comments) {
      if (this.anchors.length === 0) pushComment(this.index, '', 'end', commentText(c.source));
      else this.attachOne(c);
    }
  }

  private attachOne(c: RawToken): void {
    const { line, column } = positionOf(this.file, c.offset);
    const text = commentText(c.source);
    const ownLine = /^[ \t]*$/.test(this.file.text.slice(c.offset - (column - 1), c.offset));
    if (!ownLine) {
      const target = deepest((this.byStartLine.get(line) ?? []).filter((a) => a.start < c.offset))
        ?? deepest((this.byEndLine.get(line) ?? []).filter((a) => a.end <= c.offset));
      if (target) {
        const nc = commentsAt(this.index, target.pointer);
        nc.trailing = nc.trailing === undefined ? text : `${nc.trailing} ${text}`;
        return;
      }
    }
    this.attachOwnLine(c.offset, column - 1, text);
  }

  private attachOwnLine(offset: number, column: number, text: string): void {
    const nextIndex = this.firstAnchorAfter(offset);
    const next = this.anchors[nextIndex];
    const prev = this.anchors[nextIndex - 1];
    const open = new Set(next ? next.chain.map((k) => k.pointer) : []);
    const ending = (prev?.chain ?? []).filter((k) => !open.has(k.pointer) && k.block && k.column <= column);
    const end = ending[ending.length - 1];
    if (end) pushComment(this.index, end.pointer, 'end', text);
    else if (next) pushComment(this.index, next.pointer, 'leading', text);
    else pushComment(this.index, '', 'end', text);
  }

  private firstAnchorAfter(offset: number): number {
    let lo = 0;
    let hi = this.anchors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.anchors[mid]!.start > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
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

function isEmptyContents(node: ParsedNode | null): boolean {
  return node === null || (isScalar(node) && node.value === null && node.source === '' && !node.tag);
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
  const builder = new Builder(file, doc);
  const root = builder.rangeSpan(contents, 0);
  builder.spans.set('', { span: root, value: root });
  const document = builder.build(contents, [], '', 0, false, []);
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

