/**
 * Part of the docs view model: how values read in the reference. Durations,
 * rates, types, defaults, constraints and access rules become short English
 * phrases; names become links to where they are documented. Functions
 * ending in `Md` return Markdown (user strings escaped, code spans for names
 * and source text); the others return plain text.
 */
import { md, mdCode } from '../escape.js';
import type { AccessRule, ApiStyle, Constraints, Database, DefaultValue, EnvValue, RateLimit, ScalarType, TypeRef } from '../../model/model.js';

// ---- Anchors and links ---------------------------------------------------------

/**
 * The anchor GitHub gives a heading: the rendered text lower-cased, anything
 * but letters, digits, `_`, `-` and spaces dropped, spaces as `-`; a repeated
 * anchor gets `-1`, `-2`… in document order.
 */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** What a link points at: a page, and a heading on it. */
export interface LinkTarget {
  readonly page: string;
  readonly anchor: string;
}

/**
 * Headings of every page with their anchors, keyed (`entity:User`), so any
 * page can link to any item. Headings are added per page in the order the
 * page shows them, which is what makes the `-1` suffixes right.
 */
export class Anchors {
  private readonly targets = new Map<string, LinkTarget>();
  private readonly used = new Map<string, Set<string>>();

  /** Registers a heading of `page`; returns its anchor. */
  add(page: string, key: string, text: string): string {
    const used = this.used.get(page) ?? new Set<string>();
    this.used.set(page, used);
    const base = githubSlug(text);
    let anchor = base;
    for (let i = 1; used.has(anchor); i++) anchor = `${base}-${i}`;
    used.add(anchor);
    this.targets.set(key, { page, anchor });
    return anchor;
  }

  /** Makes `key` point where `existing` points (items without a heading of their own, e.g. a policy → the policies section). */
  alias(key: string, existing: string): void {
    const target = this.targets.get(existing);
    if (target) this.targets.set(key, target);
  }

  get(key: string): LinkTarget | undefined {
    return this.targets.get(key);
  }

  /** A Markdown link to the item `key` from `fromPage`, with `labelMd` as text; the bare label when unknown. */
  linkMd(key: string, fromPage: string, labelMd: string): string {
    const target = this.targets.get(key);
    if (!target) return labelMd;
    const href = target.page === fromPage ? `#${target.anchor}` : `${target.page}#${target.anchor}`;
    return `[${labelMd}](${href})`;
  }
}

// ---- Words ------------------------------------------------------------------------

/** `1 entity`, `2 entities`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `a, b and c`. */
export function joinAnd(items: readonly string[], word = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

const DURATION_UNITS: readonly (readonly [number, string])[] = [
  [7 * 86_400_000, 'week'],
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1_000, 'second'],
  [1, 'millisecond'],
];

/** A duration in the largest unit that divides it: `15 minutes`, `90 seconds`, `200 milliseconds`. */
export function durationWords(ms: number): string {
  if (ms === 0) return '0 seconds';
  for (const [size, unit] of DURATION_UNITS) {
    if (ms % size === 0) return count(ms / size, unit);
  }
  return count(ms, 'millisecond');
}

/** `600 requests per minute`, `5 requests per 10 seconds`. */
export function rateWords(rate: RateLimit): string {
  const per: Record<number, string> = { 1: 'second', 60: 'minute', 3600: 'hour', 86_400: 'day' };
  return `${count(rate.count, 'request')} per ${per[rate.perSeconds] ?? durationWords(rate.perSeconds * 1000)}`;
}

export function databaseName(db: Database): string {
  return { postgres: 'PostgreSQL', mysql: 'MySQL', sqlite: 'SQLite', mongodb: 'MongoDB' }[db];
}

export function apiStyleName(style: ApiStyle): string {
  return { rest: 'REST', graphql: 'GraphQL', grpc: 'gRPC' }[style];
}

export function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}

/** An environment variable or a literal; `secret` literals are not shown. */
export function envValueMd(value: EnvValue, secret = false): string {
  if (value.kind === 'env') return `environment variable ${mdCode(value.name)}`;
  return secret ? 'a literal in the spec (not shown)' : mdCode(value.value);
}

// ---- Types, defaults, constraints -----------------------------------------------

/** The spelling of a scalar type: `decimal(10, 2)`, `string`. */
export function scalarTypeText(type: ScalarType, precision?: number, scale?: number): string {
  return type === 'decimal' && precision !== undefined ? `decimal(${precision}, ${scale ?? 0})` : type;
}

/** A value type as Markdown: scalars as text, enums and entities as links, `[]` for lists. */
export function typeRefMd(type: TypeRef, anchors: Anchors, page: string): string {
  let base: string;
  if (type.kind === 'scalar') base = md(scalarTypeText(type.type, type.precision, type.scale));
  else if (type.kind === 'enum') base = anchors.linkMd(`enum:${type.enum}`, page, md(type.enum));
  else base = anchors.linkMd(`entity:${type.entity}`, page, md(type.entity));
  return type.list ? `${base}${md('[]')}` : base;
}

/** A default in pab spelling, as code: `"EUR"`, `0`, `CUSTOMER`, `now()`. */
export function defaultMd(value: DefaultValue | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'literal':
      return mdCode(typeof value.value === 'string' ? JSON.stringify(value.value) : String(value.value));
    case 'enum':
      return mdCode(value.value);
    case 'now':
      return mdCode('now()');
    case 'uuid':
      return mdCode('uuid()');
    case 'autoincrement':
      return mdCode('autoincrement()');
  }
}

/** Validation constraints as phrases: `min 0`, `max length 100`, `pattern ^…$`. */
export function constraintPhrasesMd(c: Constraints): string[] {
  const out: string[] = [];
  if (c.min !== undefined) out.push(`min ${md(String(c.min))}`);
  if (c.max !== undefined) out.push(`max ${md(String(c.max))}`);
  if (c.minLength !== undefined) out.push(`min length ${c.minLength}`);
  if (c.maxLength !== undefined) out.push(`max length ${c.maxLength}`);
  if (c.pattern !== undefined) out.push(`pattern ${mdCode(c.pattern)}`);
  return out;
}

// ---- Access rules -------------------------------------------------------------------

/**
 * An access rule in words: `anyone`, `signed-in users`, `role ADMIN or STAFF`,
 * `permission posts.create`, `owner (customer)`, a policy linked to its
 * definition, a condition as code. Nested and/or groups are parenthesized.
 */
export function accessRuleMd(rule: AccessRule, anchors: Anchors, page: string): string {
  const nested = (r: AccessRule): string => {
    const s = accessRuleMd(r, anchors, page);
    return r.kind === 'and' || r.kind === 'or' ? `(${s})` : s;
  };
  switch (rule.kind) {
    case 'public':
      return 'anyone';
    case 'authenticated':
      return 'signed-in users';
    case 'role':
      return `${rule.roles.length === 1 ? 'role' : 'roles'} ${joinAnd(rule.roles.map((r) => mdCode(r)), 'or')}`;
    case 'permission':
      return `permission ${mdCode(rule.permission)}`;
    case 'owner':
      return `owner (${mdCode(rule.field)})`;
    case 'policy':
      return `policy ${anchors.linkMd(`policy:${rule.policy}`, page, mdCode(rule.policy))}`;
    case 'condition':
      return mdCode(rule.condition.source);
    case 'not':
      return `not ${nested(rule.rule)}`;
    case 'and':
    case 'or':
      return rule.rules.map(nested).join(` ${rule.kind} `);
  }
}
