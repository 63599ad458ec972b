/**
 * Maps the statement tree of one .pab file onto the spec document, guided by
 * `shapes.ts`, and records a span for every value (SpanIndex) and, in each
 * statement's `pointer`, where its comments go (see `comments.ts`).
 *
 * The mapping only decides structure; whether values are right (a database
 * name, a duration) is the JSON Schema's job and, after it, the checker's.
 */
import type { IToken } from 'chevrotain';
import type { SourceFile } from '../../core/source-file.js';
import { createSpan, type Span } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/pab.js';
import { didYouMeanHint } from '../../diagnostics/did-you-mean.js';
import { childPointer, type NodeSpans, type SpanIndex } from '../ast.js';
import type { SpecDocument } from '../document.js';
import { canonicalText, hyphenatedWord } from './canonical.js';
import { ENTITY_DIRECTIVES, FIELD_ATTRIBUTES, topShape, type Member, type Shape } from './shapes.js';
import { tokenEnd } from './tokens.js';
import type { Attribute, Item, Statement } from './tree.js';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

export interface MapContext {
  readonly file: SourceFile;
  readonly spans: SpanIndex;
  readonly diagnostics: Diagnostic[];
  /** Doc comment text by statement start offset. */
  readonly docs: ReadonlyMap<number, string>;
  /** Statements that took their doc comment (the rest are reported and kept as comments). */
  readonly usedDocs: Set<number>;
}

const span = (ctx: MapContext, start: number, end: number): Span => createSpan(ctx.file.path, start, end);
const tokSpan = (ctx: MapContext, t: IToken): Span => span(ctx, t.startOffset, tokenEnd(t));
const itemSpan = (ctx: MapContext, item: Item): Span =>
  span(ctx, item.tokens[0]!.startOffset, tokenEnd(item.tokens[item.tokens.length - 1]!));
const stmtSpan = (ctx: MapContext, s: Statement): Span => span(ctx, s.start, s.end);

function valueSpan(ctx: MapContext, s: Statement): Span {
  if (s.items.length > 0) {
    const last = s.items[s.items.length - 1]!.tokens;
    return span(ctx, s.items[0]!.tokens[0]!.startOffset, tokenEnd(last[last.length - 1]!));
  }
  if (s.bodyStart !== undefined) return span(ctx, s.bodyStart, s.end);
  return tokSpan(ctx, s.key);
}

/** The JSON value of one item: simple values as they are, anything else as canonical text. */
function itemValue(item: Item): Json {
  if (item.kind === 'tuple') return item.elements!.map(itemValue);
  if (item.simple !== undefined) return item.simple;
  return hyphenatedWord(item.tokens) ?? canonicalText(item.tokens);
}

function record(ctx: MapContext, pointer: string, entry: NodeSpans): void {
  ctx.spans.set(pointer, entry);
}

/** Records an item's spans; a complex value also gets the span of each token. */
function recordItem(ctx: MapContext, pointer: string, item: Item, key?: Span, whole?: Span): void {
  const value = itemSpan(ctx, item);
  const span = whole ?? value;
  if (item.kind !== 'complex' && item.kind !== 'tuple') {
    record(ctx, pointer, key ? { span, value, key } : { span, value });
    return;
  }
  const tokens = item.tokens.map((t) => tokSpan(ctx, t));
  record(ctx, pointer, key ? { span, value, key, tokens } : { span, value, tokens });
}

function takeDoc(ctx: MapContext, s: Statement, target: Obj): void {
  const doc = ctx.docs.get(s.start);
  if (doc === undefined) return;
  ctx.usedDocs.add(s.start);
  target['doc'] = doc;
}

function describe(where: string): string {
  return where;
}

/** Reports each attribute of `s`; `where` defaults to "on `key`". */
function rejectAttributes(ctx: MapContext, s: Statement, where?: string): void {
  for (const a of s.attributes) {
    ctx.diagnostics.push(
      diag('unexpected-attribute', { name: a.name.image, where: where ?? `on \`${s.key.image}\`` }, { span: span(ctx, a.at.startOffset, a.end) }),
    );
  }
}

function rejectBody(ctx: MapContext, s: Statement): boolean {
  if (s.body === undefined) return false;
  ctx.diagnostics.push(diag('unexpected-block', { keyword: s.key.image }, { span: span(ctx, s.bodyStart!, s.end) }));
  return true;
}

