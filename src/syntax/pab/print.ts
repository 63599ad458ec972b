/**
 * Prints a spec document as canonical .pab text: the output of `pab fmt` and
 * of `pab convert --to pab`. Driven by the same shape table as the parser, so
 * `parse(print(doc))` gives `doc` back. Layout rules: two-space indent, one
 * statement per line, keys (and field types) aligned within a block, top-level
 * declarations in the canonical section order separated by a blank line,
 * doc comments as `///`, comments where the CommentIndex puts them.
 */
import type { CommentIndex, NodeComments } from '../ast.js';
import { childPointer } from '../ast.js';
import type { SpecDocument } from '../document.js';
import { renderComment } from './comments.js';
import { lexAndParse } from './lex.js';
import { SECTION_ORDER, memberForDocKey, topShape, type Member, type ScalarKind, type Shape } from './shapes.js';
import { encodeStringLiteral } from './tokens.js';
import { createSourceFile } from '../../core/source-file.js';
import { canonicalText, canonicalizeExpression, hyphenatedWord } from './canonical.js';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

interface Printer {
  readonly comments: CommentIndex;
  readonly lines: string[];
}

const STRING_TYPES = new Set(['string', 'text', 'email', 'url', 'secret', 'uuid', 'date', 'datetime', 'bytes', 'json']);
const FUNCTION_DEFAULTS = new Set(['now()', 'uuid()', 'autoincrement()']);

/** True when `s` written bare parses back as the same single value. */
export function isBareSafe(s: string): boolean {
  if (s === '' || /[\r\n{}@]/.test(s)) return false;
  const parsed = lexAndParse(createSourceFile('<print>', `k ${s}\n`));
  if (!parsed.statements) return false;
  const st = parsed.statements;
  if (st.length !== 1 || st[0]!.items.length !== 1 || st[0]!.attributes.length > 0 || st[0]!.body) return false;
  const item = st[0]!.items[0]!;
  if (item.kind === 'identifier' || item.kind === 'duration') return item.simple === s;
  if (item.kind === 'complex') return (hyphenatedWord(item.tokens) ?? canonicalText(item.tokens)) === s;
  return false;
}

export function printScalar(value: Json, kind: ScalarKind = 'word'): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'string') return kind !== 'string' && isBareSafe(value) ? value : encodeStringLiteral(value);
  if (Array.isArray(value)) return `(${value.map((v) => printScalar(v, kind)).join(', ')})`;
  return encodeStringLiteral(JSON.stringify(value));
}

function commentsOf(p: Printer, pointer: string): NodeComments {
  return p.comments.get(pointer) ?? {};
}

function emitHead(p: Printer, indent: string, pointer: string, doc: Json | undefined): void {
  const c = commentsOf(p, pointer);
  for (const l of c.leading ?? []) p.lines.push(indent + renderComment(l));
  if (typeof doc === 'string') for (const l of doc.split(/\r\n|\r|\n/)) p.lines.push(indent + (l === '' ? '///' : `/// ${l}`));
}

function withTrailing(p: Printer, pointer: string, line: string): string {
  const t = commentsOf(p, pointer).trailing;
  return t === undefined ? line : `${line} ${renderComment(t)}`;
}

function emitEnd(p: Printer, indent: string, pointer: string): void {
  for (const l of commentsOf(p, pointer).end ?? []) p.lines.push(indent + renderComment(l));
}

/** A simple one-line statement: key, value text. */
interface Line {
  pointer: string;
  doc?: Json;
  parts: string[];
}

function emitAligned(p: Printer, indent: string, lines: Line[]): void {
  const widths: number[] = [];
  for (const l of lines) {
    l.parts.forEach((part, i) => {
      if (i < l.parts.length - 1) widths[i] = Math.max(widths[i] ?? 0, part.length);
    });
  }
  for (const l of lines) {
    emitHead(p, indent, l.pointer, l.doc);
    const text = l.parts.map((part, i) => (i < l.parts.length - 1 ? part.padEnd(widths[i]!) : part)).join(' ').trimEnd();
    p.lines.push(withTrailing(p, l.pointer, indent + text));
  }
}

function emitBlock(p: Printer, indent: string, pointer: string, head: string, doc: Json | undefined, body: () => void): void {
  emitHead(p, indent, pointer, doc);
  p.lines.push(withTrailing(p, pointer, `${indent}${head} {`));
  body();
  emitEnd(p, indent + '  ', pointer);
  p.lines.push(`${indent}}`);
}

