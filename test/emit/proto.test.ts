/**
 * The `proto` target: every golden case exposed over gRPC gives files that
 * protobufjs parses and resolves and that `buf lint` (STANDARD rules) finds
 * clean; the mapping of the conformance fixture; stable field numbers
 * (adding, removing, re-adding, retyping and renaming fields, enum values,
 * a corrupt or missing snapshot), checked with `buf breaking` (WIRE_JSON)
 * between generations; name collisions and constructs proto3 lacks; and
 * determinism (a second generation over the first changes nothing).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryHost, createNodeHost, type Host } from '../../src/core/host.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { assignFieldNumbers, parseFieldSnapshot, readFieldSnapshot, SNAPSHOT_PATH, type FieldSnapshot } from '../../src/emit/proto/numbering.js';
import { commentLines } from '../../src/emit/proto/layout.js';
import { fieldName, jsonName, pascalName } from '../../src/emit/proto/names.js';
import { runTargets } from '../../src/emit/run.js';
import type { ServiceModel } from '../../src/model/model.js';
import { validateSpec } from '../../src/pipeline.js';
import { modelOf } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUF = join(ROOT, 'node_modules/.bin/buf');
const GOLDEN_DIR = join(ROOT, 'test/fixtures/golden');

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pab-proto-'));
  temps.push(dir);
  return dir;
}

interface Emitted {
  readonly files: Map<string, string>;
  readonly diagnostics: Diagnostic[];
}

/** Runs the proto target over a model with the given previous output. */
function emit(model: ServiceModel, previous: ReadonlyMap<string, string> = new Map(), options: Record<string, unknown> = {}): Emitted {
  const result = runTargets(model, { targets: ['proto'], specPath: 'backend.pab', templateDirs: [], previous: () => previous, options: { proto: options } });
  return { files: new Map(result.files.map((f) => [f.path, f.content])), diagnostics: result.diagnostics };
}

