/**
 * Pass 3 of the `backend.yaml` front end: the plain JSON document from yaml's
 * composed nodes, with a span for every entry in a SpanIndex keyed by JSON
 * Pointer, and the position of every entry written in the file (for comment
 * attachment). Resolves aliases under a budget, reports what JSON cannot hold
 * (non-string keys, duplicate keys, odd scalars), and normalizes the two input
 * shorthands: a field written as its type string, an enum as its list of values.
 */
import type { Alias, Document, ParsedNode, YAMLMap, YAMLSeq } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, visit } from './yaml-lib.js';
import type { SourceFile } from '../../core/source-file.js';
import { createSpan, joinSpans, type Span } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/yaml.js';
import { childPointer, type SpanIndex } from '../ast.js';
import type { Anchor, Coll } from './comments.js';
import { MAX_DEPTH } from './scan.js';

/**
 * Values that aliases may expand to, per file. Unlike a count of `*alias` uses this lets a
 * spec reuse many small anchors, while an alias bomb (exponential growth) hits it at once.
 */
export const MAX_ALIAS_NODES = 10_000;

const CORE_SCALAR_TAGS = new Set(['str', 'int', 'float', 'bool', 'null'].map((t) => `tag:yaml.org,2002:${t}`));

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

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
const ENUM_LOCATION: readonly string[] = ['enums', '*'];

function matchesLocation(path: readonly string[], pattern: readonly string[]): boolean {
  return path.length === pattern.length && pattern.every((p, i) => p === '*' || p === path[i]);
}

/** True when `path` (raw keys from the root) names one field of a FieldsDoc. */
export function isFieldPath(path: readonly string[]): boolean {
  return FIELD_LOCATIONS.some((p) => matchesLocation(path, p));
}

/** True when `path` names one enum (`/enums/<Name>`). */
export function isEnumPath(path: readonly string[]): boolean {
  return matchesLocation(path, ENUM_LOCATION);
}

/**
 * The shorthand locations as a tree, so the builder follows them key by key instead of
 * matching every path: a Place is where the keys so far lead, undefined once no location can match.
 */
interface Place {
  /** The keys so far name one field (`isFieldPath`). */
  field: boolean;
  /** The keys so far name one enum (`isEnumPath`). */
  enum: boolean;
  readonly names: Map<string, Place>;
  /** Where any key leads; a place has either `any` or `names`, never both. */
  any: Place | undefined;
}

function newPlace(): Place {
  return { field: false, enum: false, names: new Map(), any: undefined };
}

function addLocation(root: Place, pattern: readonly string[], mark: 'field' | 'enum'): void {
  let place = root;
  for (const key of pattern) {
    const next = key === '*' ? (place.any ??= newPlace()) : place.names.get(key) ?? place.names.set(key, newPlace()).get(key)!;
    if (place.any && place.names.size > 0) throw new Error(`shorthand location ${pattern.join('/')}: a name and \`*\` at one place`);
    place = next;
  }
  place[mark] = true;
}

const SHORTHAND_ROOT: Place = newPlace();
for (const p of FIELD_LOCATIONS) addLocation(SHORTHAND_ROOT, p, 'field');
addLocation(SHORTHAND_ROOT, ENUM_LOCATION, 'enum');

function nextPlace(place: Place | undefined, key: string): Place | undefined {
  return place === undefined ? undefined : place.any ?? place.names.get(key);
}

// ---------------------------------------------------------------------------
// Small helpers

/** `childPointer` for a map key, skipping its escaping for the usual key without `~` or `/`. */
function pointerTo(parent: string, key: string): string {
  return key.includes('~') || key.includes('/') ? childPointer(parent, key) : `${parent}/${key}`;
}

/** `/\s/.test(text.charAt(i))`, without the regular expression for ASCII characters. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text.charAt(i));
}

function setOwn(obj: Record<string, Json>, key: string, value: Json): void {
  // `__proto__` would otherwise set the prototype instead of creating a key.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** A short, single-line, printable rendering of user text for a message. */
export function describe(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return t.length > 40 ? `${t.slice(0, 37)}...` : t || '(empty)';
}

/** True for a document or value that holds nothing at all (not even `null` written out). */
export function isEmptyContents(node: ParsedNode | null): boolean {
  return node === null || (isScalar(node) && node.value === null && node.source === '' && !node.tag);
}

// ---------------------------------------------------------------------------
// The builder

