/**
 * The state of one `checkSpec` run: the document, its span index, the
 * diagnostics reported so far and the tables the passes fill in (names, entity
 * infos, relations). Created per call; nothing here is global. Also the small
 * helpers every rule uses: pointers, spans, `report`, defensive accessors.
 */
import type { Span } from '../core/span.js';
import type { Diagnostic, DiagnosticExtras } from '../diagnostics/diagnostic.js';
import { diag, type checkDiagnostics } from '../diagnostics/codes/check.js';
import type { ParamsOf } from '../diagnostics/diagnostic.js';
import type { SpecDocument } from '../syntax/document.js';
import { escapePointerSegment, nearestSpans, type NodeSpans, type SpanIndex } from '../syntax/ast.js';
import type { ExprSource } from '../syntax/expr/lex.js';
import type { Origin } from '../model/types.js';
import type { AccessRule, Condition, QueryParam } from '../model/expr.js';
import type { Names } from './names.js';
import type { EntityInfo, FieldInfo, RelationInfo, ResolvedType } from './symbols.js';
import type { ResourceInfo } from './resources.js';
import { createParsedTexts, type ParsedTexts } from './parsed.js';

export interface CheckContext {
  readonly doc: SpecDocument;
  readonly spans: SpanIndex;
  readonly diagnostics: Diagnostic[];
  /** Pass 1. */
  readonly names: Names;
  /** Pass 2 (types) and 3 (keys, FK fields), by entity name, in declaration order. */
  readonly entities: Map<string, EntityInfo>;
  /** Pass 3: every relation once, in the order of its owning field. */
  readonly relations: RelationInfo[];
  /** Pass 3d: resources with entity, parent, paths and endpoints resolved. */
  readonly resources: Map<string, ResourceInfo>;
  /** Pass 3: the relation each relation field is a side of. */
  readonly fieldRelations: Map<FieldInfo, RelationInfo>;
  /**
   * Pass 4 results the model builder reuses, by document pointer: resolved
   * conditions (checks, index conditions, query filters, policies), access
   * rules, and query parameters. Rules that resolve an expression store it
   * here, so expressions are resolved (and reported) exactly once.
   */
  readonly resolved: Resolved;
  /**
   * Type strings that parsed and resolved without a problem, by their text: a
   * type means the same everywhere in a spec, and specs repeat a few (`string`,
   * `uuid`) thousands of times. Problems are never cached, so each occurrence
   * is reported at its own place.
   */
  readonly typesByText: Map<string, ResolvedType>;
  /** Expressions parsed without positions, by text (see `parsed.ts`). */
  readonly parsed: ParsedTexts;
  /** Entry spans of declarations that several model nodes share, by pointer (see `sharedOriginAt`). */
  readonly sharedSpans: Map<string, Span | null>;
}

export interface Resolved {
  readonly conditions: Map<string, Condition>;
  readonly access: Map<string, AccessRule>;
  readonly queryParams: Map<string, QueryParam[]>;
  /** Index pointer → its scalar fields (relations expanded to FK fields). */
  readonly indexColumns: Map<string, { field: FieldInfo; direction: 'asc' | 'desc' }[]>;
}

/** A fresh context for one run. */
export function createContext(doc: SpecDocument, spans: SpanIndex, names: Names): CheckContext {
  return {
    doc, spans, names, diagnostics: [], entities: new Map(), relations: [], resources: new Map(), fieldRelations: new Map(),
    resolved: { conditions: new Map(), access: new Map(), queryParams: new Map(), indexColumns: new Map() },
    typesByText: new Map(), parsed: createParsedTexts(), sharedSpans: new Map(),
  };
}

/** A named item of a map-shaped section (`aggregates`, `sagas`, …) with its pointer. */
export interface Named<D> {
  readonly name: string;
  readonly pointer: string;
  readonly doc: D;
}

type Code = keyof typeof checkDiagnostics & string;

/** Adds a diagnostic. Spans in the pseudo-file '' (no known origin) are dropped. */
export function report(ctx: CheckContext, d: Diagnostic): void {
  if (d.span && d.span.file === '') {
    const { span: _dropped, ...rest } = d;
    ctx.diagnostics.push(rest);
    return;
  }
  ctx.diagnostics.push(d);
}

/** Builds and reports a check diagnostic. */
export function reportAt<K extends Code>(ctx: CheckContext, code: K, params: ParamsOf<(typeof checkDiagnostics)[K]>, extras: DiagnosticExtras = {}): void {
  report(ctx, diag(code, params, extras));
}

export function reportAll(ctx: CheckContext, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) report(ctx, d);
}

/** A JSON Pointer from segments: `ptr('entities', 'User', 'fields')` → `/entities/User/fields`. */
export function ptr(...segments: (string | number)[]): string {
  let p = '';
  for (const s of segments) p += `/${pointerSegment(s)}`;
  return p;
}

/** `parent` and one more segment: `childPtr('/entities/User', 'email')` → `/entities/User/email`. */
export function childPtr(parent: string, segment: string | number): string {
  return `${parent}/${pointerSegment(segment)}`;
}