/** Writes the files into a fresh folder (a buf module: the files include buf.yaml). */
function writeModule(files: ReadonlyMap<string, string>): string {
  const dir = tempDir();
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function buf(args: string[], cwd: string): { status: number | null; output: string } {
  const r = spawnSync(BUF, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Parses every .proto file of a module with protobufjs (well-known types from its bundled copies) and resolves all names. */
function loadRoot(dir: string, files: ReadonlyMap<string, string>): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? target : join(dir, target));
  root.loadSync([...files.keys()].filter((p) => p.endsWith('.proto')), { keepCase: true, alternateCommentMode: true });
  root.resolveAll();
  return root;
}

/** A node host that resolves relative paths against the repository root. */
function repoHost(): Host {
  const node = createNodeHost();
  return {
    readFile: (path) => node.readFile(isAbsolute(path) ? path : join(ROOT, path)),
    resolvePath: (from, path) => node.resolvePath(from, path),
  };
}

function goldenSpec(name: string): string {
  const dir = join(GOLDEN_DIR, name);
  if (existsSync(join(dir, 'spec.txt'))) return readFileSync(join(dir, 'spec.txt'), 'utf8').trim();
  const input = ['input.pab', 'input.yaml'].find((f) => existsSync(join(dir, f)))!;
  return `test/fixtures/golden/${name}/${input}`;
}

function goldenModel(name: string): ServiceModel {
  const v = validateSpec(repoHost(), goldenSpec(name));
  expect(v.model, name).toBeDefined();
  return v.model!;
}

/** The hostile-strings spec exposed over gRPC (the golden case is REST only). */
function hostileOverGrpc(): ServiceModel {
  const text = readFileSync(join(GOLDEN_DIR, 'hostile-strings/input.pab'), 'utf8').replace('  database sqlite\n', '  database sqlite\n  api      grpc\n');
  expect(text).toContain('api      grpc');
  const v = validateSpec(createMemoryHost({ 'backend.pab': text }), 'backend.pab');
  expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return v.model!;
}

const cases = readdirSync(GOLDEN_DIR).filter((n) => statSync(join(GOLDEN_DIR, n)).isDirectory()).sort();

describe('proto: every golden case', () => {
  const models: [string, () => ServiceModel][] = [...cases.map((n): [string, () => ServiceModel] => [n, () => goldenModel(n)]), ['hostile-strings over gRPC', hostileOverGrpc]];

  for (const [name, model] of models) {
    it(`${name}: parses with protobufjs and is clean under buf lint (or writes nothing without gRPC)`, () => {
      const m = model();
      const { files, diagnostics } = emit(m);
      const grpc = m.resources.some((r) => r.expose.includes('grpc'));
      if (!grpc) {
        expect([...files.keys()]).toEqual([]);
        return;
      }
      expect([...files.keys()]).toContain('buf.yaml');
      expect([...files.keys()]).toContain(SNAPSHOT_PATH);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const dir = writeModule(files);
      const root = loadRoot(dir, files);
      expect(root.nestedArray.length).toBeGreaterThan(0);
      const lint = buf(['lint'], dir);
      expect(lint.output).toBe('');
      expect(lint.status).toBe(0);
      // The build also compiles (imports, names, reserved) with buf's own compiler.
      expect(buf(['build'], dir).status).toBe(0);
    });
  }
});

describe('proto: mapping of the conformance fixture', () => {
  const model = goldenModel('conformance');
  const { files, diagnostics } = emit(model);
  const dir = writeModule(files);
  const root = loadRoot(dir, files);
  const type = (name: string): protobuf.Type => root.lookupType(`library.v1.${name}`);
  const field = (message: string, f: string): protobuf.Field => {
    const found = type(message).fields[f];
    expect(found, `${message}.${f}`).toBeDefined();
    return found!;
  };

  it('lays out one package: a shared file, a file per service, the snapshot and buf.yaml', () => {
    expect([...files.keys()].sort()).toEqual([
      'buf.yaml',
      'library/v1/books_service.proto',
      'library/v1/cards_service.proto',
      'library/v1/library.proto',
      'library/v1/loans_service.proto',
      'library/v1/member_loans_service.proto',
      'library/v1/members_service.proto',
      SNAPSHOT_PATH,
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('maps every field type', () => {
    const expected: Record<string, string> = {
      id: 'string', email: 'string', name: 'string', role: 'MemberRole', bio: 'google.protobuf.StringValue',
      homepage: 'google.protobuf.StringValue', birth_date: 'google.protobuf.StringValue', active: 'bool', points: 'int32',
      card_number: 'int64', balance: 'string', rating: 'google.protobuf.DoubleValue', external_id: 'google.protobuf.StringValue',
      settings: 'google.protobuf.Value', avatar: 'google.protobuf.BytesValue', nickname: 'google.protobuf.StringValue',
      interests: 'string', created_at: 'google.protobuf.Timestamp', updated_at: 'google.protobuf.Timestamp',
    };
    const member = type('Member');
    expect(Object.keys(member.fields)).toEqual(Object.keys(expected));
    for (const [name, t] of Object.entries(expected)) expect(member.fields[name]!.type, name).toBe(t);
    expect(member.fields['interests']!.repeated).toBe(true);
    // Secrets are write-only: in the create request, never in the entity.
    expect(member.fields['password']).toBeUndefined();
    expect(field('CreateMemberRequest', 'password').type).toBe('string');
    // Required scalars are plain; date, decimal as strings; bytes as bytes.
    expect(field('LibraryCard', 'issued_on').type).toBe('string');
    expect(field('Book', 'price').type).toBe('string');
    expect(field('ImportCsvBooksRequest', 'file').type).toBe('bytes');
    expect(field('Loan', 'id').type).toBe('int64');
  });

  it('gives enums an _UNSPECIFIED zero and prefixed values, optional enums presence', () => {
    const role = root.lookupEnum('library.v1.MemberRole');
    expect(role.values).toEqual({ MEMBER_ROLE_UNSPECIFIED: 0, MEMBER_ROLE_LIBRARIAN: 1, MEMBER_ROLE_MEMBER: 2, MEMBER_ROLE_GUEST: 3 });
    // A field with a default may be left out of a create request: proto3 `optional`.
    const status = field('CreateMemberLoanRequest', 'status');
    expect(status.type).toBe('LoanStatus');
    expect(status.options?.['proto3_optional']).toBe(true);
  });

  it('relations are their FK fields only', () => {
    expect(field('Book', 'genre_id').type).toBe('string');
    expect(type('Book').fields['genre']).toBeUndefined();
    expect(type('Book').fields['authors']).toBeUndefined();
    expect(type('Member').fields['loans']).toBeUndefined();
  });

  it('serves each resource with unary RPCs, a paged List and a server-streaming Stream', () => {
    const books = root.lookupService('library.v1.BooksService');
    expect(Object.keys(books.methods)).toEqual(['ListBooks', 'StreamBooks', 'GetBook', 'SearchBooks', 'CreateBook', 'UpdateBook', 'DeleteBook', 'ImportCsvBooks', 'ReserveBook']);
    expect(books.methods['StreamBooks']!.responseStream).toBe(true);
    expect(books.methods['ListBooks']!.responseStream).toBeFalsy();
    expect(books.methods['ListBooks']!.requestType).toBe('ListBooksRequest');
    expect(books.methods['ListBooks']!.responseType).toBe('ListBooksResponse');
    expect(Object.keys(type('DeleteBookResponse').fields)).toEqual([]);
    // `genres` is not exposed over gRPC, `cards` only over gRPC.
    expect(() => root.lookupService('library.v1.GenresService')).toThrow();
    expect(() => type('Genre')).toThrow();
    expect(Object.keys(root.lookupService('library.v1.CardsService').methods)).toEqual(['GetCard']);
  });

  it('pages lists (offset and cursor), filters and orders them', () => {
    expect(Object.keys(type('ListBooksRequest').fields)).toEqual(['page_size', 'offset', 'genre_id', 'published', 'price', 'order_by']);
    expect(Object.keys(type('ListBooksResponse').fields)).toEqual(['items', 'total_size']);
    expect(field('ListBooksResponse', 'items').repeated).toBe(true);
    expect(Object.keys(type('ListLoansRequest').fields)).toEqual(['page_size', 'page_token', 'status', 'member_id', 'book_id', 'due_on', 'order_by']);
    expect(Object.keys(type('ListLoansResponse').fields)).toEqual(['items', 'next_page_token']);
    expect(field('ListLoansRequest', 'member_id').type).toBe('google.protobuf.StringValue');
    expect(Object.keys(type('StreamLoansRequest').fields)).toEqual(['status', 'member_id', 'book_id', 'due_on', 'order_by']);
    expect(Object.keys(type('SearchBooksRequest').fields)[0]).toBe('query');
  });

  it('updates with a field mask, every body field with presence', () => {
    expect(field('UpdateBookRequest', 'update_mask').type).toBe('google.protobuf.FieldMask');
    expect(field('UpdateBookRequest', 'id').type).toBe('string');
    expect(field('UpdateBookRequest', 'pages').type).toBe('google.protobuf.Int32Value');
    expect(field('UpdateLoanRequest', 'status').options?.['proto3_optional']).toBe(true);
  });

  it('maps actions: item and collection, input and output', () => {
    expect(Object.keys(type('ImportCsvBooksRequest').fields)).toEqual(['file', 'dry_run']);
    expect(field('ImportCsvBooksRequest', 'dry_run').type).toBe('google.protobuf.BoolValue');
    expect(field('ImportCsvBooksResponse', 'value').type).toBe('int32');
    expect(Object.keys(type('ExtendLoanRequest').fields)).toEqual(['id', 'days', 'reason']);
    expect(field('ExtendLoanResponse', 'loan').type).toBe('Loan');
    expect(Object.keys(type('DeactivateMemberResponse').fields)).toEqual([]);
  });

  it('carries the parent key in every request of a nested resource', () => {
    for (const m of ['ListMemberLoansRequest', 'StreamMemberLoansRequest', 'GetMemberLoanRequest', 'CreateMemberLoanRequest']) {
      expect(Object.keys(type(m).fields)[0], m).toBe('member_id');
    }
    expect(Object.keys(type('GetMemberLoanRequest').fields)).toEqual(['member_id', 'id']);
  });

  it('turns doc comments into line comments that cannot end a block comment', () => {
    const shared = files.get('library/v1/library.proto')!;
    expect(shared).toContain('// A short "about me"; may contain *\\/ or ${x}.');
    expect(shared).not.toContain('*/');
    expect(type('Member').fields['points']!.comment).toBe('Points earned by returning books on time.');
  });
});

/** A small spec exposed over gRPC; `fields` is the body of entity Book. */
function bookSpec(fields: string, extra = ''): ServiceModel {
  return modelOf(`backend Shelf {
  database postgres
  api      grpc
}

enum Format {
${extra === '' ? '  HARDCOVER\n  PAPERBACK\n  EBOOK' : extra}
}

entity Book {
${fields}
}

resource books {
  entity Book
  filter format
  sort   title
}
`);
}

const V1 = `  title  string
  format Format
  pages  int`;

function numbersOf(snapshot: string, message: string): Record<string, number> {
  const s = parseFieldSnapshot(snapshot);
  return Object.fromEntries(Object.entries(s.messages[message]!.members).map(([k, v]) => [k, v.number]));
}

/** `buf breaking` of the new files against the old ones, with the target's buf.yaml (WIRE_JSON) or the given rules. */
function breaking(oldFiles: ReadonlyMap<string, string>, newFiles: ReadonlyMap<string, string>, rules?: string[]): { status: number | null; output: string } {
  const yaml = rules === undefined ? undefined : `version: v2\nbreaking:\n  use:\n${rules.map((r) => `    - ${r}\n`).join('')}`;
  const withYaml = (files: ReadonlyMap<string, string>): Map<string, string> => (yaml === undefined ? new Map(files) : new Map([...files, ['buf.yaml', yaml]]));
  const oldDir = writeModule(withYaml(oldFiles));
  const newDir = writeModule(withYaml(newFiles));
  return buf(['breaking', newDir, '--against', oldDir], newDir);
}

describe('proto: stable field numbers', () => {
  const first = emit(bookSpec(V1));
  const book1 = numbersOf(first.files.get(SNAPSHOT_PATH)!, 'Book');

  it('numbers a first generation in declaration order', () => {
    expect(book1).toEqual({ id: 1, title: 2, format: 3, pages: 4 });
    expect(first.diagnostics).toEqual([]);
  });

  it('a field added in the middle keeps the others\' numbers and takes max+1; buf breaking (WIRE_JSON) passes', () => {
    const second = emit(bookSpec(`  title  string
  isbn   string
  format Format
  pages  int`), first.files);
    expect(numbersOf(second.files.get(SNAPSHOT_PATH)!, 'Book')).toEqual({ ...book1, isbn: 5 });
    const proto = second.files.get('shelf/v1/shelf.proto')!;
    expect(proto).toMatch(/string title = 2;\n {2}string isbn = 5;\n {2}Format format = 3;/);
    // The create request grows the same way.
    expect(numbersOf(second.files.get(SNAPSHOT_PATH)!, 'CreateBookRequest')).toEqual({ title: 1, format: 2, pages: 3, isbn: 4 });
    const r = breaking(first.files, second.files);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('a removed field has its number and name reserved, forever; buf accepts the removal only because of that', () => {
    const second = emit(bookSpec(`  title  string
  format Format`), first.files);
    const proto = second.files.get('shelf/v1/shelf.proto')!;
    expect(proto).toContain('message Book {\n  reserved 4;\n  reserved "pages";\n  string id = 1;');
    const snap = parseFieldSnapshot(second.files.get(SNAPSHOT_PATH)!);
    expect(snap.messages['Book']!.reserved).toEqual([{ number: 4, name: 'pages' }]);
    // WIRE_JSON forbids deleting a field unless its number and name are reserved.
    const r = breaking(first.files, second.files);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
    // The same removal without the reservations is reported by buf.
    const unreserved = new Map([...second.files].map(([p, c]) => [p, c.replace(/^ {2}reserved .*\n/gm, '')]));
    const bad = breaking(first.files, unreserved, ['FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED', 'FIELD_NO_DELETE_UNLESS_NAME_RESERVED']);
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('was deleted without reserving the number "4"');
    // A later generation keeps the reservation.
    const third = emit(bookSpec(`  title  string
  format Format
  year   int`), second.files);
    expect(third.files.get('shelf/v1/shelf.proto')).toContain('reserved 4;\n  reserved "pages";');
    expect(numbersOf(third.files.get(SNAPSHOT_PATH)!, 'Book')['year']).toBe(5);
  });

  it('a field re-added under the same name gets a new number; only the old number stays reserved', () => {
    const removed = emit(bookSpec(`  title  string
  format Format`), first.files);
    const readded = emit(bookSpec(V1), removed.files);
    expect(numbersOf(readded.files.get(SNAPSHOT_PATH)!, 'Book')).toEqual({ id: 1, title: 2, format: 3, pages: 5 });
    const proto = readded.files.get('shelf/v1/shelf.proto')!;
    expect(proto).toContain('reserved 4;');
    expect(proto).not.toContain('reserved "pages"');
    expect(proto).toContain('int32 pages = 5;');
    const dir = writeModule(readded.files);
    expect(buf(['lint'], dir).status).toBe(0);
    loadRoot(dir, readded.files);
  });

  it('a field whose wire type changed gets a new number, with a warning', () => {
    const second = emit(bookSpec(`  title  string
  format Format
  pages  string`), first.files);
    expect(numbersOf(second.files.get(SNAPSHOT_PATH)!, 'Book')['pages']).toBe(5);
    expect(second.files.get('shelf/v1/shelf.proto')).toContain('reserved 4;');
    expect(second.diagnostics.map((d) => d.code)).toContain('proto-field-renumbered');
    // buf sees the old field gone with its number reserved; only its name is not, as the new field has it.
    const r = breaking(first.files, second.files);
    expect(r.output).toContain('was deleted without reserving the name "pages"');
    expect(r.output).not.toContain('reserving the number');
    expect(r.output).not.toMatch(/type/i);
    // Only the `optional` label changing keeps the number: the wire format is the same.
    const optional = emit(bookSpec(`  title  string
  format Format?
  pages  int`), first.files);
    expect(numbersOf(optional.files.get(SNAPSHOT_PATH)!, 'Book')['format']).toBe(3);
  });

  it('a field renamed with @renamedFrom keeps its number', () => {
    const second = emit(bookSpec(`  title     string
  format    Format
  pageCount int @renamedFrom(pages)`), first.files);
    expect(numbersOf(second.files.get(SNAPSHOT_PATH)!, 'Book')).toEqual({ id: 1, title: 2, format: 3, page_count: 4 });
    expect(second.files.get('shelf/v1/shelf.proto')).toContain('reserved "pages";');
  });

  it('enum values keep their numbers; a removed one is reserved', () => {
    const second = emit(bookSpec(V1, '  AUDIOBOOK\n  HARDCOVER\n  EBOOK'), first.files);
    const snap = parseFieldSnapshot(second.files.get(SNAPSHOT_PATH)!);
    expect(Object.fromEntries(Object.entries(snap.enums['Format']!.members).map(([k, v]) => [k, v.number])))
      .toEqual({ FORMAT_AUDIOBOOK: 4, FORMAT_HARDCOVER: 1, FORMAT_EBOOK: 3 });
    const proto = second.files.get('shelf/v1/shelf.proto')!;
    expect(proto).toContain('enum Format {\n  reserved 2;\n  reserved "FORMAT_PAPERBACK";\n  FORMAT_UNSPECIFIED = 0;\n  FORMAT_AUDIOBOOK = 4;');
    expect(breaking(first.files, second.files).status).toBe(0);
  });

  it('a corrupt snapshot warns and numbers afresh', () => {
    for (const bad of ['{ not json', '{"version": 1}', '{"version": 1, "package": "x.v1", "messages": {"A": {"members": {"a": {"number": 1, "type": "string"}, "b": {"number": 1, "type": "string"}}, "reserved": []}}, "enums": {}}']) {
      const previous = new Map(first.files);
      previous.set(SNAPSHOT_PATH, bad);
      const again = emit(bookSpec(V1), previous);
      expect(again.diagnostics.map((d) => d.code)).toEqual(['proto-snapshot-invalid']);
      expect(again.diagnostics[0]!.severity).toBe('warning');
      expect(again.diagnostics[0]!.span).toBeDefined();
      expect(numbersOf(again.files.get(SNAPSHOT_PATH)!, 'Book')).toEqual(book1);
    }
  });

  it('a missing snapshot beside earlier .proto files warns; none at all is a first generation', () => {
    const previous = new Map(first.files);
    previous.delete(SNAPSHOT_PATH);
    expect(emit(bookSpec(V1), previous).diagnostics.map((d) => d.code)).toEqual(['proto-snapshot-invalid']);
    expect(readFieldSnapshot(new Map())).toEqual({});
  });

  it('regenerating over its own output changes nothing (a fixpoint), and twice gives the same bytes', () => {
    const model = goldenModel('conformance');
    const a = emit(model);
    const b = emit(model);
    expect([...b.files]).toEqual([...a.files]);
    const again = emit(model, a.files);
    expect([...again.files]).toEqual([...a.files]);
    expect(again.diagnostics).toEqual([]);
  });
});

describe('proto: assignFieldNumbers', () => {
  const block = (name: string, members: string[], kind: 'message' | 'enum' = 'message') => ({ kind, name, members: members.map((m) => ({ name: m, type: kind === 'enum' ? '' : 'string' })) });

  it('skips the numbers protobuf keeps for itself (19000–19999)', () => {
    const previous: FieldSnapshot = { version: 1, package: 'a.v1', enums: {}, messages: { M: { members: { a: { number: 18999, type: 'string' } }, reserved: [] } } };
    const r = assignFieldNumbers('a.v1', [block('M', ['a', 'b'])], previous);
    expect(r.messages.get('M')!.numbers.get('b')).toBe(20000);
  });

  it('keeps a message that disappeared, every number reserved, and numbers it above them when it returns', () => {
    const first = assignFieldNumbers('a.v1', [block('M', ['a', 'b']), block('N', ['x'])]);
    const gone = assignFieldNumbers('a.v1', [block('N', ['x'])], first.snapshot);
    expect(gone.snapshot.messages['M']).toEqual({ members: {}, reserved: [{ number: 1, name: 'a' }, { number: 2, name: 'b' }] });
    expect(gone.changes.map((c) => `${c.kind} ${c.block}.${c.member}`)).toEqual(['removed M.a', 'removed M.b']);
    const back = assignFieldNumbers('a.v1', [block('M', ['a']), block('N', ['x'])], gone.snapshot);
    expect(back.messages.get('M')!.numbers.get('a')).toBe(3);
    expect(back.messages.get('M')!.reservedNames).toEqual(['b']);
  });

  it('reports what changed, for `pab diff --breaking`', () => {
    const first = assignFieldNumbers('a.v1', [block('M', ['a', 'b'])]);
    const next = assignFieldNumbers('a.v1', [{ kind: 'message', name: 'M', members: [{ name: 'a', type: 'int32' }, { name: 'c', type: 'string' }] }], first.snapshot);
    expect(next.changes).toEqual([
      { kind: 'retyped', block: 'M', blockKind: 'message', member: 'a', number: 3, previous: 1, before: 'string', after: 'int32' },
      { kind: 'added', block: 'M', blockKind: 'message', member: 'c', number: 4 },
      { kind: 'removed', block: 'M', blockKind: 'message', member: 'b', number: 2 },
    ]);
  });

  it('handles names that are Object.prototype properties', () => {
    const r = assignFieldNumbers('a.v1', [block('constructor', ['__proto__', 'toString'])]);
    expect(r.messages.get('constructor')!.numbers.get('toString')).toBe(2);
    const again = assignFieldNumbers('a.v1', [block('constructor', ['toString'])], parseFieldSnapshot(JSON.stringify(r.snapshot)));
    expect(again.messages.get('constructor')!.numbers.get('toString')).toBe(2);
  });
});

describe('proto: names and constructs proto3 lacks', () => {
  it('converts names the protobuf way', () => {
    expect(fieldName('customerId')).toBe('customer_id');
    expect(fieldName('_id')).toBe('id');
    expect(pascalName('memberLoans')).toBe('MemberLoans');
    expect(pascalName('order_item')).toBe('OrderItem');
    expect(jsonName('customer_id')).toBe('customerId');
    expect(commentLines('a */ b\r\nc\u2028d\u0000e')).toEqual(['a *\\/ b', 'c', 'd e']);
  });

  it('renames a field that collides with a request field or after snake_casing, with a warning, and stays lint-clean', () => {
    const model = modelOf(`backend Clash {
  database postgres
  api      grpc
}

enum Kind {
  UNSPECIFIED
  A
}

entity Thing {
  orderBy  string
  pageSize int
  item2    string
  item_2   string
  kind     Kind
  tags     string[]?
}

resource things {
  entity Thing
  filter orderBy, pageSize, kind
  sort   item2
}
`);
    const { files, diagnostics } = emit(model);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('proto-name-changed');
    expect(codes).toContain('proto-nullable-list');
    const list = files.get('clash/v1/things_service.proto')!;
    expect(list).toContain('string order_by = ');
    expect(list).toContain('google.protobuf.StringValue order_by_2 = ');
    expect(list).toContain('google.protobuf.Int32Value page_size_2 = ');
    const shared = files.get('clash/v1/clash.proto')!;
    expect(shared).toContain('string item_2_2 = ');
    expect(shared).toContain('KIND_UNSPECIFIED = 0;\n  KIND_UNSPECIFIED_2 = 1;');
    for (const d of diagnostics) expect(d.span, d.message).toBeDefined();
    const dir = writeModule(files);
    const lint = buf(['lint'], dir);
    expect(lint.output).toBe('');
    loadRoot(dir, files);
  });

  it('takes a package option, and warns about a bad one', () => {
    const model = bookSpec(V1);
    const good = emit(model, new Map(), { package: 'acme.shelf.v2' });
    expect([...good.files.keys()]).toContain('acme/shelf/v2/shelf.proto');
    expect(good.files.get('acme/shelf/v2/shelf.proto')).toContain('package acme.shelf.v2;');
    const bad = emit(model, new Map(), { package: 'Shelf' });
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['proto-package-invalid']);
    expect([...bad.files.keys()]).toContain('shelf/v1/shelf.proto');
  });
});

describe('proto: less common constructs stay lint-clean', () => {
  it('composite keys, entity-typed action input, list and optional outputs, an action named like the Stream RPC', () => {
    const model = modelOf(`backend Odd {
  database postgres
  api      grpc
}

enum Level {
  LOW
  HIGH
}

entity Line {
  sku string
  qty int
}

entity Stop {
  route string
  seq   int
  note  string?
  id (route, seq)
}

resource stops {
  entity Stop
  filter route

  action stream {
    on     collection
    input {
      lines Line[]
      level Level?
    }
    output Level[]?
  }

  action peek {
    output Line?
  }
}
`);
    const { files, diagnostics } = emit(model);
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('proto-nullable-list');
    expect(codes).toContain('proto-name-changed');
    const dir = writeModule(files);
    const lint = buf(['lint'], dir);
    expect(lint.output).toBe('');
    const root = loadRoot(dir, files);
    expect(Object.keys(root.lookupType('odd.v1.GetStopRequest').fields)).toEqual(['route', 'seq']);
    expect(root.lookupType('odd.v1.StreamStops2Request').fields['lines']!.type).toBe('Line');
    expect(root.lookupType('odd.v1.StreamStops2Request').fields['lines']!.repeated).toBe(true);
    expect(root.lookupType('odd.v1.StreamStops2Response').fields['values']!.type).toBe('Level');
    expect(root.lookupType('odd.v1.PeekStopResponse').fields['line']!.type).toBe('Line');
  });
});