function requireBody(ctx: MapContext, s: Statement): readonly Statement[] | undefined {
  if (s.body !== undefined) return s.body;
  ctx.diagnostics.push(diag('missing-block', { keyword: s.key.image }, { span: stmtSpan(ctx, s) }));
  return undefined;
}

/** The name of a named block: exactly one identifier. */
function nameOf(ctx: MapContext, s: Statement): string | undefined {
  const item = s.items[0];
  if (s.items.length === 1 && item && (item.kind === 'identifier' || item.kind === 'string')) return String(item.simple);
  if (s.items.length === 0) {
    ctx.diagnostics.push(diag('missing-name', { keyword: s.key.image }, { span: tokSpan(ctx, s.key) }));
  } else {
    ctx.diagnostics.push(
      diag('unexpected-value', { keyword: s.key.image, text: 'takes one name, as in `' + s.key.image + ' Name { ... }`' }, { span: valueSpan(ctx, s) }),
    );
  }
  return undefined;
}

/** Claims `key` in `seen`, reporting a duplicate; returns false when taken. */
function claim(ctx: MapContext, seen: Map<string, Span>, key: string, at: Span, where: string, shown: string = key): boolean {
  const first = seen.get(key);
  if (first) {
    const firstText = ctx.file.text.slice(first.start, first.end);
    const caseOnly = firstText !== shown && firstText.toLowerCase() === shown.toLowerCase();
    const name = caseOnly ? `${shown}\` and \`${firstText}` : shown;
    ctx.diagnostics.push(
      diag('duplicate-statement', { name, where }, {
        span: at,
        related: [{ span: first, message: `\`${caseOnly ? firstText : shown}\` is first declared here.` }],
        ...(caseOnly ? { hint: 'Names that differ only in case clash in SQL and GraphQL; rename one of them.' } : {}),
      }),
    );
    return false;
  }
  seen.set(key, at);
  return true;
}

function scalarValue(ctx: MapContext, s: Statement, member: Member & { kind: 'scalar' }): Json | undefined {
  if (member.print === 'flag') {
    if (s.items.length === 0) return true;
    const it = s.items[0]!;
    if (s.items.length === 1 && it.kind === 'boolean') return it.simple as boolean;
    ctx.diagnostics.push(
      diag('unexpected-value', { keyword: s.key.image, text: 'is a switch: write it alone to turn it on, or `false`' }, { span: valueSpan(ctx, s) }),
    );
    return undefined;
  }
  if (s.items.length === 0) {
    ctx.diagnostics.push(diag('missing-value', { keyword: s.key.image, what: 'a value' }, { span: tokSpan(ctx, s.key) }));
    return undefined;
  }
  if (s.items.length > 1) {
    ctx.diagnostics.push(diag('unexpected-value', { keyword: s.key.image, text: 'takes one value, not a list' }, { span: valueSpan(ctx, s) }));
    return undefined;
  }
  return itemValue(s.items[0]!);
}

function mapScalarLike(ctx: MapContext, s: Statement, member: Member, target: Obj, pointer: string, key: Span = tokSpan(ctx, s.key)): void {
  rejectAttributes(ctx, s);
  if (rejectBody(ctx, s)) return;
  const whole = stmtSpan(ctx, s);
  if (member.kind === 'list') {
    if (s.items.length === 0) {
      ctx.diagnostics.push(diag('missing-value', { keyword: s.key.image, what: 'one or more values separated by commas' }, { span: key }));
      return;
    }
    target[s.key.image] = s.items.map(itemValue);
    record(ctx, pointer, { span: whole, key, value: valueSpan(ctx, s) });
    s.items.forEach((it, i) => recordItem(ctx, childPointer(pointer, i), it));
    return;
  }
  if (member.kind === 'expr') {
    if (s.items.length !== 1) {
      const text = s.items.length === 0 ? 'needs a condition' : 'takes one condition; combine conditions with `and` / `or`';
      ctx.diagnostics.push(diag(s.items.length === 0 ? 'missing-value' : 'unexpected-value', { keyword: s.key.image, text, what: 'a condition' }, { span: valueSpan(ctx, s) }));
      return;
    }
    target[s.key.image] = canonicalText(s.items[0]!.tokens);
    recordItem(ctx, pointer, { ...s.items[0]!, kind: 'complex' }, key, whole);
    return;
  }
  if (member.kind !== 'scalar') return;
  const value = scalarValue(ctx, s, member);
  if (value === undefined) return;
  target[s.key.image] = value;
  if (s.items.length === 1) recordItem(ctx, pointer, s.items[0]!, key, whole);
  else record(ctx, pointer, { span: whole, key, value: key });
}

