/**
 * Structural validation: checks a spec document against the JSON Schema
 * `schema/backend.schema.json` and turns Ajv's errors into positioned
 * diagnostics worded in spec terms. Ajv text never reaches the user. Unknown
 * keys point at the key, bad values at the value, missing properties at the
 * owner. Names, types and expressions are the checker's business, not this
 * module's.
 *
 * A valid document is recognized by the precompiled check
 * `schema-check.generated.ts` (see `schema-code.ts`). Only an invalid one
 * loads Ajv and compiles the schema (draft 2020-12, once per process) with all
 * errors and verbose error objects, whose `schema`/`parentSchema` are the very
 * objects of `backendSchema`, which the translation below relies on.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createSpan, type Span } from '../core/span.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { didYouMeanHint } from '../diagnostics/did-you-mean.js';
import { diag } from '../diagnostics/codes/schema.js';
import { childPointer, nearestSpans, type SpanIndex } from './ast.js';
import { validate as isValidDocument } from './schema-check.generated.js';
import { AJV_OPTIONS, backendSchema } from './schema.js';
import { describePlace, describeValue, subjectOf } from './validate-words.js';

export { backendSchema } from './schema.js';

type SchemaNode = { readonly [key: string]: any };
type AjvModule = typeof import('ajv/dist/2020.js');

const SCHEMA_ID: string = backendSchema.$id;

/** Ajv with the schema compiled for error reporting, and indexes of the schema's objects. */
interface Reporter {
  readonly ajv: InstanceType<AjvModule['default']>;
  readonly validateRoot: ValidateFunction;
  /** JSON Pointer of every object in the schema (to compile a branch of an `anyOf` on its own). */
  readonly schemaPointers: Map<object, string>;
  readonly branchValidators: Map<object, ValidateFunction>;
}

let reporter: Reporter | undefined;

/** Built on the first invalid document: Ajv (CommonJS, loaded on demand) and the compiled schema. */
function getReporter(): Reporter {
  if (reporter) return reporter;
  const Ajv = (createRequire(import.meta.url)('ajv/dist/2020.js') as AjvModule).default;
  const ajv = new Ajv({ ...AJV_OPTIONS, allErrors: true, verbose: true });
  const schemaPointers = new Map<object, string>();
  (function indexSchema(node: unknown, pointer: string): void {
    if (node === null || typeof node !== 'object') return;
    schemaPointers.set(node, pointer);
    for (const [k, v] of Object.entries(node)) indexSchema(v, childPointer(pointer, k));
  })(backendSchema, '');
  reporter = { ajv, validateRoot: ajv.compile(backendSchema), schemaPointers, branchValidators: new Map() };
  return reporter;
}

/** Name of each `$defs` entry, by identity (Ajv's verbose errors hand back the same objects). */
const defNames = new Map<object, string>();
for (const [name, def] of Object.entries(backendSchema.$defs as Record<string, object>)) defNames.set(def, name);

/** Follows local `$ref`s ("#/$defs/X") to the schema they name. */
function resolveRef(node: SchemaNode): SchemaNode {
  let n = node;
  for (let i = 0; typeof n.$ref === 'string' && i < 16; i++) n = backendSchema.$defs[n.$ref.replace('#/$defs/', '')];
  return n;
}

function branchValidator(branch: SchemaNode): ValidateFunction | undefined {
  const { ajv, schemaPointers, branchValidators } = getReporter();
  let v = branchValidators.get(branch);
  const pointer = schemaPointers.get(branch);
  if (!v && pointer !== undefined) {
    v = ajv.getSchema(`${SCHEMA_ID}#${pointer}`);
    if (v) branchValidators.set(branch, v);
  }
  return v;
}

/**
 * Validates `document` against the spec schema. Returns one diagnostic per
 * problem (at most one per place and kind), each with a span from `spans`, or
 * a span at the start of `file` when the index knows nothing nearer.
 */
