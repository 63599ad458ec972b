/**
 * The small value languages: durations (`15m`), rates (`100/minute`),
 * `env(NAME)` references, order items (`createdAt desc`), dotted references
 * (`payments.charge`) and field defaults (`now()`, literals). Each parser
 * returns a node with spans, or undefined plus diagnostics; none throws.
 */
import type { Span } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import { exprDiag } from './diagnostics.js';
import { wholeSpan, type ExprSource } from './lex.js';
import { spanFrom, TokenStream } from './stream.js';

export interface Parsed<T> {
  readonly node?: T;
  readonly diagnostics: Diagnostic[];
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Milliseconds of a duration literal such as `15m`, or undefined when it is not one. */
export function durationToMs(text: string): number | undefined {
  const m = /^([0-9]+)(ms|s|m|h|d|w)$/.exec(text);
  return m ? Number(m[1]) * DURATION_UNITS[m[2]!]! : undefined;
}

export interface DurationNode {
  readonly ms: number;
  readonly text: string;
  readonly span: Span;
}

export function parseDuration(source: ExprSource): Parsed<DurationNode> {
  const ms = durationToMs(source.text.trim());
  if (ms === undefined || !Number.isSafeInteger(ms)) {
    return { diagnostics: [exprDiag('invalid-duration', { text: source.text }, { span: wholeSpan(source) })] };
  }
  return { node: { ms, text: source.text.trim(), span: wholeSpan(source) }, diagnostics: [] };
}

export type RateUnit = 'second' | 'minute' | 'hour' | 'day';
const RATE_SECONDS: Record<RateUnit, number> = { second: 1, minute: 60, hour: 3600, day: 86400 };

export interface RateNode {
  readonly count: number;
  readonly unit: RateUnit;
  /** The window in seconds: 1, 60, 3600 or 86400. */
  readonly perSeconds: number;
  readonly span: Span;
}

export function parseRate(source: ExprSource): Parsed<RateNode> {
  const m = /^\s*([0-9]+)\s*\/\s*(second|minute|hour|day)\s*$/.exec(source.text);
  const count = m ? Number(m[1]) : 0;
  if (!m || count < 1 || !Number.isSafeInteger(count)) {
    return { diagnostics: [exprDiag('invalid-rate', { text: source.text }, { span: wholeSpan(source) })] };
  }
  const unit = m[2] as RateUnit;
  return { node: { count, unit, perSeconds: RATE_SECONDS[unit], span: wholeSpan(source) }, diagnostics: [] };
}

export type EnvOrStringNode =
  | { readonly kind: 'env'; readonly name: string; readonly nameSpan: Span; readonly span: Span }
  | { readonly kind: 'literal'; readonly value: string; readonly span: Span };

/** `env(NAME)` or any other string (a literal). A string starting `env(` must be well formed. */
export function parseEnvOrString(source: ExprSource): Parsed<EnvOrStringNode> {
  if (!/^\s*env\s*\(/.test(source.text)) {
    return { node: { kind: 'literal', value: source.text, span: wholeSpan(source) }, diagnostics: [] };
  }
  const s = TokenStream.open(source, 'the environment reference');
  const ok = s.accept('Identifier') && s.accept('LParen');
  const name = ok ? s.accept('Identifier') : undefined;
  if (!name || !s.accept('RParen') || !s.atEnd() || s.hasFailed) {
    return { diagnostics: [exprDiag('invalid-env-reference', { text: source.text }, { span: wholeSpan(source) })] };
  }
  return { node: { kind: 'env', name: name.image, nameSpan: name.span, span: wholeSpan(source) }, diagnostics: [] };
}

export interface OrderItemNode {
  readonly field: string;
  readonly fieldSpan: Span;
  readonly direction: 'asc' | 'desc';
  /** Whether the direction was written. */
  readonly explicit: boolean;
  readonly span: Span;
}

/** `field`, `field asc` or `field desc` (sort, orderBy, index fields). */
export function parseOrderItem(source: ExprSource, what = 'the order item'): Parsed<OrderItemNode> {
  const s = TokenStream.open(source, what);
  const field = s.expect('Identifier', 'a field name');
  const dir = field ? (s.accept('Asc') ?? s.accept('Desc')) : undefined;
  if (!field || !s.expectEnd(dir ? 'nothing more' : '`asc`, `desc` or nothing more') || s.hasFailed) return { diagnostics: s.diagnostics };
  const node: OrderItemNode = {
    field: field.image,
    fieldSpan: field.span,
    direction: dir?.kind === 'Desc' ? 'desc' : 'asc',
    explicit: dir !== undefined,
    span: spanFrom(field.span, dir?.span ?? field.span),
  };
  return { node, diagnostics: [] };
}

export interface NameSegment {
  readonly name: string;
  readonly span: Span;
}

/** A dotted reference `a.b` (or `a.b.c`); `what` names it in messages. */
export function parseDottedName(source: ExprSource, what: string): Parsed<readonly NameSegment[]> {
  const s = TokenStream.open(source, what);
  const segments: NameSegment[] = [];
  do {
    const t = s.expect('Identifier', 'a name');
    if (!t) return { diagnostics: s.diagnostics };
    segments.push({ name: t.image, span: t.span });
  } while (s.accept('Dot'));
  if (!s.expectEnd('`.` or nothing more') || s.hasFailed) return { diagnostics: s.diagnostics };
  return { node: segments, diagnostics: [] };
}

export type DefaultFunction = 'now' | 'uuid' | 'autoincrement';
export const DEFAULT_FUNCTIONS: readonly DefaultFunction[] = ['now', 'uuid', 'autoincrement'];

export type DefaultNode =
  | { readonly kind: 'function'; readonly name: DefaultFunction; readonly span: Span }
  | { readonly kind: 'literal'; readonly value: string | number | boolean; readonly span: Span };

/**
 * A field default. Strings of the form `name()` are calls and must be one of
 * now(), uuid(), autoincrement(); other strings, numbers and booleans are
 * literals (an enum value is a literal string, checked against the enum later).
 */
export function parseDefault(value: string | number | boolean, source: ExprSource): Parsed<DefaultNode> {
  const span = wholeSpan(source);
  if (typeof value !== 'string') return { node: { kind: 'literal', value, span }, diagnostics: [] };
  const call = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(\s*\)\s*$/.exec(value);
  if (!call) return { node: { kind: 'literal', value, span }, diagnostics: [] };
  const name = call[1]!;
  if ((DEFAULT_FUNCTIONS as readonly string[]).includes(name)) {
    return { node: { kind: 'function', name: name as DefaultFunction, span }, diagnostics: [] };
  }
  const close = didYouMean(name, DEFAULT_FUNCTIONS);
  const hint = close === undefined ? undefined : `Did you mean \`${close}()\`?`;
  return { diagnostics: [exprDiag('unknown-default-function', { name }, { span, ...(hint ? { hint } : {}) })] };
}