export class Builder {
  readonly spans: SpanIndex = new Map();
  /** Entries written in the file, in the order they are built (when recording them). */
  readonly anchors: Anchor[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Values still allowed to come out of alias expansions. */
  private aliasBudget = MAX_ALIAS_NODES;
  /** The alias written in the file whose expansion is being built (where a bomb is reported). */
  private outerAlias: Alias.Parsed | undefined;
  /** The collections being built, outermost first: an alias to one of them is a cycle. */
  private readonly building: ParsedNode[] = [];
  private anchored: ParsedNode[] | undefined;

  /** `recordEntries`: whether to collect `anchors` (only comments need them). */
  constructor(private readonly file: SourceFile, private readonly doc: Document.Parsed, private readonly recordEntries: boolean) {}

  /** Builds the document from its root mapping. */
  buildRoot(contents: YAMLMap.Parsed): Json {
    const root = this.rangeSpan(contents, 0);
    this.spans.set('', { span: root, value: root });
    return this.build(contents, '', 0, false, undefined, SHORTHAND_ROOT);
  }

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
    const text = this.file.text;
    let end = node.range[1];
    while (end > node.range[0] && isSpaceAt(text, end - 1)) end--;
    return end;
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

  /**
   * Builds one value at `pointer`. `coll` is the collection holding it (undefined for the root),
   * `place` where its path stands among the shorthand locations.
   */
  build(node: ParsedNode | null, pointer: string, depth: number, inAlias: boolean, coll: Coll | undefined, place: Place | undefined): Json {
    if (node === null) return null;
    if (inAlias && !this.spendAliasBudget(node)) return null;
    if (depth > MAX_DEPTH) {
      this.diagnostics.push(diag('yaml-too-deep', { limit: MAX_DEPTH }, { span: this.rangeSpan(node, 0) }));
      return null;
    }
    if (isAlias(node)) return this.buildAlias(node, pointer, depth, coll, place);
    if (isMap(node)) return this.buildMap(node as YAMLMap.Parsed, pointer, depth, inAlias, coll, place);
    if (isSeq(node)) return this.buildSeq(node as YAMLSeq.Parsed, pointer, depth, inAlias, coll, place);
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

  buildAlias(node: Alias.Parsed, pointer: string, depth: number, coll: Coll | undefined, place: Place | undefined): Json {
    const span = this.rangeSpan(node, 0);
    if (!this.spendAliasBudget(node)) return null;
    const target = this.findAnchor(node);
    if (!target) {
      this.diagnostics.push(diag('yaml-unknown-anchor', { name: node.source }, { span }));
      return null;
    }
    if (this.building.includes(target)) {
      this.diagnostics.push(diag('yaml-alias-cycle', { name: node.source }, { span }));
      return null;
    }
    const outer = this.outerAlias === undefined;
    if (outer) this.outerAlias = node;
    try {
      return this.build(target, pointer, depth, true, coll, place);
    } finally {
      if (outer) this.outerAlias = undefined;
    }
  }

  collection(node: YAMLMap.Parsed | YAMLSeq.Parsed, pointer: string, outer: Coll | undefined): Coll {
    return { pointer, block: !node.flow, start: node.range[0], outer, depth: (outer?.depth ?? 0) + 1 };
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

  buildMap(node: YAMLMap.Parsed, pointer: string, depth: number, inAlias: boolean, coll: Coll | undefined, place: Place | undefined): Json {
    const obj: Record<string, Json> = {};
    const inner = this.collection(node, pointer, coll);
    const items = node.items;
    this.building.push(node);
    for (let i = 0; i < items.length; i++) {
      const pair = items[i]!;
      const key = this.keyOf(pair, node.range[0]);
      if (key === undefined) continue;
      const valueNode = pair.value as ParsedNode | null;
      const ptr = pointerTo(pointer, key);
      const keySpan = this.rangeSpan(pair.key as ParsedNode, 0);
      const valueSpan = this.rangeSpan(valueNode, keySpan.end);
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        if (!inAlias) this.reportDuplicate(key, keySpan, ptr);
        continue;
      }
      this.spans.set(ptr, { span: joinSpans(keySpan, valueSpan), key: keySpan, value: valueSpan });
      if (this.recordEntries && !inAlias) this.anchors.push({ pointer: ptr, start: keySpan.start, end: valueSpan.end, inFlow: node.flow === true, coll: inner });
      setOwn(obj, key, this.buildEntryValue(valueNode, ptr, valueSpan, depth + 1, inAlias, inner, nextPlace(place, key)));
    }
    this.building.pop();
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
  buildEntryValue(valueNode: ParsedNode | null, ptr: string, valueSpan: Span, depth: number, inAlias: boolean, coll: Coll, place: Place | undefined): Json {
    if (place?.enum) {
      const target = valueNode && isAlias(valueNode) ? this.findAnchor(valueNode) : valueNode;
      if (target && isSeq(target)) {
        const valuesPtr = pointerTo(ptr, 'values');
        this.spans.set(valuesPtr, { span: valueSpan, value: valueSpan });
        return { values: this.build(valueNode, valuesPtr, depth, inAlias, coll, nextPlace(place, 'values')) };
      }
    }
    const value = this.build(valueNode, ptr, depth, inAlias, coll, place);
    if (typeof value === 'string' && place?.field) {
      this.spans.set(pointerTo(ptr, 'type'), { span: valueSpan, value: valueSpan });
      return { type: value };
    }
    return value;
  }

  buildSeq(node: YAMLSeq.Parsed, pointer: string, depth: number, inAlias: boolean, coll: Coll | undefined, place: Place | undefined): Json {
    const arr: Json[] = [];
    const inner = this.collection(node, pointer, coll);
    const cstItems = !node.flow && node.srcToken?.type === 'block-seq' ? node.srcToken.items : undefined;
    const items = node.items;
    this.building.push(node);
    for (let i = 0; i < items.length; i++) {
      const itemNode = items[i] as ParsedNode | null;
      const ptr = `${pointer}/${i}`;
      const valueSpan = this.rangeSpan(itemNode, node.range[0]);
      this.spans.set(ptr, { span: valueSpan, value: valueSpan });
      if (this.recordEntries && !inAlias) {
        const indicator = cstItems?.[i]?.start.find((t) => t.type === 'seq-item-ind')?.offset;
        this.anchors.push({ pointer: ptr, start: indicator ?? valueSpan.start, end: valueSpan.end, inFlow: node.flow === true, coll: inner });
      }
      arr.push(this.build(itemNode, ptr, depth + 1, inAlias, inner, place && nextPlace(place, String(i))));
    }
    this.building.pop();
    return arr;
  }
}