export function validateDocument(document: unknown, spans: SpanIndex, file: string): Diagnostic[] {
  if (isValidDocument(document)) return [];
  const { validateRoot } = getReporter();
  if (validateRoot(document)) return [];
  const errors = settleChoices([...(validateRoot.errors ?? [])]);
  return translateErrors(errors, { document, spans, file });
}

// ---------------------------------------------------------------- choices

/** An `anyOf`/`oneOf` between shapes (a shorthand), as opposed to "exactly one of these properties". */
function isShapeChoice(e: ErrorObject): boolean {
  if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') return false;
  return !requiredOnlyBranches(e.schema);
}

function requiredOnlyBranches(branches: unknown): string[] | undefined {
  if (!Array.isArray(branches)) return undefined;
  const names: string[] = [];
  for (const b of branches as SchemaNode[]) {
    const keys = Object.keys(b);
    if (keys.length !== 1 || keys[0] !== 'required') return undefined;
    names.push(...(b.required as string[]));
  }
  return names;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
}

/** The JSON types a schema accepts, looking through `$ref` and nested choices. */
function schemaTypes(node: SchemaNode): string[] {
  const n = resolveRef(node);
  if (typeof n.type === 'string') return [n.type];
  if (Array.isArray(n.type)) return n.type;
  const choices = (n.anyOf ?? n.oneOf) as SchemaNode[] | undefined;
  return choices ? choices.flatMap(schemaTypes) : [];
}