export function mapShape(ctx: MapContext, shape: Shape, body: readonly Statement[], target: Obj, pointer: string, where: string): void {
  switch (shape.kind) {
    case 'props':
      return mapProps(ctx, shape.members, body, target, pointer, where);
    case 'entity':
      return mapEntity(ctx, body, target, pointer, where);
    case 'fieldsObject': {
      // `event E { }` is `{}`, as in YAML; `fields` appears only when there are some.
      if (body.length === 0) return;
      const fields: Obj = {};
      target['fields'] = fields;
      return mapFields(ctx, body, fields, childPointer(pointer, 'fields'), where);
    }
    case 'enum':
      return mapEnum(ctx, body, target, pointer, where);
    case 'map':
      return mapMap(ctx, shape.value, body, target, pointer, where);
  }
}

function mapProps(ctx: MapContext, members: Readonly<Record<string, Member>>, body: readonly Statement[], target: Obj, pointer: string, where: string): void {
  const seen = new Map<string, Span>();
  for (const s of body) {
    const key = s.key.image;
    if (key === 'doc') {
      ctx.diagnostics.push(diag('doc-statement', {}, { span: stmtSpan(ctx, s) }));
      continue;
    }
    const member = members[key];
    if (!member) {
      const hint = didYouMeanHint(key, Object.keys(members));
      ctx.diagnostics.push(diag('unknown-statement', { name: key, where: describe(where) }, { span: tokSpan(ctx, s.key), hint }));
      continue;
    }
    mapMember(ctx, s, member, target, pointer, where, seen);
  }
}

function mapMember(ctx: MapContext, s: Statement, member: Member, target: Obj, pointer: string, where: string, seen: Map<string, Span>): void {
  const key = s.key.image;
  switch (member.kind) {
    case 'scalar':
    case 'list':
    case 'expr': {
      const keySpan = tokSpan(ctx, s.key);
      if (!claim(ctx, seen, key, keySpan, where)) return;
      const p = childPointer(pointer, key);
      s.pointer = p;
      return mapScalarLike(ctx, s, member, target, p, keySpan);
    }
    case 'repeat': {
      rejectAttributes(ctx, s);
      if (rejectBody(ctx, s)) return;
      const value = scalarValue(ctx, s, { kind: 'scalar', print: member.print });
      if (value === undefined) return;
      const list = (target[member.docKey] ??= []) as Json[];
      const p = childPointer(childPointer(pointer, member.docKey), list.length);
      list.push(value);
      s.pointer = p;
      recordItem(ctx, p, s.items[0]!, tokSpan(ctx, s.key), stmtSpan(ctx, s));
      return;
    }
    case 'fields':
    case 'block': {
      const keySpan = tokSpan(ctx, s.key);
      if (!claim(ctx, seen, key, keySpan, where)) return;
      rejectAttributes(ctx, s);
      if (s.items.length > 0) {
        ctx.diagnostics.push(diag('unexpected-value', { keyword: key, text: 'takes a `{ ... }` block, not a value' }, { span: valueSpan(ctx, s) }));
      }
      const body = requireBody(ctx, s);
      if (!body) return;
      const p = childPointer(pointer, key);
      s.pointer = p;
      const obj: Obj = {};
      target[key] = obj;
      record(ctx, p, { span: stmtSpan(ctx, s), key: keySpan, value: valueSpan(ctx, s) });
      const inner = `\`${key}\` of ${where}`;
      if (member.kind === 'fields') return mapFields(ctx, body, obj, p, inner);
      return mapShape(ctx, member.shape, body, obj, p, inner);
    }
    case 'named':
    case 'namedList':
    case 'namedSingle':
      return mapNamed(ctx, s, member, target, pointer, where, seen);
  }
}