/** One escaped pointer segment; names rarely contain `~` or `/`, so skip the escaping regexes then. */
function pointerSegment(s: string | number): string {
  if (typeof s === 'number') return String(s);
  return s.includes('~') || s.includes('/') ? escapePointerSegment(s) : s;
}

function spansNear(ctx: CheckContext, pointer: string): NodeSpans | undefined {
  return nearestSpans(ctx.spans, pointer);
}

/** The span of the value at `pointer` (or of the nearest known ancestor). */
export function valueSpan(ctx: CheckContext, pointer: string): Span | undefined {
  return spansNear(ctx, pointer)?.value;
}

/** The span of the key at `pointer` (for names), else its value span. */
export function keySpan(ctx: CheckContext, pointer: string): Span | undefined {
  const s = spansNear(ctx, pointer);
  return s?.key ?? s?.value;
}

/** The expression source of the string at `pointer`, with its exact spans when known. */
export function sourceAt(ctx: CheckContext, pointer: string, text: string): ExprSource {
  const spans = ctx.spans.get(pointer);
  return spans ? { text, spans } : { text };
}

/**
 * The expression source of a string without its spans. For the model builder:
 * it re-reads values the rules already parsed and checked, reports nothing,
 * and so needs no positions (looking them up is a cost per string).
 */
export function textOnly(text: string): ExprSource {
  return { text };
}

/** `extras` with `span` set only when defined (exactOptional-friendly). */
export function at(span: Span | undefined, hint?: string): DiagnosticExtras {
  return { ...(span ? { span } : {}), ...(hint ? { hint } : {}) };
}

function entrySpan(ctx: CheckContext, pointer: string): Span | undefined {
  const s = spansNear(ctx, pointer);
  return s?.span ?? s?.value;
}

function originOf(span: Span | null | undefined): Origin {
  return span ? { file: span.file, start: span.start, end: span.end } : { file: '', start: 0, end: 0 };
}

/** The origin of the item declared at `pointer`: its whole entry span. */
export function originAt(ctx: CheckContext, pointer: string): Origin {
  return originOf(entrySpan(ctx, pointer));
}

/**
 * `originAt` for a declaration several model nodes come from (an entity and
 * its implicit fields; a relation field, its FK fields, FK index and
 * relation): the span index is searched once per pointer.
 */
export function sharedOriginAt(ctx: CheckContext, pointer: string): Origin {
  let span = ctx.sharedSpans.get(pointer);
  if (span === undefined) {
    span = entrySpan(ctx, pointer) ?? null;
    ctx.sharedSpans.set(pointer, span);
  }
  return originOf(span);
}

/** Reports a value whose shape the JSON Schema should have rejected (see `sanitizeDocument`). */
export function reportMalformed(ctx: CheckContext, pointer: string, expected: string): void {
  reportAt(ctx, 'malformed-document', { where: pointer || '/', expected }, at(valueSpan(ctx, pointer)));
}

/**
 * The document without `null` members (no property of a spec may be null, and
 * treating them as absent keeps rules simple). Not an object → {}. Documents
 * rarely hold a null, so one is copied only when it does; rules never modify
 * the document, and the model builder copies the lists it takes from it.
 */
export function sanitizeDocument(doc: unknown): SpecDocument {
  if (!isRecord(doc)) return {};
  return (containsNull(doc) ? withoutNulls(doc) : doc) as SpecDocument;
}

/** Whether `v` holds a null anywhere; most members are strings, which are tested without a call. */
function containsNull(v: object): boolean {
  if (Array.isArray(v)) {
    for (const x of v) if (x === null || (typeof x === 'object' && containsNull(x))) return true;
    return false;
  }
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    const x: unknown = (v as Record<string, unknown>)[k];
    if (x === null || (typeof x === 'object' && containsNull(x))) return true;
  }
  return false;
}

/** A deep copy of `v` without null object members (null list items stay). */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isRecord(v)) return v;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, withoutNulls(x)]));
}

// ── Defensive accessors: the document passed the JSON Schema, but never crash ──

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Entries of a map-shaped section, or none. */
export function entriesOf<T>(x: Record<string, T> | undefined): [string, T][] {
  if (!isRecord(x)) return [];
  const all = Object.entries(x) as [string, T][];
  for (let i = 0; i < all.length; i++) {
    if (all[i]![1] === undefined || all[i]![1] === null) return all.filter(([, v]) => v !== undefined && v !== null);
  }
  return all;
}

/** The entry `name` of a map-shaped section, as `entriesOf` would list it, or undefined. */
export function entryOf<T>(x: Record<string, T> | undefined, name: string): T | undefined {
  if (!isRecord(x) || !Object.hasOwn(x, name)) return undefined;
  const v = x[name];
  return v === null ? undefined : v;
}

/** Items of a list, or none. */
export function listOf<T>(x: readonly T[] | undefined): readonly T[] {
  return Array.isArray(x) ? x : [];
}

export function isString(x: unknown): x is string {
  return typeof x === 'string';
}

export function isNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}