function accepts(types: readonly string[], t: string): boolean {
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

/**
 * Replaces each shape choice by the errors of the one branch whose JSON type
 * matches the value (re-validating the value against that branch alone), or
 * by a single `anyOf` type error when no branch has the value's type. Errors
 * of the other branches, and the choice error itself, are dropped.
 */
function settleChoices(errors: ErrorObject[]): ErrorObject[] {
  const choices = errors.filter(isShapeChoice).sort((a, b) => a.instancePath.length - b.instancePath.length);
  const choice = choices[0];
  if (!choice) return errors;
  const base = choice.instancePath;
  const rest = errors.filter((e) => e.instancePath !== base && !e.instancePath.startsWith(`${base}/`));
  const branch = (choice.schema as SchemaNode[]).find((b) => accepts(schemaTypes(b), jsonType(choice.data)));
  const validator = branch && branchValidator(branch);
  if (!validator) return settleChoices([...rest, { ...choice, keyword: 'type', params: { choice: true } }]);
  validator(choice.data);
  const rebased = (validator.errors ?? []).map((e) => ({ ...e, instancePath: base + e.instancePath }));
  return settleChoices([...rest, ...rebased]);
}

// ---------------------------------------------------------------- translation

interface Context {
  readonly document: unknown;
  readonly spans: SpanIndex;
  readonly file: string;
}

/** Keywords checking a value's content; silenced where the value already has the wrong type. */
const VALUE_KEYWORDS = new Set(['enum', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems']);

function translateErrors(errors: readonly ErrorObject[], ctx: Context): Diagnostic[] {
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const exclusive = new Map<string, string[]>();
  for (const e of errors) {
    const names = e.keyword === 'oneOf' ? requiredOnlyBranches(e.schema) : undefined;
    if (names) exclusive.set(e.instancePath, names);
  }
  const missing = new Map<string, ErrorObject[]>();
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of errors) {
    if (e.keyword === 'required') {
      if (exclusive.get(e.instancePath)?.includes(e.params.missingProperty)) continue;
      missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), e]);
      continue;
    }
    if (e.propertyName !== undefined) continue; // the propertyNames error reports it
    if (VALUE_KEYWORDS.has(e.keyword) && typed.has(e.instancePath)) continue;
    const key = `${pointerOf(e)}|${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(translateError(e, ctx));
  }
  for (const [pointer, group] of missing) out.push(missingProperties(pointer, group, ctx));
  return sortDiagnostics(out);
}

/** The pointer a diagnostic is about: the offending key for unknown or invalid names. */
function pointerOf(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return childPointer(e.instancePath, e.params.additionalProperty);
  if (e.keyword === 'propertyNames') return childPointer(e.instancePath, e.params.propertyName);
  if (e.keyword === 'uniqueItems') return childPointer(e.instancePath, Math.max(e.params.i, e.params.j));
  return e.instancePath;
}

/** The span for `pointer`: its key or its value when the index has it, else the nearest owner. */
function spanAt(ctx: Context, pointer: string, prefer: 'key' | 'value'): Span {
  const exact = ctx.spans.get(pointer);
  if (exact) return prefer === 'key' ? (exact.key ?? exact.span) : exact.value;
  const near = nearestSpans(ctx.spans, pointer);
  return near ? (near.key ?? near.span) : createSpan(ctx.file, 0, 0);
}

/** Words of the expression language that cannot be names (see schema `Identifier`). */
const RESERVED_WORDS = ['and', 'or', 'not', 'in', 'true', 'false', 'null', 'asc', 'desc'];

function translateError(e: ErrorObject, ctx: Context): Diagnostic {
  const pointer = pointerOf(e);
  const subject = subjectOf(ctx.document, pointer);
  const parent: SchemaNode = e.parentSchema ?? {};
  switch (e.keyword) {
    case 'additionalProperties': {
      const name: string = e.params.additionalProperty;
      const where = describePlace(ctx.document, e.instancePath).phrase;
      const known = Object.keys(parent.properties ?? {});
      const hint = didYouMeanHint(name, known) ?? `Properties allowed here: ${known.map((k) => `\`${k}\``).join(', ')}.`;
      return diag('unknown-property', { name, where }, { span: spanAt(ctx, pointer, 'key'), hint });
    }
    case 'propertyNames': {
      const noun = describePlace(ctx.document, pointer).kind;
      return diag('invalid-name', { noun, name: e.params.propertyName }, {
        span: spanAt(ctx, pointer, 'key'),
        hint: 'Use letters, digits and `_`, not starting with a digit; the words and, or, not, in, true, false, null, asc and desc are reserved.',
      });
    }
    case 'not':
      if (typeof e.data === 'string' && RESERVED_WORDS.includes(e.data)) {
        return diag('invalid-name', { noun: describePlace(ctx.document, pointer).kind, name: e.data }, {
          span: spanAt(ctx, pointer, 'value'),
          hint: `\`${e.data}\` is a reserved word of the spec language; choose another name.`,
        });
      }
      return diag('schema-violation', { subject }, { span: spanAt(ctx, pointer, 'value') });
    case 'oneOf':
      return exclusiveProperties(e, ctx);
    case 'type':
      return wrongType(e, subject, ctx);
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const found = String(e.data);
      return diag('invalid-value', { subject, allowed, found }, { span: spanAt(ctx, pointer, 'value'), hint: didYouMeanHint(found, allowed) });
    }
    case 'pattern':
      return invalidFormat(e, subject, ctx);
    case 'uniqueItems': {
      const item = String((e.data as unknown[])[Math.max(e.params.i, e.params.j)]);
      return diag('duplicate-item', { subject: subjectOf(ctx.document, e.instancePath), item }, { span: spanAt(ctx, pointer, 'value') });
    }
    default: {
      const range = describeRange(e);
      if (range) return diag('out-of-range', { subject, ...range }, { span: spanAt(ctx, pointer, 'value') });
      return diag('schema-violation', { subject }, { span: spanAt(ctx, pointer, 'value') });
    }
  }
}

function missingProperties(pointer: string, group: readonly ErrorObject[], ctx: Context): Diagnostic {
  const names = [...new Set(group.map((e) => e.params.missingProperty as string))];
  const where = describePlace(ctx.document, pointer).phrase;
  const description: unknown = group[0]?.parentSchema?.properties?.[names[0]!]?.description;
  const hint = names.length === 1 && typeof description === 'string'
    ? `Add \`${names[0]}\`: ${description.charAt(0).toLowerCase()}${description.slice(1)}`
    : undefined;
  return diag('missing-property', { where, names }, { span: spanAt(ctx, pointer, 'key'), hint });
}

