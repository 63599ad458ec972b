/**
 * Canonical spelling of the expression strings in a document written as YAML
 * (types, conditions, access rules, `env(...)`, rates, dotted names), so that
 * both syntaxes give the same document: `.pab` already stores the canonical
 * spelling. Only whitespace between tokens changes; a string that does not
 * lex cleanly, or whose change would be more than whitespace, is left as
 * written (the checker reports it), and so is one whose canonical form would
 * not read back as a single .pab value (`orders:*` is a name, not an expression). The span index gains per-token spans for
 * each rewritten string, as the `.pab` front end records them.
 */
import type { IToken } from 'chevrotain';
import type { SourceFile } from '../core/source-file.js';
import { createSpan, type Span } from '../core/span.js';
import { childPointer, type SpanIndex } from './ast.js';
import type { SpecDocument } from './document.js';
import { respace } from './pab/canonical.js';
import { tokenEnd } from './pab/tokens.js';
import { isBareSafe } from './pab/print.js';
import { topShape, type Member, type Shape } from './pab/shapes.js';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

/** A string's canonical spelling and its tokens (offsets relative to the string). */
interface Canonical {
  readonly text: string;
  readonly tokens: readonly IToken[];
}

interface Ctx {
  readonly file: SourceFile;
  readonly spans: SpanIndex;
  /** Canonical forms by string, null when the string stays as written: specs repeat their types a lot. */
  readonly forms: Map<string, Canonical | null>;
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Where the string's characters start in the file, when the scalar is written without escapes. */
function baseOffset(ctx: Ctx, pointer: string, text: string): number | undefined {
  const value = ctx.spans.get(pointer)?.value;
  if (!value || value.file !== ctx.file.path) return undefined;
  const source = ctx.file.text.slice(value.start, value.end);
  if (source === text) return value.start;
  if (source.length === text.length + 2 && source.slice(1, -1) === text) return value.start + 1;
  return undefined;
}

/** The canonical form of `value`; null when it stays as written. */
function canonicalForm(value: string): Canonical | null {
  const respaced = respace(value);
  if (respaced === undefined || respaced.text === value || !isBareSafe(respaced.text)) return null;
  return respaced;
}

/** The canonical string for `value` at `pointer`, recording token spans; the value itself when unchanged. */
function canonical(ctx: Ctx, pointer: string, value: Json): Json {
  if (typeof value !== 'string') return value;
  let form = ctx.forms.get(value);
  if (form === undefined) {
    form = canonicalForm(value);
    ctx.forms.set(value, form);
  }
  if (form === null) return value;
  const base = baseOffset(ctx, pointer, value);
  const entry = ctx.spans.get(pointer);
  if (entry && base !== undefined) {
    const tokenSpans: Span[] = form.tokens.map((t) => createSpan(ctx.file.path, base + t.startOffset, base + tokenEnd(t)));
    ctx.spans.set(pointer, { ...entry, tokens: tokenSpans });
  }
  return form.text;
}

/**
 * Word values are often free text (a URL, a secret name); only calls such as
 * `env( X )` and rates such as `100 / minute` are respaced.
 */
function looksLikeExpression(value: Json | undefined): boolean {
  return typeof value === 'string' && (/^[A-Za-z_][A-Za-z0-9_]*\s*\(.*\)$/.test(value) || /^[0-9]+\s*\/\s*[A-Za-z]+$/.test(value));
}

function canonicalKey(ctx: Ctx, obj: Obj, key: string, pointer: string): void {
  if (obj[key] !== undefined) obj[key] = canonical(ctx, childPointer(pointer, key), obj[key]!);
}

function walkFields(ctx: Ctx, fields: Json | undefined, pointer: string): void {
  if (!isObj(fields)) return;
  for (const name of Object.keys(fields)) {
    const field = fields[name];
    if (!isObj(field)) continue;
    const fp = childPointer(pointer, name);
    canonicalKey(ctx, field, 'type', fp);
    canonicalKey(ctx, field, 'check', fp);
  }
}

function walkEntity(ctx: Ctx, entity: Obj, pointer: string): void {
  walkFields(ctx, entity['fields'], childPointer(pointer, 'fields'));
  const indexes = entity['indexes'];
  if (Array.isArray(indexes)) {
    indexes.forEach((ix, i) => {
      if (isObj(ix)) canonicalKey(ctx, ix, 'where', childPointer(childPointer(pointer, 'indexes'), i));
    });
  }
  const checks = entity['checks'];
  if (Array.isArray(checks)) {
    const cp = childPointer(pointer, 'checks');
    checks.forEach((c, i) => (checks[i] = canonical(ctx, childPointer(cp, i), c)));
  }
}

function walkMember(ctx: Ctx, member: Member, obj: Obj, key: string, pointer: string): void {
  const value = obj[key];
  const p = childPointer(pointer, key);
  switch (member.kind) {
    case 'expr':
      obj[key] = canonical(ctx, p, value!);
      return;
    case 'scalar':
      if (member.print === 'word' && looksLikeExpression(value)) obj[key] = canonical(ctx, p, value!);
      return;
    case 'list':
      return;
    case 'fields':
      return walkFields(ctx, value, p);
    case 'block':
    case 'namedSingle':
      if (isObj(value)) walkShape(ctx, member.shape, value, p);
      return;
    case 'named':
      if (isObj(value)) {
        for (const name of Object.keys(value)) {
          const v = value[name];
          if (isObj(v)) walkShape(ctx, member.shape, v, childPointer(p, name));
        }
      }
      return;
    case 'namedList':
      if (Array.isArray(value)) value.forEach((v, i) => isObj(v) && walkShape(ctx, member.shape, v, childPointer(p, i)));
      return;
    case 'repeat':
      return;
  }
}

function walkShape(ctx: Ctx, shape: Shape, obj: Obj, pointer: string): void {
  switch (shape.kind) {
    case 'props':
      for (const [key, member] of Object.entries(shape.members)) {
        const docKey = 'docKey' in member ? member.docKey : key;
        if (obj[docKey] !== undefined) walkMember(ctx, member, obj, docKey, pointer);
      }
      return;
    case 'entity':
      return walkEntity(ctx, obj, pointer);
    case 'fieldsObject':
      return walkFields(ctx, obj['fields'], childPointer(pointer, 'fields'));
    case 'map':
      for (const key of Object.keys(obj)) {
        if (shape.value === 'expr' || shape.value === 'word') obj[key] = canonical(ctx, childPointer(pointer, key), obj[key]!);
      }
      return;
    case 'enum':
      return;
  }
}

/** Rewrites expression strings of a YAML-sourced document in place into their canonical spelling. */
export function canonicalizeExpressions(document: SpecDocument, spans: SpanIndex, file: SourceFile): void {
  if (isObj(document)) walkShape({ file, spans, forms: new Map() }, topShape, document as unknown as Obj, '');
}