function mapNamed(
  ctx: MapContext,
  s: Statement,
  member: Member & { kind: 'named' | 'namedList' | 'namedSingle' },
  target: Obj,
  pointer: string,
  where: string,
  seen: Map<string, Span>,
): void {
  const key = s.key.image;
  rejectAttributes(ctx, s);
  const name = nameOf(ctx, s);
  const body = requireBody(ctx, s);
  if (name === undefined || body === undefined) return;
  const nameSpan = itemSpan(ctx, s.items[0]!);
  const claimKey = member.kind === 'namedSingle' ? key : `${key} ${name}`;
  if (!claim(ctx, seen, claimKey, member.kind === 'namedSingle' ? tokSpan(ctx, s.key) : nameSpan, where)) return;
  const obj: Obj = {};
  let p: string;
  if (member.kind === 'namedSingle') {
    obj['name'] = name;
    target[member.docKey] = obj;
    p = childPointer(pointer, member.docKey);
    recordItem(ctx, childPointer(p, 'name'), s.items[0]!);
  } else if (member.kind === 'namedList') {
    obj['name'] = name;
    const list = (target[member.docKey] ??= []) as Json[];
    p = childPointer(childPointer(pointer, member.docKey), list.length);
    list.push(obj);
    recordItem(ctx, childPointer(p, 'name'), s.items[0]!);
  } else {
    const map = (target[member.docKey] ??= {}) as Obj;
    map[name] = obj;
    p = childPointer(childPointer(pointer, member.docKey), name);
  }
  s.pointer = p;
  takeDoc(ctx, s, obj);
  record(ctx, p, { span: stmtSpan(ctx, s), key: nameSpan, value: span(ctx, s.bodyStart!, s.end) });
  mapShape(ctx, member.shape, body, obj, p, `${key} \`${name}\``);
}

function mapEnum(ctx: MapContext, body: readonly Statement[], target: Obj, pointer: string, where: string): void {
  const values: Json[] = [];
  target['values'] = values;
  const seen = new Map<string, Span>();
  const vp = childPointer(pointer, 'values');
  record(ctx, vp, { span: span(ctx, body[0]?.start ?? 0, body[body.length - 1]?.end ?? 0), value: span(ctx, body[0]?.start ?? 0, body[body.length - 1]?.end ?? 0) });
  for (const s of body) {
    rejectAttributes(ctx, s, 'on an enum value');
    if (s.items.length > 0 || s.body) {
      ctx.diagnostics.push(
        diag('unexpected-value', { keyword: s.key.image, text: 'is an enum value: write one value name per line' }, { span: stmtSpan(ctx, s) }),
      );
      continue;
    }
    const name = s.key.image;
    if (!claim(ctx, seen, name, tokSpan(ctx, s.key), where)) continue;
    const p = childPointer(vp, values.length);
    s.pointer = p;
    const holder: Obj = { name };
    takeDoc(ctx, s, holder);
    values.push(holder['doc'] === undefined ? name : { name, doc: holder['doc'] });
    record(ctx, p, { span: stmtSpan(ctx, s), value: tokSpan(ctx, s.key) });
    if (holder['doc'] !== undefined) record(ctx, childPointer(p, 'name'), { span: tokSpan(ctx, s.key), value: tokSpan(ctx, s.key) });
  }
}

function mapMap(ctx: MapContext, kind: 'expr' | string, body: readonly Statement[], target: Obj, pointer: string, where: string): void {
  const seen = new Map<string, Span>();
  const member: Member = kind === 'expr' ? { kind: 'expr' } : { kind: 'scalar', print: 'word' };
  for (const s of body) {
    const keySpan = tokSpan(ctx, s.key);
    if (!claim(ctx, seen, s.key.image, keySpan, where)) continue;
    const p = childPointer(pointer, s.key.image);
    s.pointer = p;
    mapScalarLike(ctx, s, member, target, p, keySpan);
  }
}

const DIRECTIVES: ReadonlySet<string> = new Set(ENTITY_DIRECTIVES);
const ATTRIBUTES: ReadonlySet<string> = new Set(FIELD_ATTRIBUTES);

function isDirective(s: Statement): boolean {
  if (!DIRECTIVES.has(s.key.image)) return false;
  const first = s.items[0];
  return first === undefined || first.kind === 'tuple' || first.kind === 'string' || first.kind === 'boolean';
}

function mapEntity(ctx: MapContext, body: readonly Statement[], target: Obj, pointer: string, where: string): void {
  const fields: Obj = {};
  target['fields'] = fields;
  const fieldStatements: Statement[] = [];
  const seen = new Map<string, Span>();
  for (const s of body) {
    if (s.key.image === 'doc' && s.items.length > 0 && s.items[0]!.kind === 'string') {
      ctx.diagnostics.push(diag('doc-statement', {}, { span: stmtSpan(ctx, s) }));
    } else if (isDirective(s)) {
      mapDirective(ctx, s, target, pointer, where, seen);
    } else {
      fieldStatements.push(s);
    }
  }
  const fp = childPointer(pointer, 'fields');
  mapFields(ctx, fieldStatements, fields, fp, where);
}