function exclusiveProperties(e: ErrorObject, ctx: Context): Diagnostic {
  const names = requiredOnlyBranches(e.schema) ?? [];
  const where = describePlace(ctx.document, e.instancePath).phrase;
  const span = spanAt(ctx, e.instancePath, 'key');
  const data = (e.data ?? {}) as Record<string, unknown>;
  const found = names.filter((n) => data[n] !== undefined);
  if (found.length === 0) return diag('missing-property', { where, names, oneOf: true }, { span });
  return diag('conflicting-properties', { where, names, found }, { span });
}

/** Expected-value phrases for the schema's named definitions. */
const DEF_NOUNS: Readonly<Record<string, string>> = {
  Identifier: 'a name',
  QualifiedName: 'two names joined by a dot, such as `payments.charge`',
  OrderedField: 'a field name, optionally followed by `asc` or `desc`',
  Duration: 'a duration such as `30s`, `5m` or `500ms`',
  Rate: 'a rate such as `100/minute`',
  Expr: 'a condition such as `total > 0`',
  TypeExpr: 'a type such as `string`',
  EnvOrString: 'text or `env(NAME)`',
  Path: 'a path starting with `/`, such as `/orders`',
  EnumValueList: 'a list of value names',
  EnumValue: 'a block with `name` and `doc`',
  Field: 'a block of field properties',
  Enum: 'a block with `values`',
};

const TYPE_NOUNS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a block of properties',
  null: 'empty',
};

