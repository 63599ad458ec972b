/**
 * The YAML printer: SpecDocument + CommentIndex → canonical `backend.yaml` text.
 *
 * Top-level sections in a fixed order (unknown keys after, in document order),
 * document order inside; block style for mappings, flow style only for short
 * lists of single-line scalars; the two input shorthands (field as its type,
 * enum as a list of names) wherever they lose nothing. Two-space indent, LF,
 * one trailing newline, no wrapping. Invariant: `parseYamlSpec(print(d, c))`
 * gives back `d` and `c` (positions aside), and printing is idempotent.
 */
import { parseDocument, isMap, isScalar, isSeq } from './yaml-lib.js';
import { childPointer, type CommentIndex, type NodeComments } from '../ast.js';
import type { SpecDocument } from '../document.js';
import { isEnumPath, isFieldPath } from './parse.js';

/** The order of top-level sections in canonical output. */
export const SECTION_ORDER: readonly string[] = [
  'imports', 'backend', 'enums', 'entities', 'resources', 'auth', 'aggregates', 'projections',
  'sagas', 'services', 'queries', 'mcp', 'deploy',
];

/** Sections that map names to declarations; their entries are set apart by blank lines. */
const NAMED_SECTIONS = new Set(['enums', 'entities', 'resources', 'aggregates', 'projections', 'sagas', 'services', 'queries', 'mcp']);

/** A flow list (`[a, b]`) is used only when its whole line stays this short. */
const FLOW_LINE_WIDTH = 80;
/** Implicit keys are limited to 1024 characters; longer ones are written as `? key`. */
const MAX_IMPLICIT_KEY = 1000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type ObjectJson = { [k: string]: Json };
type Context = 'block' | 'flow' | 'key';

// ---------------------------------------------------------------------------
// Scalars

