/**
 * Stable field numbers of the `proto` target. A protobuf field is known on
 * the wire by its number, so a number, once given, belongs to that field
 * forever. The target keeps every number it gave in a snapshot,
 * `proto-fields.json` (committed with the `.proto` files), reads it back from
 * its previous output, and numbers the current messages and enums against it:
 *
 * - a field (or enum value) that was there keeps its number;
 * - a new one gets the highest number the message ever used (fields and
 *   reserved numbers) plus one, so adding a field never renumbers another and
 *   never reuses a number; message fields skip 19000–19999, which protobuf
 *   keeps for itself;
 * - a removed one has its number and name reserved (`reserved 3;`
 *   `reserved "note";`), kept in the snapshot forever, so neither is reused;
 *   when the name comes back it is a new field with a new number, and only
 *   the number stays reserved;
 * - a field whose spec declares `@renamedFrom(old)` keeps the old field's
 *   number under its new name (the old name is reserved);
 * - a field whose type changed so that the wire format differs (anything but
 *   the `optional` label) gets a new number, the old number is reserved;
 * - a message or enum that disappears keeps its entry, every number reserved.
 *
 * Everything here is pure and independent of the rest of the target, so that
 * `pab diff --breaking` can read a snapshot (`parseFieldSnapshot`,
 * `readFieldSnapshot`) and replay the numbering (`assignFieldNumbers`) to list
 * what changed (`NumberingChange`).
 */
import { stableJson } from '../stable-json.js';

/** The snapshot's path in the target's folder. */
export const SNAPSHOT_PATH = 'proto-fields.json';
/** The snapshot format; a snapshot of another version is unreadable. */
export const SNAPSHOT_VERSION = 1;

/** Field numbers protobuf keeps for its own implementation. */
const RESERVED_RANGE = { from: 19000, to: 19999 } as const;
/** The largest field number protobuf allows. */
const MAX_FIELD_NUMBER = 536_870_911;

/** One field or enum value to number. */
export interface NumberingMember {
  /** The protobuf name (`customer_id`, `ORDER_STATUS_OPEN`). */
  readonly name: string;
  /** The protobuf type as written (`string`, `repeated string`, `google.protobuf.Timestamp`); '' for an enum value. */
  readonly type: string;
  /** The protobuf name this member had before a declared rename (`@renamedFrom`). */
  readonly formerName?: string;
}

/** A message or enum to number: its members in declaration order. */
export interface NumberingBlock {
  readonly kind: 'message' | 'enum';
  readonly name: string;
  readonly members: readonly NumberingMember[];
}

/** A member in the snapshot; `type` is absent for an enum value. */
export interface SnapshotMember {
  readonly number: number;
  readonly type?: string;
}

/** A reservation: a number, a name, or both (a removed field). */
export interface SnapshotReservation {
  readonly number?: number;
  readonly name?: string;
}

/** A message or enum in the snapshot: its current members by name, and every reservation ever made. */
export interface SnapshotBlock {
  readonly members: Readonly<Record<string, SnapshotMember>>;
  readonly reserved: readonly SnapshotReservation[];
}

/** The contents of `proto-fields.json`. */
export interface FieldSnapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  /** The protobuf package the numbers belong to (informative). */
  readonly package: string;
  readonly messages: Readonly<Record<string, SnapshotBlock>>;
  readonly enums: Readonly<Record<string, SnapshotBlock>>;
}

/** The numbers of one message or enum, ready to print. */
export interface BlockNumbers {
  /** Member name → number. */
  readonly numbers: ReadonlyMap<string, number>;
  /** Numbers to write in `reserved`, ascending. */
  readonly reservedNumbers: readonly number[];
  /** Names to write in `reserved` (not in use now), sorted. */
  readonly reservedNames: readonly string[];
}

/** What changed against the snapshot, member by member, in block then member order. */
export type NumberingChange =
  | { readonly kind: 'added'; readonly block: string; readonly blockKind: 'message' | 'enum'; readonly member: string; readonly number: number }
  | { readonly kind: 'removed'; readonly block: string; readonly blockKind: 'message' | 'enum'; readonly member: string; readonly number: number }
  | { readonly kind: 'renamed'; readonly block: string; readonly blockKind: 'message' | 'enum'; readonly member: string; readonly from: string; readonly number: number }
  | {
    readonly kind: 'retyped'; readonly block: string; readonly blockKind: 'message' | 'enum'; readonly member: string;
    readonly number: number; readonly previous: number; readonly before: string; readonly after: string;
  };

export interface NumberingResult {
  /** By message name. */
  readonly messages: ReadonlyMap<string, BlockNumbers>;
  /** By enum name. */
  readonly enums: ReadonlyMap<string, BlockNumbers>;
  /** The snapshot to write: the previous one updated (nothing in it is ever dropped). */
  readonly snapshot: FieldSnapshot;
  readonly changes: readonly NumberingChange[];
}

/** An empty snapshot of a package. */
export function emptySnapshot(pkg: string): FieldSnapshot {
  return { version: SNAPSHOT_VERSION, package: pkg, messages: {}, enums: {} };
}