function joinOr(items: readonly string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

/** What a schema expects, in words: a known definition's phrase, its choices, or its JSON types. */
function expectedNoun(node: SchemaNode): string {
  const name = defNames.get(node) ?? (typeof node.$ref === 'string' ? node.$ref.replace('#/$defs/', '') : undefined);
  if (name && DEF_NOUNS[name]) return DEF_NOUNS[name]!;
  const n = resolveRef(node);
  if (Array.isArray(n.enum)) return `one of ${(n.enum as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`;
  const choices = (n.anyOf ?? n.oneOf) as SchemaNode[] | undefined;
  if (choices) return joinOr(choices.map(expectedNoun));
  const types = schemaTypes(n);
  if (types.length > 1 && types.includes('boolean')) {
    // "text, a number, `true` or `false`" reads better than "… or `true` or `false`".
    return [...types.filter((t) => t !== 'boolean').map((t) => TYPE_NOUNS[t] ?? t), '`true` or `false`'].join(', ');
  }
  return joinOr(types.map((t) => TYPE_NOUNS[t] ?? t));
}

function wrongType(e: ErrorObject, subject: string, ctx: Context): Diagnostic {
  const parent: SchemaNode = e.parentSchema ?? {};
  const expected = e.params.choice ? joinOr((e.schema as SchemaNode[]).map(expectedNoun)) : expectedNoun(parent);
  return diag('wrong-type', { subject, expected, found: describeValue(e.data) }, {
    span: spanAt(ctx, e.instancePath, 'value'),
    hint: e.params.choice ? undefined : wrongTypeHint(parent, e.data),
  });
}

/** A single value where a list is expected, or a scalar where text is expected: how to write it. */
function wrongTypeHint(parent: SchemaNode, data: unknown): string | undefined {
  const scalar = typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean';
  const itemTypes = parent.items ? schemaTypes(parent.items) : [];
  if (scalar && schemaTypes(parent).join() === 'array' && !itemTypes.includes('object')) return `Write a list, even of one item: \`[${String(data)}]\`.`;
  if (typeof data !== 'number' && typeof data !== 'boolean') return undefined;
  const formatHint = FORMAT_HINTS[defNames.get(parent) ?? ''];
  if (formatHint) return formatHint(String(data));
  const plainText = accepts(schemaTypes(parent), 'string') && !parent.pattern && !parent.enum;
  return plainText ? `Put the value in quotes: \`"${String(data)}"\`.` : undefined;
}

// ---------------------------------------------------------------- formats

const DURATION_UNITS: Readonly<Record<string, string>> = {
  ms: 'ms', msec: 'ms', millisecond: 'ms', milliseconds: 'ms',
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's',
  m: 'm', min: 'm', mins: 'm', minute: 'm', minutes: 'm',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  d: 'd', day: 'd', days: 'd', w: 'w', week: 'w', weeks: 'w',
};
const RATE_UNITS: Readonly<Record<string, string>> = {
  s: 'second', sec: 'second', second: 'second', seconds: 'second',
  m: 'minute', min: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hr: 'hour', hour: 'hour', hours: 'hour',
  d: 'day', day: 'day', days: 'day',
};

function suggestDuration(found: string): string | undefined {
  const m = /^\s*(\d+)\s*([a-z]+)\s*$/i.exec(found);
  const unit = m && DURATION_UNITS[m[2]!.toLowerCase()];
  return m && unit ? `${m[1]}${unit}` : undefined;
}

function suggestRate(found: string): string | undefined {
  const m = /^\s*(\d+)\s*(?:\/|per\b|a\b|every\b)?\s*([a-z]+)\s*$/i.exec(found);
  const unit = m && RATE_UNITS[m[2]!.toLowerCase()];
  return m && unit ? `${m[1]}/${unit}` : undefined;
}

/** Per definition: the hint when a value does not match its pattern, given the text found. */
const FORMAT_HINTS: Readonly<Record<string, (found: string) => string>> = {
  Identifier: () => 'Use letters, digits and `_`, not starting with a digit.',
  QualifiedName: () => 'Write two names joined by a dot, such as `payments.charge` or `Order.PlaceOrder`.',
  OrderedField: () => 'Write a field name, optionally followed by a space and `asc` or `desc`.',
  Duration: (found) => {
    const s = suggestDuration(found);
    return s ? `Did you mean \`${s}\`?` : 'Write a number followed by `ms`, `s`, `m`, `h`, `d` or `w`, without a space.';
  },
  Rate: (found) => {
    const s = suggestRate(found);
    return s ? `Did you mean \`${s}\`?` : 'Write a count, a slash and `second`, `minute`, `hour` or `day`.';
  },
  Path: (found) => `Did you mean \`/${found}\`?`,
};

function invalidFormat(e: ErrorObject, subject: string, ctx: Context): Diagnostic {
  const name = defNames.get(e.parentSchema ?? {}) ?? '';
  const found = String(e.data);
  const format = DEF_NOUNS[name] ?? 'in the expected format';
  return diag('invalid-format', { subject, format, found }, {
    span: spanAt(ctx, e.instancePath, 'value'),
    hint: FORMAT_HINTS[name]?.(found),
  });
}

function plural(n: number, noun: string): string {
  return n === 1 ? `one ${noun}` : `${n} ${noun}s`;
}

/** Requirement and found value for size and bound keywords, or undefined for other keywords. */
function describeRange(e: ErrorObject): { requirement: string; found?: string } | undefined {
  const limit = e.params.limit as number;
  switch (e.keyword) {
    case 'minimum': return { requirement: `be at least ${limit}`, found: `\`${String(e.data)}\`` };
    case 'maximum': return { requirement: `be at most ${limit}`, found: `\`${String(e.data)}\`` };
    case 'minItems': return { requirement: `list at least ${plural(limit, 'item')}`, found: (e.data as unknown[]).length === 0 ? 'an empty list' : plural((e.data as unknown[]).length, 'item') };
    case 'maxItems': return { requirement: `list at most ${plural(limit, 'item')}`, found: plural((e.data as unknown[]).length, 'item') };
    case 'minLength': return limit === 1 ? { requirement: 'not be empty' } : { requirement: `be at least ${plural(limit, 'character')} long` };
    case 'maxLength': return { requirement: `be at most ${plural(limit, 'character')} long` };
    default: return undefined;
  }
}