function directiveFields(ctx: MapContext, s: Statement): string[] | undefined {
  const first = s.items[0];
  if (s.items.length !== 1 || first?.kind !== 'tuple') {
    ctx.diagnostics.push(
      diag('invalid-argument', { text: `\`${s.key.image}\` takes field names in parentheses, as in \`${s.key.image} (a, b)\`.` }, { span: valueSpan(ctx, s) }),
    );
    return undefined;
  }
  return first.elements!.map((e) => String(itemValue(e)));
}

function mapDirective(ctx: MapContext, s: Statement, target: Obj, pointer: string, where: string, seen: Map<string, Span>): void {
  const key = s.key.image;
  if (rejectBody(ctx, s)) return;
  const ks = tokSpan(ctx, s.key);
  const whole = stmtSpan(ctx, s);
  if (key === 'index' || key === 'unique') return mapIndex(ctx, s, target, pointer);
  rejectAttributes(ctx, s);
  if (key === 'check') {
    const first = s.items[0];
    if (s.items.length !== 1 || first?.kind !== 'tuple' || first.elements!.length !== 1) {
      ctx.diagnostics.push(diag('invalid-argument', { text: '`check` takes one condition in parentheses, as in `check (total >= 0)`.' }, { span: valueSpan(ctx, s) }));
      return;
    }
    const inner = first.elements![0]!;
    const checks = (target['checks'] ??= []) as Json[];
    const p = childPointer(childPointer(pointer, 'checks'), checks.length);
    checks.push(canonicalText(inner.tokens));
    s.pointer = p;
    recordItem(ctx, p, { ...inner, kind: 'complex' }, ks, whole);
    return;
  }
  if (!claim(ctx, seen, key, ks, where)) return;
  const p = childPointer(pointer, key);
  s.pointer = p;
  if (key === 'table') return mapScalarLike(ctx, s, { kind: 'scalar', print: 'string' }, target, p, ks);
  if (key === 'id') {
    const names = directiveFields(ctx, s);
    if (!names) return;
    target['id'] = names;
    record(ctx, p, { span: whole, key: ks, value: valueSpan(ctx, s) });
    s.items[0]!.elements!.forEach((e, i) => recordItem(ctx, childPointer(p, i), e));
    return;
  }
  mapScalarLike(ctx, s, { kind: 'scalar', print: 'flag' }, target, p, ks);
}

function mapIndex(ctx: MapContext, s: Statement, target: Obj, pointer: string): void {
  const names = directiveFields(ctx, s);
  if (!names) return;
  const index: Obj = { fields: names };
  if (s.key.image === 'unique') index['unique'] = true;
  const indexes = (target['indexes'] ??= []) as Json[];
  const p = childPointer(childPointer(pointer, 'indexes'), indexes.length);
  s.pointer = p;
  const value = valueSpan(ctx, s);
  record(ctx, p, { span: stmtSpan(ctx, s), key: tokSpan(ctx, s.key), value });
  record(ctx, childPointer(p, 'fields'), { span: value, value });
  s.items[0]!.elements!.forEach((e, i) => recordItem(ctx, childPointer(childPointer(p, 'fields'), i), e));
  for (const a of s.attributes) {
    const name = a.name.image;
    if (name !== 'where' && name !== 'name') {
      ctx.diagnostics.push(diag('unexpected-attribute', { name, where: `on \`${s.key.image}\` (it takes \`@where(...)\` and \`@name("...")\`)` }, { span: span(ctx, a.at.startOffset, a.end), hint: didYouMeanHint(name, ['where', 'name']) }));
      continue;
    }
    const arg = singleArg(ctx, a);
    if (!arg) continue;
    index[name] = name === 'where' ? canonicalText(arg.tokens) : itemValue(arg);
    recordItem(ctx, childPointer(p, name), name === 'where' ? { ...arg, kind: 'complex' } : arg, span(ctx, a.at.startOffset, tokenEnd(a.name)), span(ctx, a.at.startOffset, a.end));
  }
  indexes.push(index);
}

function singleArg(ctx: MapContext, a: Attribute): Item | undefined {
  const args = a.args ?? [];
  if (args.length === 1 && !args[0]!.name) return args[0]!.value;
  ctx.diagnostics.push(diag('invalid-argument', { text: `\`@${a.name.image}\` takes exactly one value in parentheses.` }, { span: span(ctx, a.at.startOffset, a.end) }));
  return undefined;
}