/** Whether a member's type changed without changing its wire format: only the `optional` label may differ. */
export function sameWireType(before: string, after: string): boolean {
  const bare = (t: string): string => t.replace(/^optional /, '');
  return bare(before) === bare(after);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reservations in a fixed order: by number (name-only ones last), then by name. */
function sortReservations(list: readonly SnapshotReservation[]): SnapshotReservation[] {
  const key = (r: SnapshotReservation): number => r.number ?? Number.MAX_SAFE_INTEGER;
  return [...list].sort((a, b) => key(a) - key(b) || byCodeUnits(a.name ?? '', b.name ?? ''));
}

/** The next free number after `n` for a block kind (messages skip protobuf's own range). */
function nextNumber(n: number, kind: 'message' | 'enum'): number {
  const next = n + 1;
  if (kind === 'message' && next >= RESERVED_RANGE.from && next <= RESERVED_RANGE.to) return RESERVED_RANGE.to + 1;
  return next;
}

interface BlockResult {
  readonly numbers: BlockNumbers;
  readonly snapshot: SnapshotBlock;
  readonly changes: NumberingChange[];
}

/** Numbers one block against its previous snapshot entry (absent for a new block). */
function numberBlock(block: NumberingBlock, previous: SnapshotBlock | undefined): BlockResult {
  const before = previous ?? { members: {}, reserved: [] };
  const reserved: SnapshotReservation[] = [...before.reserved];
  const changes: NumberingChange[] = [];
  const base = { block: block.name, blockKind: block.kind } as const;
  let highest = 0;
  for (const m of Object.values(before.members)) highest = Math.max(highest, m.number);
  for (const r of before.reserved) if (r.number !== undefined) highest = Math.max(highest, r.number);

  const current = new Set(block.members.map((m) => m.name));
  const consumed = new Set<string>();
  const numbers = new Map<string, number>();
  const members: Record<string, SnapshotMember> = {};
  const fresh = (): number => {
    highest = nextNumber(highest, block.kind);
    if (highest > MAX_FIELD_NUMBER) throw new RangeError(`${block.name} has run out of field numbers`);
    return highest;
  };

  for (const member of block.members) {
    let prev = own(before.members, member.name);
    let renamedFrom: string | undefined;
    if (prev === undefined && member.formerName !== undefined && !current.has(member.formerName) && !consumed.has(member.formerName)) {
      prev = own(before.members, member.formerName);
      if (prev !== undefined) renamedFrom = member.formerName;
    }
    let number: number;
    if (prev === undefined) {
      number = fresh();
      changes.push({ ...base, kind: 'added', member: member.name, number });
    } else if (sameWireType(prev.type ?? '', member.type)) {
      number = prev.number;
      if (renamedFrom !== undefined) {
        consumed.add(renamedFrom);
        reserved.push({ name: renamedFrom });
        changes.push({ ...base, kind: 'renamed', member: member.name, from: renamedFrom, number });
      }
    } else {
      number = fresh();
      if (renamedFrom !== undefined) {
        consumed.add(renamedFrom);
        reserved.push({ number: prev.number, name: renamedFrom });
      } else {
        reserved.push({ number: prev.number });
      }
      changes.push({ ...base, kind: 'retyped', member: member.name, number, previous: prev.number, before: prev.type ?? '', after: member.type });
    }
    numbers.set(member.name, number);
    define(members, member.name, member.type === '' ? { number } : { number, type: member.type });
  }

  for (const [name, prev] of Object.entries(before.members).sort(([a], [b]) => byCodeUnits(a, b))) {
    if (current.has(name) || consumed.has(name)) continue;
    reserved.push({ number: prev.number, name });
    changes.push({ ...base, kind: 'removed', member: name, number: prev.number });
  }

  const sorted = sortReservations(reserved);
  const reservedNumbers = [...new Set(sorted.flatMap((r) => (r.number === undefined ? [] : [r.number])))].sort((a, b) => a - b);
  const reservedNames = [...new Set(sorted.flatMap((r) => (r.name === undefined || current.has(r.name) ? [] : [r.name])))].sort(byCodeUnits);
  return {
    numbers: { numbers, reservedNumbers, reservedNames },
    snapshot: { members, reserved: sorted },
    changes,
  };
}

/** A block no longer generated: every member becomes a reservation. */
function retireBlock(name: string, kind: 'message' | 'enum', previous: SnapshotBlock): { snapshot: SnapshotBlock; changes: NumberingChange[] } {
  const entries = Object.entries(previous.members).sort(([a], [b]) => byCodeUnits(a, b));
  return {
    snapshot: { members: {}, reserved: sortReservations([...previous.reserved, ...entries.map(([n, m]) => ({ number: m.number, name: n }))]) },
    changes: entries.map(([member, m]) => ({ kind: 'removed', block: name, blockKind: kind, member, number: m.number })),
  };
}

/**
 * Numbers the fields of `blocks` (messages and enums, by name) against the
 * previous snapshot (undefined: first generation). Pure; the same input gives
 * the same numbers. Enum values start at 1 (0 is the `_UNSPECIFIED` value,
 * not a member here); message fields at 1.
 */
export function assignFieldNumbers(pkg: string, blocks: readonly NumberingBlock[], previous?: FieldSnapshot): NumberingResult {
  const prev = previous ?? emptySnapshot(pkg);
  const messages = new Map<string, BlockNumbers>();
  const enums = new Map<string, BlockNumbers>();
  const snapMessages: Record<string, SnapshotBlock> = {};
  const snapEnums: Record<string, SnapshotBlock> = {};
  const changes: NumberingChange[] = [];
  for (const block of blocks) {
    const source = block.kind === 'message' ? prev.messages : prev.enums;
    const result = numberBlock(block, own(source, block.name));
    (block.kind === 'message' ? messages : enums).set(block.name, result.numbers);
    define(block.kind === 'message' ? snapMessages : snapEnums, block.name, result.snapshot);
    changes.push(...result.changes);
  }
  for (const kind of ['message', 'enum'] as const) {
    const source = kind === 'message' ? prev.messages : prev.enums;
    const target = kind === 'message' ? snapMessages : snapEnums;
    for (const name of Object.keys(source).sort(byCodeUnits)) {
      if (Object.hasOwn(target, name)) continue;
      const retired = retireBlock(name, kind, source[name]!);
      define(target, name, retired.snapshot);
      changes.push(...retired.changes);
    }
  }
  return { messages, enums, snapshot: { version: SNAPSHOT_VERSION, package: pkg, messages: snapMessages, enums: snapEnums }, changes };
}

/** An own property of a record (never one of Object.prototype's, such as `constructor`). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets a property even when its name is `__proto__` (a plain assignment would set the prototype). */
function define<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The snapshot as the file's text (sorted keys, so the same numbers give the same bytes). */
export function snapshotText(snapshot: FieldSnapshot): string {
  return stableJson(snapshot);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNumber(v: unknown, min: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= MAX_FIELD_NUMBER;
}

/** Checks one block of a parsed snapshot; returns what is wrong, or undefined. */
function blockProblem(where: string, v: unknown, min: number): string | undefined {
  if (!isRecord(v) || !isRecord(v['members']) || !Array.isArray(v['reserved'])) return `${where} is not {members, reserved}`;
  const seen = new Set<number>();
  for (const [name, m] of Object.entries(v['members'])) {
    if (!isRecord(m) || !isNumber(m['number'], min) || (m['type'] !== undefined && typeof m['type'] !== 'string')) return `${where}.${name} is not {number, type}`;
    if (seen.has(m['number'])) return `${where} gives the number ${m['number']} twice`;
    seen.add(m['number']);
  }
  for (const r of v['reserved'] as unknown[]) {
    if (!isRecord(r) || (r['number'] === undefined && r['name'] === undefined)) return `${where} has a reservation without number or name`;
    if (r['number'] !== undefined && !isNumber(r['number'], min)) return `${where} reserves an invalid number`;
    if (r['name'] !== undefined && typeof r['name'] !== 'string') return `${where} reserves an invalid name`;
    if (typeof r['number'] === 'number' && seen.has(r['number'])) return `${where} reserves the number ${r['number']}, which a member uses`;
  }
  return undefined;
}

/** Parses the text of `proto-fields.json`; throws an Error saying what is wrong. */
export function parseFieldSnapshot(text: string): FieldSnapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('it is not JSON');
  }
  if (!isRecord(parsed) || parsed['version'] !== SNAPSHOT_VERSION) throw new Error(`it is not a version ${SNAPSHOT_VERSION} pab field-number snapshot`);
  if (typeof parsed['package'] !== 'string' || !isRecord(parsed['messages']) || !isRecord(parsed['enums'])) throw new Error('it lacks package, messages or enums');
  for (const [kind, min] of [['messages', 1], ['enums', 1]] as const) {
    for (const [name, block] of Object.entries(parsed[kind] as Record<string, unknown>)) {
      const problem = blockProblem(`${kind}.${name}`, block, min);
      if (problem !== undefined) throw new Error(problem);
    }
  }
  return parsed as unknown as FieldSnapshot;
}

/** What `readFieldSnapshot` found. */
export interface SnapshotReading {
  /** Absent on a first generation, or when the snapshot cannot be used (then `problem` says why). */
  readonly snapshot?: FieldSnapshot;
  readonly problem?: string;
}

/**
 * The snapshot among a target's previous files. No previous `.proto` file and
 * no snapshot is a first generation (no problem); `.proto` files without a
 * snapshot, or a snapshot that does not parse, is a problem.
 */
export function readFieldSnapshot(previous: ReadonlyMap<string, string>): SnapshotReading {
  const text = previous.get(SNAPSHOT_PATH);
  if (text === undefined) {
    const hadProto = [...previous.keys()].some((p) => p.endsWith('.proto'));
    return hadProto ? { problem: 'it is missing, though earlier .proto files exist' } : {};
  }
  try {
    return { snapshot: parseFieldSnapshot(text) };
  } catch (e) {
    return { problem: e instanceof Error ? e.message : String(e) };
  }
}
