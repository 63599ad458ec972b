/**
 * Places of a spec document in words: turns a JSON pointer into a phrase in the
 * spec's own vocabulary ("field `email` of entity `User`", "the `auth.jwt`
 * section") and describes found values, for the messages of `validate.ts`.
 */
import { parsePointer } from './ast.js';

/** A node of the document described in words, and what kind of node it is. */
export interface Place {
  /** "field `email` of entity `User`", "the `auth.jwt` section", "`filter` of resource `orders`". */
  readonly phrase: string;
  /** 'root', 'section', 'object', 'value', 'map', 'list', or the noun of a named entry ("entity"). */
  readonly kind: string;
  /** The entry noun of a map or list ("field", "step"); empty for a plain list. */
  readonly noun?: string;
  /** The dotted path of a section ("auth.jwt"), for sections. */
  readonly section?: string;
  /** The node owning a map or list. */
  readonly owner?: Place;
}

/** Maps of named entries, by the kind of their owner: property → entry noun. */
const NAMED_MAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  root: { enums: 'enum', entities: 'entity', resources: 'resource', aggregates: 'aggregate', projections: 'projection', sagas: 'saga', services: 'service', queries: 'query', mcp: 'MCP server' },
  entity: { fields: 'field' },
  resource: { actions: 'action', access: 'access rule' },
  action: { input: 'input field' },
  section: { oauth2: 'OAuth2 provider', roles: 'role', policies: 'policy' },
  aggregate: { commands: 'command', events: 'event' },
  command: { input: 'input field' },
  event: { fields: 'field' },
  projection: { fields: 'field' },
  service: { operations: 'operation' },
  operation: { input: 'input field' },
  'MCP server': { tools: 'tool', resources: 'resource', prompts: 'prompt' },
  prompt: { arguments: 'argument' },
};

/** Lists whose items are things of their own, by the kind of their owner: property → item noun. */
const NAMED_LISTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  root: { imports: 'import' },
  entity: { indexes: 'index' },
  enum: { values: 'value' },
  saga: { steps: 'step' },
};

const ROOT: Place = { phrase: 'the spec', kind: 'root' };

function propertyPhrase(owner: Place, name: string): string {
  if (owner.kind === 'root') return `\`${name}\``;
  if (owner.kind === 'section') return `\`${name}\` in ${owner.phrase}`;
  return `\`${name}\` of ${owner.phrase}`;
}

/** Owner suffix of a named entry: entries of top-level maps and of sections need none. */
function ownedBy(owner: Place | undefined): string {
  return !owner || owner.kind === 'root' || owner.kind === 'section' ? '' : ` of ${owner.phrase}`;
}

function stepInto(parent: Place, seg: string, value: unknown): Place {
  if (parent.kind === 'map') {
    return { phrase: `${parent.noun} \`${seg}\`${ownedBy(parent.owner)}`, kind: parent.noun! };
  }
  if (parent.kind === 'list' || (parent.kind === 'enum' && /^\d+$/.test(seg))) {
    const n = Number(seg) + 1;
    if (parent.kind === 'enum') return { phrase: `value ${n} of ${parent.phrase}`, kind: 'value' };
    if (!parent.noun) return { phrase: `item ${n} of ${parent.phrase}`, kind: 'item' };
    return { phrase: `${parent.noun} ${n}${ownedBy(parent.owner)}`, kind: parent.noun };
  }
  const phrase = propertyPhrase(parent, seg);
  const mapNoun = NAMED_MAPS[parent.kind]?.[seg];
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (mapNoun && isObject) return { phrase, kind: 'map', noun: mapNoun, owner: parent };
  if (Array.isArray(value)) return { phrase, kind: 'list', noun: NAMED_LISTS[parent.kind]?.[seg] ?? '', owner: parent };
  if (!isObject) return { phrase, kind: 'value' };
  if (parent.kind === 'root' || parent.kind === 'section') {
    const section = parent.section ? `${parent.section}.${seg}` : seg;
    return { phrase: `the \`${section}\` section`, kind: 'section', section };
  }
  return { phrase: `the \`${seg}\` of ${parent.phrase}`, kind: 'object' };
}

/** Describes the node at `pointer` in spec terms, using the document to tell blocks from values. */
export function describePlace(document: unknown, pointer: string): Place {
  let place = ROOT;
  let value: unknown = document;
  for (const seg of parsePointer(pointer)) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined;
    place = stepInto(place, seg, value);
  }
  return place;
}

/** The subject of a sentence about the value at `pointer`. */
export function subjectOf(document: unknown, pointer: string): string {
  return pointer === '' ? 'the spec' : describePlace(document, pointer).phrase;
}

/** A value as found in the spec: "the text `ten`", "the number `5`", "a list". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of properties';
  if (typeof value === 'string') return `the text \`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``;
  if (typeof value === 'number') return `the number \`${value}\``;
  return `\`${String(value)}\``;
}