export function mapFields(ctx: MapContext, body: readonly Statement[], target: Obj, pointer: string, where: string): void {
  const seen = new Map<string, Span>();
  for (const s of body) {
    const name = s.key.image;
    if (rejectBody(ctx, s)) continue;
    if (s.items.length !== 1) {
      if (s.items.length === 0) {
        ctx.diagnostics.push(diag('missing-value', { keyword: name, what: 'a type, as in `' + name + ' string`' }, { span: tokSpan(ctx, s.key) }));
      } else {
        ctx.diagnostics.push(diag('unexpected-value', { keyword: name, text: 'takes one type; a list type is written `Type[]`' }, { span: valueSpan(ctx, s) }));
      }
      continue;
    }
    const keySpan = tokSpan(ctx, s.key);
    if (!claim(ctx, seen, name.toLowerCase(), keySpan, where, name)) continue;
    const field: Obj = {};
    takeDoc(ctx, s, field);
    const p = childPointer(pointer, name);
    s.pointer = p;
    const typeItem = s.items[0]!;
    field['type'] = typeItem.kind === 'string' ? String(typeItem.simple) : canonicalText(typeItem.tokens);
    record(ctx, p, { span: stmtSpan(ctx, s), key: keySpan, value: span(ctx, typeItem.tokens[0]!.startOffset, s.end) });
    recordItem(ctx, childPointer(p, 'type'), typeItem);
    for (const a of s.attributes) mapFieldAttribute(ctx, a, field, p);
    target[name] = field;
  }
}

function mapFieldAttribute(ctx: MapContext, a: Attribute, field: Obj, pointer: string): void {
  const name = a.name.image;
  const whole = span(ctx, a.at.startOffset, a.end);
  const key = span(ctx, a.at.startOffset, tokenEnd(a.name));
  if (!ATTRIBUTES.has(name)) {
    const hint = didYouMeanHint(name, FIELD_ATTRIBUTES);
    ctx.diagnostics.push(diag('unexpected-attribute', { name, where: 'on a field' }, { span: whole, hint }));
    return;
  }
  if (field[name] !== undefined) {
    ctx.diagnostics.push(diag('duplicate-statement', { name: `@${name}`, where: 'this field' }, { span: whole }));
    return;
  }
  const p = childPointer(pointer, name);
  const args = a.args;
  if (args === undefined || args.length === 0) {
    // `@unique` is a switch; `@relation()` is an object with no arguments.
    field[name] = args === undefined ? true : {};
    record(ctx, p, { span: whole, key, value: whole });
    return;
  }
  const named = args.filter((x) => x.name);
  if (named.length === 0 && args.length === 1) {
    const arg = args[0]!.value;
    field[name] = name === 'check' ? canonicalText(arg.tokens) : itemValue(arg);
    recordItem(ctx, p, name === 'check' ? { ...arg, kind: 'complex' } : arg, key, whole);
    return;
  }
  if (named.length !== args.length) {
    ctx.diagnostics.push(
      diag('invalid-argument', { text: `\`@${name}\` takes either one value or named arguments (\`name: value\`), not a mix.` }, { span: whole }),
    );
    return;
  }
  const obj: Obj = {};
  record(ctx, p, { span: whole, key, value: whole });
  for (const arg of args) {
    const k = arg.name!.image;
    if (obj[k] !== undefined) {
      ctx.diagnostics.push(diag('duplicate-statement', { name: k, where: `\`@${name}\`` }, { span: tokSpan(ctx, arg.name!) }));
      continue;
    }
    obj[k] = itemValue(arg.value);
    recordItem(ctx, childPointer(p, k), arg.value, tokSpan(ctx, arg.name!), span(ctx, arg.name!.startOffset, itemSpan(ctx, arg.value).end));
  }
  field[name] = obj;
}

/** Maps the top-level statements of a file onto a fresh document. */
export function mapTopLevel(ctx: MapContext, statements: readonly Statement[]): SpecDocument {
  const doc: Obj = {};
  if (topShape.kind === 'props') mapProps(ctx, topShape.members, statements, doc, '', 'the top level of the spec');
  ctx.spans.set('', { span: span(ctx, 0, ctx.file.text.length), value: span(ctx, 0, ctx.file.text.length) });
  return doc as SpecDocument;
}