// Characters YAML does not allow raw, or that readers treat as line breaks or BOMs.
const NON_PRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Strings a YAML 1.2 or 1.1 reader would take for null, a boolean, a number or a date.
const NOT_TEXT = [
  /^(~|null|Null|NULL)$/,
  /^[-+]?[0-9][0-9_]*$/, /^0o[0-7]+$/, /^[-+]?0x[0-9a-fA-F_]+$/, /^[-+]?0b[01_]+$/,
  /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/,
  /^[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?$/,
  /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/,
  /^[-+]?\.(inf|Inf|INF)$/, /^\.(nan|NaN|NAN)$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/,
  /^(=|<<)$/,
];
// YAML 1.1 booleans: quoted as values for other readers' sake, left bare as keys (`on:`).
const BOOL_LIKE = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

const verified = new Map<string, boolean>();

/** Asks the yaml package itself whether `s`, written bare in `context`, reads back as exactly `s`. */
function readsBackAs(s: string, context: Context | 'literal', source: string): boolean {
  const cacheKey = `${context}\u0000${source}`;
  const cached = verified.get(cacheKey);
  if (cached !== undefined) return cached;
  let ok = false;
  try {
    const doc = parseDocument(source, { version: '1.2', schema: 'core', uniqueKeys: false });
    const c = doc.contents;
    if (doc.errors.length === 0 && doc.warnings.length === 0) {
      if (context === 'flow') ok = isSeq(c) && c.items.length === 1 && isScalar(c.items[0]) && c.items[0].value === s;
      else if (isMap(c) && c.items.length === 1) {
        const node = context === 'key' ? c.items[0]!.key : c.items[0]!.value;
        ok = isScalar(node) && node.value === s;
      }
    }
  } catch {
    ok = false;
  }
  if (verified.size >= 10_000) verified.clear();
  verified.set(cacheKey, ok);
  return ok;
}

function isPlain(s: string, context: Context): boolean {
  if (s === '' || s.length > MAX_IMPLICIT_KEY || /^\s|\s$/.test(s) || NON_PRINTABLE.test(s) || /[\t\n]/.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  // In flow lists, `:` is legal before a non-space in YAML 1.2 but trips other readers; quote it.
  if (context === 'flow' && /[,[\]{}:]/.test(s)) return false;
  if (NOT_TEXT.some((re) => re.test(s)) || (context !== 'key' && BOOL_LIKE.test(s))) return false;
  const source = context === 'flow' ? `[${s}]\n` : context === 'key' ? `${s}: x\n` : `k: ${s}\n`;
  return readsBackAs(s, context, source);
}

function escapeChar(ch: string): string {
  switch (ch) {
    case '\\': return '\\\\';
    case '"': return '\\"';
    case '\n': return '\\n';
    case '\t': return '\\t';
    case '\r': return '\\r';
    case '\0': return '\\0';
    default: break;
  }
  if (!NON_PRINTABLE.test(ch)) return ch;
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A double-quoted scalar: represents any string exactly, on one line. */
function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) out += ch.length === 1 ? escapeChar(ch) : ch;
  return `${out}"`;
}

interface Rendered {
  /** Text for the rest of the current line. */
  readonly head: string;
  /** Further lines (a literal block's content), already indented; '' for an empty line. */
  readonly body: readonly string[];
}

/** A literal block (`|` or `|-`) for a multi-line string, when it reads back exactly. */
function literalBlock(s: string, contentIndent: number): Rendered | undefined {
  if (/[^\n\t\u0020-\u007e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]/u.test(s)) return undefined;
  if (/^[ \t]/.test(s.replace(/^\n+/, ''))) return undefined; // would need an indentation indicator
  // Keep-chomping (`|+`) would swallow the blank lines that follow it in the output.
  if (s.endsWith('\n\n') || s === '\n') return undefined;
  const chomp = s.endsWith('\n') ? '' : '-';
  const lines = (chomp === '-' ? s : s.slice(0, -1)).split('\n');
  const render = (indent: number) => lines.map((l) => (l === '' ? '' : ' '.repeat(indent) + l));
  const probe = `k: |${chomp}\n${render(2).join('\n')}\n`;
  if (!readsBackAs(s, 'literal', probe)) return undefined;
  return { head: `|${chomp}`, body: render(contentIndent) };
}

function formatNumber(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf';
  return Object.is(n, -0) ? '-0' : String(n);
}

function isScalarValue(v: Json): v is null | boolean | number | string {
  return v === null || typeof v !== 'object';
}

function formatScalar(v: unknown, context: Context, contentIndent: number): Rendered {
  if (typeof v === 'string') {
    if (isPlain(v, context)) return { head: v, body: [] };
    if (context === 'block' && v.includes('\n')) {
      const literal = literalBlock(v, contentIndent);
      if (literal) return literal;
    }
    return { head: doubleQuoted(v), body: [] };
  }
  if (typeof v === 'number') return { head: formatNumber(v), body: [] };
  if (typeof v === 'boolean') return { head: String(v), body: [] };
  return { head: 'null', body: [] };
}

// ---------------------------------------------------------------------------
// Comments

function commentLines(texts: readonly string[] | undefined, indent: number): string[] {
  const out: string[] = [];
  for (const t of texts ?? []) {
    for (const line of t.split(/\r?\n|\r/)) out.push(`${' '.repeat(indent)}#${line.trimEnd() === '' ? '' : ` ${line.trimEnd()}`}`);
  }
  return out;
}

function trailingText(c: NodeComments | undefined): string {
  if (c?.trailing === undefined) return '';
  const t = c.trailing.replace(/\s*(\r?\n|\r)\s*/g, ' ').trimEnd();
  return t === '' ? ' #' : ` # ${t}`;
}

// ---------------------------------------------------------------------------
// Collections

function isObject(v: unknown): v is ObjectJson {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function keysOf(obj: ObjectJson): string[] {
  return Object.keys(obj).filter((k) => obj[k] !== undefined);
}

const ENTITY_KEY_ORDER = ['fields', 'table', 'id', 'timestamps', 'softDelete', 'indexes', 'checks'];

/**
 * Canonical key order inside an object: `name`, `doc`, then `type` first (as the
 * .pab printer writes them), entity members in the order `pab fmt` prints
 * them, everything else in document order. So YAML → .pab → YAML is stable.
 */
const USER_MAPS = new Set([
  'enums', 'entities', 'resources', 'aggregates', 'projections', 'sagas', 'services', 'queries', 'mcp',
  'fields', 'input', 'arguments', 'actions', 'access', 'oauth2', 'rateLimit', 'roles', 'policies',
  'commands', 'events', 'operations', 'tools', 'prompts',
]);

/** True when the object at `path` is keyed by user names (entities, fields, ...), whose order is the user's. */
function isUserMap(path: readonly string[]): boolean {
  return path.length > 0 && USER_MAPS.has(path[path.length - 1]!) && !isUserMap(path.slice(0, -1));
}

function orderKeys(keys: readonly string[], path: readonly string[]): string[] {
  if (isUserMap(path)) return [...keys];
  const inIndex = path[path.length - 2] === 'indexes';
  const head = (inIndex ? ['fields'] : ['name', 'doc', 'type']).filter((k) => keys.includes(k));
  const isEntity = path.length === 2 && path[0] === 'entities';
  const middle = isEntity ? ENTITY_KEY_ORDER.filter((k) => keys.includes(k)) : [];
  return [...head, ...middle, ...keys.filter((k) => !head.includes(k) && !middle.includes(k))];
}

function pad(n: number): string {
  return ' '.repeat(n);
}

class Printer {
  constructor(private readonly comments: CommentIndex) {}

  private has(pointer: string): boolean {
    const c = this.comments.get(pointer);
    return !!c && (!!c.leading?.length || c.trailing !== undefined || !!c.end?.length);
  }

  printRoot(doc: ObjectJson): string {
    const root = this.comments.get('');
    // The parser never fills "" leading (a file's first comments lead its first entry);
    // printed anyway so that nothing given is lost.
    const out = commentLines(root?.leading, 0);
    if (out.length > 0) out.push('');
    const keys = keysOf(doc);
    const ordered = [...SECTION_ORDER.filter((k) => keys.includes(k)), ...keys.filter((k) => !SECTION_ORDER.includes(k))];
    if (ordered.length === 0) out.push('{}');
    ordered.forEach((k, i) => {
      if (i > 0) out.push('');
      out.push(...this.entry(doc, k, '', 0, [k]));
    });
    const end = commentLines(root?.end, 0);
    if (end.length > 0 && ordered.length > 0) out.push('');
    out.push(...end);
    return `${out.join('\n')}\n`;
  }

  /** The value to print for an entry, using a shorthand when nothing is lost. */
  private shorthand(value: Json, path: readonly string[], pointer: string): { value: Json; pointer: string } {
    // End comments of the long form have no place in the shorthand.
    if (isObject(value) && !this.comments.get(pointer)?.end?.length) {
      const keys = keysOf(value);
      const only = keys.length === 1 ? keys[0] : undefined;
      if (only === 'type' && typeof value.type === 'string' && isFieldPath(path) && !this.has(childPointer(pointer, 'type'))) {
        return { value: value.type, pointer: childPointer(pointer, 'type') };
      }
      const values = value.values;
      const listPointer = childPointer(pointer, 'values');
      if (only === 'values' && Array.isArray(values) && values.every((v) => typeof v === 'string') && isEnumPath(path)) {
        const c = this.comments.get(listPointer);
        if (!c?.leading?.length && c?.trailing === undefined) return { value: values, pointer: listPointer };
      }
    }
    return { value, pointer };
  }

  /** One map entry: leading comments, `key: value # trailing`, nested lines, end comments. */
  entry(obj: ObjectJson, key: string, parent: string, indent: number, path: readonly string[], firstPrefix?: string): string[] {
    const pointer = childPointer(parent, key);
    const c = this.comments.get(pointer);
    const out = commentLines(c?.leading, indent);
    const { value, pointer: valuePointer } = this.shorthand(obj[key]!, path, pointer);
    const quotedKey = isPlain(key, 'key') ? key : doubleQuoted(key);
    let prefix = `${firstPrefix ?? pad(indent)}${quotedKey}:`;
    if (quotedKey.length > MAX_IMPLICIT_KEY) {
      out.push(`${firstPrefix ?? pad(indent)}? ${quotedKey}`);
      prefix = `${pad(indent)}:`;
    }
    out.push(...this.value(prefix, value, valuePointer, indent, path, trailingText(c)));
    return out;
  }

  /** `prefix` is the line so far (`key:` or `-`); the value goes after it or below it. */
  private value(prefix: string, value: Json, pointer: string, indent: number, path: readonly string[], trailing: string): string[] {
    if (isScalarValue(value)) {
      const r = formatScalar(value, 'block', indent + 2);
      return [`${prefix} ${r.head}${trailing}`, ...r.body];
    }
    const end = commentLines(this.comments.get(pointer)?.end, indent + 2);
    if (Array.isArray(value)) {
      if (value.length === 0) return [`${prefix} []${trailing}`, ...end];
      const flow = this.flowList(prefix, value, pointer, trailing);
      if (flow !== undefined) return [flow, ...end];
      const items = value.flatMap((_, i) => this.item(value, i, pointer, indent + 2, [...path, String(i)]));
      return [`${prefix}${trailing}`, ...items, ...end];
    }
    const keys = orderKeys(keysOf(value), path);
    if (keys.length === 0) return [`${prefix} {}${trailing}`, ...end];
    return [`${prefix}${trailing}`, ...this.entries(value, keys, pointer, indent + 2, path), ...end];
  }

  private entries(obj: ObjectJson, keys: readonly string[], pointer: string, indent: number, path: readonly string[]): string[] {
    const blocks = keys.map((k) => this.entry(obj, k, pointer, indent, [...path, k]));
    // Declarations (entities, resources, ...) are set apart when they span lines.
    if (path.length !== 1 || !NAMED_SECTIONS.has(path[0]!)) return blocks.flat();
    return blocks.flatMap((b, i) => (i > 0 && (b.length > 1 || blocks[i - 1]!.length > 1) ? ['', ...b] : b));
  }

  /** `[a, b, c]` on one line, when every item is a one-line scalar without comments and it fits. */
  private flowList(prefix: string, list: readonly Json[], pointer: string, trailing: string): string | undefined {
    if (this.comments.get(pointer)?.end?.length) return undefined;
    const parts: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (!isScalarValue(v) || (typeof v === 'string' && /[\n\r]/.test(v)) || this.has(childPointer(pointer, i))) return undefined;
      parts.push(formatScalar(v, 'flow', 0).head);
    }
    const line = `${prefix} [${parts.join(', ')}]`;
    return line.length <= FLOW_LINE_WIDTH ? line + trailing : undefined;
  }

  /** One list item at column `indent` (the `-`). */
  private item(list: readonly Json[], i: number, parent: string, indent: number, path: readonly string[]): string[] {
    const pointer = childPointer(parent, i);
    const c = this.comments.get(pointer);
    const out = commentLines(c?.leading, indent);
    const v = list[i]!;
    const dash = `${pad(indent)}-`;
    if (isObject(v) && keysOf(v).length > 0 && c?.trailing === undefined) {
      const keys = orderKeys(keysOf(v), path);
      const first = this.comments.get(childPointer(pointer, keys[0]!));
      const inlineFirst = !first?.leading?.length && (isPlain(keys[0]!, 'key') || doubleQuoted(keys[0]!).length <= MAX_IMPLICIT_KEY);
      if (inlineFirst) {
        out.push(...this.entry(v, keys[0]!, pointer, indent + 2, [...path, keys[0]!], `${dash} `));
        for (const k of keys.slice(1)) out.push(...this.entry(v, k, pointer, indent + 2, [...path, k]));
        out.push(...commentLines(this.comments.get(pointer)?.end, indent + 2));
        return out;
      }
    }
    out.push(...this.value(dash, v, pointer, indent, path, trailingText(c)));
    return out;
  }
}

/** Writes a spec document as canonical `backend.yaml` text, with its comments. */
export function printYamlSpec(document: SpecDocument, comments: CommentIndex): string {
  const doc = (isObject(document) ? document : {}) as ObjectJson;
  return new Printer(comments).printRoot(doc);
}