function memberLine(key: string, member: Member, value: Json, pointer: string): Line | undefined {
  switch (member.kind) {
    case 'scalar':
      if (member.print === 'flag') return { pointer, parts: value === true ? [key] : [key, String(value)] };
      return { pointer, parts: [key, printScalar(value, member.print)] };
    case 'list':
      return { pointer, parts: [key, (Array.isArray(value) ? value : [value]).map((v) => printScalar(v, member.print)).join(', ')] };
    case 'expr':
      return { pointer, parts: [key, canonicalizeExpression(String(value))] };
    default:
      return undefined;
  }
}

function emitProps(p: Printer, indent: string, shape: Shape & { kind: 'props' }, obj: Obj, pointer: string, skip: readonly string[]): void {
  let pending: Line[] = [];
  const startLine = p.lines.length;
  const flush = (): void => {
    emitAligned(p, indent, pending);
    pending = [];
  };
  for (const [docKey, value] of Object.entries(obj)) {
    if (skip.includes(docKey) || docKey === 'doc') continue;
    const found = memberForDocKey(shape, docKey);
    if (!found) continue;
    const [key, member] = found;
    const cp = childPointer(pointer, docKey);
    const line = memberLine(key, member, value, cp);
    if (line) {
      pending.push(line);
      continue;
    }
    flush();
    const named = member.kind === 'named' || member.kind === 'namedList';
    if (named && p.lines.length > startLine) p.lines.push('');
    emitComplexMember(p, indent, key, member, value, cp, named);
  }
  flush();
}

function emitComplexMember(p: Printer, indent: string, key: string, member: Member, value: Json, pointer: string, spaced = false): void {
  const inner = indent + '  ';
  switch (member.kind) {
    case 'block':
      return emitBlock(p, indent, pointer, key, undefined, () => emitShape(p, inner, member.shape, value as Obj, pointer, []));
    case 'fields':
      return emitBlock(p, indent, pointer, key, undefined, () => emitFields(p, inner, value as Obj, pointer));
    case 'named':
      Object.entries(value as Obj).forEach(([name, v], i) => {
        if (spaced && i > 0) p.lines.push('');
        const cp = childPointer(pointer, name);
        emitBlock(p, indent, cp, `${key} ${name}`, (v as Obj)['doc'], () => emitShape(p, inner, member.shape, v as Obj, cp, []));
      });
      return;
    case 'namedList':
      (value as Obj[]).forEach((v, i) => {
        if (spaced && i > 0) p.lines.push('');
        const cp = childPointer(pointer, i);
        emitBlock(p, indent, cp, `${key} ${String(v['name'])}`, v['doc'], () => emitShape(p, inner, member.shape, v, cp, ['name']));
      });
      return;
    case 'namedSingle': {
      const v = value as Obj;
      return emitBlock(p, indent, pointer, `${key} ${String(v['name'])}`, v['doc'], () => emitShape(p, inner, member.shape, v, pointer, ['name']));
    }
    case 'repeat':
      emitAligned(
        p,
        indent,
        (value as Json[]).map((v, i) => ({ pointer: childPointer(pointer, i), parts: [key, printScalar(v, member.print)] })),
      );
      return;
    default:
      return;
  }
}

function emitShape(p: Printer, indent: string, shape: Shape, obj: Obj, pointer: string, skip: readonly string[]): void {
  switch (shape.kind) {
    case 'props':
      return emitProps(p, indent, shape, obj, pointer, skip);
    case 'fieldsObject':
      return emitFields(p, indent, (obj['fields'] ?? {}) as Obj, childPointer(pointer, 'fields'));
    case 'entity':
      return emitEntity(p, indent, obj, pointer);
    case 'enum':
      return emitEnum(p, indent, obj, pointer);
    case 'map':
      return emitAligned(
        p,
        indent,
        Object.entries(obj).map(([k, v]) => ({
          pointer: childPointer(pointer, k),
          parts: [k, shape.value === 'expr' ? canonicalizeExpression(String(v)) : printScalar(v, shape.value)],
        })),
      );
  }
}

function printDefault(value: Json, type: string): string {
  if (typeof value === 'string' && FUNCTION_DEFAULTS.has(value)) return value;
  const base = type.replace(/[?]$/, '');
  if (typeof value === 'string' && STRING_TYPES.has(base)) return encodeStringLiteral(value);
  return printScalar(value);
}

function printAttribute(name: string, value: Json, type: string): string {
  if (value === true && (name === 'id' || name === 'unique')) return `@${name}`;
  if (name === 'default') return `@default(${printDefault(value, type)})`;
  if (name === 'check') return `@check(${canonicalizeExpression(String(value))})`;
  if (name === 'pattern' || name === 'column') return `@${name}(${printScalar(value, 'string')})`;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const args = Object.entries(value).map(([k, v]) => `${k}: ${printScalar(v)}`);
    return `@${name}(${args.join(', ')})`;
  }
  return `@${name}(${printScalar(value)})`;
}

export function emitFields(p: Printer, indent: string, fields: Obj, pointer: string): void {
  const lines: Line[] = Object.entries(fields).map(([name, raw]) => {
    const f = (typeof raw === 'string' ? { type: raw } : raw) as Obj;
    const canonicalType = canonicalizeExpression(String(f['type']));
    const type = isBareSafe(canonicalType) ? canonicalType : encodeStringLiteral(String(f['type']));
    const attrs = Object.entries(f)
      .filter(([k]) => k !== 'type' && k !== 'doc')
      .map(([k, v]) => printAttribute(k, v, type));
    const parts = attrs.length > 0 ? [name, type, attrs.join(' ')] : [name, type];
    return { pointer: childPointer(pointer, name), doc: f['doc'], parts };
  });
  emitAligned(p, indent, lines);
}

function emitEntity(p: Printer, indent: string, e: Obj, pointer: string): void {
  emitFields(p, indent, (e['fields'] ?? {}) as Obj, childPointer(pointer, 'fields'));
  const lines: Line[] = [];
  const cp = (k: string | number, ...rest: (string | number)[]): string =>
    rest.reduce<string>((acc, r) => childPointer(acc, r), childPointer(pointer, k));
  if (e['table'] !== undefined) lines.push({ pointer: cp('table'), parts: ['table', printScalar(e['table'], 'string')] });
  if (e['id'] !== undefined) lines.push({ pointer: cp('id'), parts: ['id', `(${(e['id'] as Json[]).map(String).join(', ')})`] });
  for (const flag of ['timestamps', 'softDelete']) {
    if (e[flag] !== undefined) lines.push({ pointer: cp(flag), parts: e[flag] === true ? [flag] : [flag, String(e[flag])] });
  }
  ((e['indexes'] ?? []) as Obj[]).forEach((ix, i) => {
    let text = `(${(ix['fields'] as Json[]).map(String).join(', ')})`;
    if (ix['where'] !== undefined) text += ` @where(${canonicalizeExpression(String(ix['where']))})`;
    if (ix['name'] !== undefined) text += ` @name(${printScalar(ix['name'], 'string')})`;
    const kw = ix['unique'] === true ? 'unique' : 'index';
    lines.push({ pointer: cp('indexes', i), parts: [kw, text] });
  });
  ((e['checks'] ?? []) as Json[]).forEach((c, i) =>
    lines.push({ pointer: cp('checks', i), parts: ['check', `(${canonicalizeExpression(String(c))})`] }),
  );
  emitAligned(p, indent, lines.map((l) => ({ ...l, parts: [l.parts.join(' ')] })));
}

function emitEnum(p: Printer, indent: string, e: Obj, pointer: string): void {
  const values = (e['values'] ?? []) as Json[];
  values.forEach((v, i) => {
    const name = typeof v === 'string' ? v : String((v as Obj)['name']);
    const doc = typeof v === 'string' ? undefined : (v as Obj)['doc'];
    const vp = childPointer(childPointer(pointer, 'values'), i);
    emitHead(p, indent, vp, doc);
    p.lines.push(withTrailing(p, vp, indent + name));
  });
}

/** Canonical .pab text of a document, with its comments. Ends with one newline. */
export function printPabSpec(document: SpecDocument, comments: CommentIndex = new Map()): string {
  const p: Printer = { comments, lines: [] };
  const doc = document as unknown as Obj;
  if (topShape.kind !== 'props') return '';
  const sections = [...SECTION_ORDER, ...Object.keys(doc).filter((k) => !(SECTION_ORDER as readonly string[]).includes(k))];
  for (const section of sections) {
    const value = doc[section];
    if (value === undefined) continue;
    const found = memberForDocKey(topShape, section);
    if (!found) continue;
    const [key, member] = found;
    const pointer = childPointer('', section);
    if (member.kind === 'named') {
      for (const [name, v] of Object.entries(value as Obj)) {
        if (p.lines.length > 0) p.lines.push('');
        const cp = childPointer(pointer, name);
        emitBlock(p, '', cp, `${key} ${name}`, (v as Obj)['doc'], () => emitShape(p, '  ', member.shape, v as Obj, cp, []));
      }
      continue;
    }
    if (p.lines.length > 0) p.lines.push('');
    emitComplexMember(p, '', key, member, value, pointer);
  }
  const end = commentsOf(p, '').end ?? [];
  if (end.length > 0) {
    if (p.lines.length > 0) p.lines.push('');
    for (const l of end) p.lines.push(renderComment(l));
  }
  return p.lines.length === 0 ? '' : p.lines.join('\n') + '\n';
}
