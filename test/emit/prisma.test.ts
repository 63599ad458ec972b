/**
 * The `prisma` target: schema.prisma for every provider passes Prisma's own
 * validation (`@prisma/prisma-schema-wasm`, in-process), `prisma format`
 * leaves it unchanged, and Prisma reads back exactly the tables, columns,
 * keys and index names of the SQL schema of the same dialect; names Prisma
 * cannot take, hostile strings, MongoDB, and the migrations in Prisma's
 * folder layout (a second compile adds a second folder, the first is kept).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { prismaDoc, prismaLineComment, prismaString } from '../../src/emit/escape.js';
import { rfc3339 } from '../../src/emit/prisma/schema.js';
import { runTargets, type EmittedFile } from '../../src/emit/run.js';
import { buildSchema, type Dialect } from '../../src/emit/sql/schema.js';
import type { ServiceModel } from '../../src/model/model.js';
import { modelOf } from './helpers.js';

interface PrismaWasm {
  validate(params: string): void;
  format(schema: string, params: string): string;
  get_dmmf(params: string): string;
  get_config(params: string): string;
}
const wasm = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as PrismaWasm;

/** Prisma's validation errors, or undefined when the schema is valid. */
function validationErrors(schema: string): string | undefined {
  try {
    wasm.validate(JSON.stringify({ prismaSchema: [['schema.prisma', schema]], noColor: true }));
    return undefined;
  } catch (e) {
    const text = String(e).replace(/^Error: /, '');
    try {
      return (JSON.parse(text) as { message: string }).message;
    } catch {
      return text;
    }
  }
}

function formatted(schema: string): string {
  const params = JSON.stringify({ textDocument: { uri: 'file:/schema.prisma' }, options: { tabSize: 2, insertSpaces: true } });
  return (JSON.parse(wasm.format(JSON.stringify([['schema.prisma', schema]]), params)) as [string, string][])[0]![1];
}

interface DmmfField { name: string; dbName?: string | null; kind: string; type: string; isList: boolean; isRequired: boolean; isId: boolean; isUnique: boolean; default?: unknown; documentation?: string; relationName?: string; relationFromFields?: string[]; relationToFields?: string[]; relationOnDelete?: string; nativeType?: [string, string[]] | null; isUpdatedAt: boolean }
interface DmmfModel { name: string; dbName: string | null; fields: DmmfField[]; documentation?: string; primaryKey: { name: string | null; fields: string[] } | null }
interface DmmfIndex { model: string; type: 'id' | 'unique' | 'normal' | 'fulltext'; dbName?: string | null; fields: { name: string; sortOrder?: string }[] }
interface Dmmf { datamodel: { models: DmmfModel[]; enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null; documentation?: string }[]; documentation?: string }[]; indexes: DmmfIndex[] } }

function dmmf(schema: string): Dmmf {
  return JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] }))) as Dmmf;
}

function emitPrisma(model: ServiceModel, previous?: ReadonlyMap<string, string>): { files: Map<string, EmittedFile>; diagnostics: Diagnostic[] } {
  const result = runTargets(model, { targets: ['prisma'], specPath: 'backend.pab', templateDirs: [], ...(previous ? { previous: () => previous } : {}) });
  return { files: new Map(result.files.map((f) => [f.path, f])), diagnostics: result.diagnostics };
}

/** Every construct of the data model; lists only where the database has them. */
function richSpec(database: Dialect): string {
  const lists = database === 'postgres' ? '  tags       string[]\n  kinds      Kind[]\n' : '';
  return `/// A backend with "everything": quotes \\ backslashes */ and
/// a second line.
backend Rich {
  database ${database}
}

/// Account */ kinds, "quoted".
enum Kind {
  /// Personal \\ account.
  PERSONAL
  BUSINESS
}

enum Status {
  ACTIVE
  CLOSED
}

/// Every scalar type.
entity Sample {
  id         bigint         @id @default(autoincrement())
  name       string         @maxLength(80) @default("it's \\"quoted\\" \\\\ here")
  plain      string
  body       text?
  count      int            @default(-3)
  big        bigint         @default(9007199254740991)
  money      decimal(12, 2) @default(0.01)
  ratio      decimal
  score      float          @default(1.5)
  flag       boolean        @default(true)
  ref        uuid           @default(uuid())
  code       string         @default(uuid())
  day        date           @default("2024-01-31")
  at         datetime       @default("2024-01-31T10:20:30+02:00")
  stamp      datetime       @default(now())
  data       json           @default("{\\"a\\": [1, 2]}")
  word       json?          @default("hello")
  blob       bytes?
  mail       email          @unique
  link       url?
  hash       secret
  kind       Kind           @default(PERSONAL)
  status     Status?
${lists}  renamed    int            @column("legacy_col") @default(0)
  check (count > -10 and score >= 0)
}

entity Account {
  number   string     @unique @maxLength(34)
  owner    Customer
  kind     Kind
  outgoing Transfer[] @relation(name: Outgoing)
  incoming Transfer[] @relation(name: Incoming)
  timestamps
}

entity Transfer {
  from   Account        @relation(name: Outgoing, onDelete: cascade)
  to     Account        @relation(name: Incoming)
  amount decimal(12, 2) @check(amount > 0)
  note   string?
  index (from, createdAt desc)
  timestamps
}

/// A customer; soft-deleted.
entity Customer {
  email   email    @unique
  name    string   @column("full_name")
  profile Profile?
  softDelete
  unique (name, email)
}

entity Profile {
  customer Customer @unique @relation(onDelete: cascade)
  bio      text?
}

entity Passport {
  holder Customer @unique
  number string
}

entity Employee {
  name    string
  manager Employee? @relation(onDelete: setNull)
}

entity Category {
  name     string
  parent   Category?  @relation(name: CategoryTree)
  children Category[] @relation(name: CategoryTree)
}

entity Post {
  title  string
  author Customer?
  tags   Tag[]
  index (title) @where(author != null) @name("posts_authored_idx")
}

entity Tag {
  label string @unique
  posts Post[]
}

entity Person {
  name      string
  following Person[] @relation(name: Follows)
  followers Person[] @relation(name: Follows)
}

entity Course {
  title    string
  students Student[] @relation(through: Enrollment)
}

entity Student {
  name    string
  courses Course[] @relation(through: Enrollment)
}

entity Enrollment {
  course  Course  @relation(onDelete: cascade)
  student Student @relation(onDelete: cascade)
  grade   int?
  id (course, student)
}

entity Line {
  order int
  sku   string
  qty   int
  id (order, sku)
}
`;
}

const PROVIDER: Record<Dialect, string> = { postgres: 'postgresql', mysql: 'mysql', sqlite: 'sqlite' };

/** The block of `model <name>` / `enum <name>` in a schema. */
function block(schema: string, head: string): string {
  const start = schema.indexOf(`\n${head} {\n`);
  if (start < 0) throw new Error(`no ${head}`);
  return schema.slice(start + 1, schema.indexOf('\n}\n', start) + 2);
}

describe.each(['postgres', 'mysql', 'sqlite'] as const)('schema.prisma on %s', (dialect) => {
  const model = modelOf(richSpec(dialect));
  const { files, diagnostics } = emitPrisma(model);
  const schema = files.get('schema.prisma')!.content;

  it('passes Prisma\'s validation, and prisma format leaves it unchanged', () => {
    expect(validationErrors(schema)).toBeUndefined();
    expect(formatted(schema)).toBe(schema);
    const config = JSON.parse(wasm.get_config(JSON.stringify({ prismaSchema: [['schema.prisma', schema]], datasourceOverrides: {}, ignoreEnvVarErrors: true, env: {} }))) as {
      config: { datasources: { provider: string }[]; generators: { provider: { value: string }; output: { value: string } }[] };
      errors: unknown[];
    };
    expect(config.errors).toEqual([]);
    expect(config.config.datasources.map((d) => d.provider)).toEqual([PROVIDER[dialect]]);
    expect(config.config.generators.map((g) => [g.provider.value, g.output.value])).toEqual([['prisma-client', './generated']]);
  });

  it('describes exactly the tables, columns, keys and indexes of the SQL schema', () => {
    const { schema: sql } = buildSchema(model, dialect);
    const dm = dmmf(schema).datamodel;
    expect(dm.models.map((m) => m.dbName ?? m.name).sort()).toEqual(sql.tables.map((t) => t.name).sort());
    for (const table of sql.tables) {
      const m = dm.models.find((x) => (x.dbName ?? x.name) === table.name)!;
      const scalars = m.fields.filter((f) => f.kind !== 'object');
      const col = (f: DmmfField): string => f.dbName ?? f.name;
      expect(scalars.map(col), table.name).toEqual(table.columns.map((c) => c.name));
      for (const c of table.columns) {
        const f = scalars.find((x) => col(x) === c.name)!;
        expect(f.isRequired || f.isList, `${table.name}.${c.name} required`).toBe(!c.nullable);
        expect(f.isList, `${table.name}.${c.name} list`).toBe(c.list);
        expect(f.isUpdatedAt, `${table.name}.${c.name} @updatedAt`).toBe(c.onUpdateNow);
      }
      const fieldColumn = new Map(scalars.map((f) => [f.name, col(f)]));
      const indexes = dm.indexes.filter((ix) => ix.model === m.name);
      const described = (type: DmmfIndex['type']): string[] =>
        indexes.filter((ix) => ix.type === type).map((ix) => ix.fields.map((f) => `${fieldColumn.get(f.name)}${f.sortOrder === 'desc' ? ' desc' : ''}`).join(','));
      expect(described('id'), `${table.name} key`).toEqual([table.primaryKey.columns.join(',')]);
      const uniques = [...table.uniques.map((u) => u.columns.join(',')), ...table.indexes.filter((i) => i.unique).map((i) => i.columns.map((c) => `${c.name}${c.desc ? ' desc' : ''}`).join(','))];
      expect(described('unique').sort(), `${table.name} uniques`).toEqual(uniques.sort());
      const plain = table.indexes.filter((i) => !i.unique).map((i) => i.columns.map((c) => `${c.name}${c.desc ? ' desc' : ''}`).join(','));
      expect(described('normal').sort(), `${table.name} indexes`).toEqual(plain.sort());
      // Names: Prisma's default (`<table>_<columns>_key|idx`) or the `map:` given.
      const named = indexes.filter((ix) => ix.type !== 'id').map((ix) => ix.dbName ?? `${table.name}_${ix.fields.map((f) => fieldColumn.get(f.name)).join('_')}_${ix.type === 'unique' ? 'key' : 'idx'}`);
      expect(named.sort(), `${table.name} index names`).toEqual([...table.uniques.map((u) => u.name), ...table.indexes.map((i) => i.name)].sort());
    }
  });

  it('reports no diagnostics but what the dialect cannot express', () => {
    const expected = dialect === 'mysql' ? ['partial-index-unsupported', 'soft-delete-unique-unsupported', 'soft-delete-unique-unsupported'] : [];
    expect(diagnostics.map((d) => d.code).sort()).toEqual(expected);
  });

  it('maps types natively, with defaults and Prisma-side attributes', () => {
    const sample = block(schema, 'model Sample');
    expect(sample).toContain('id      BigInt   @id @default(autoincrement())');
    expect(sample).toMatch(/name +String +@default\("it's \\"quoted\\" \\\\ here"\)/);
    expect(sample).toMatch(/count +Int +@default\(-3\)/);
    expect(sample).toMatch(/day +DateTime +@default\("2024-01-31T00:00:00Z"\)/);
    expect(sample).toMatch(/data +Json +@default\("\{\\"a\\": \[1, 2\]\}"\)/);
    expect(sample).toMatch(/word +Json\? +@default\("\\"hello\\""\)/);
    expect(sample).toMatch(/kind +Kind +@default\(PERSONAL\)/);
    expect(sample).toMatch(/renamed +Int +@default\(0\) @map\("legacy_col"\)/);
    expect(sample).toContain('  @@map("samples")');
    expect(sample).toMatch(/\/\/ - samples_check1: /);
    if (dialect === 'postgres') {
      expect(sample).toMatch(/money +Decimal +@default\(0\.01\) @db\.Decimal\(12, 2\)/);
      expect(sample).toMatch(/ratio +Decimal +@db\.Decimal\(18, 2\)/);
      expect(sample).toMatch(/ref +String +@default\(uuid\(\)\) @db\.Uuid/);
      expect(sample).toMatch(/at +DateTime +@default\("2024-01-31T10:20:30\+02:00"\) @db\.Timestamptz\(3\)/);
      expect(sample).toMatch(/tags +String\[\]\n/);
      expect(sample).toMatch(/kinds +Kind\[\]\n/);
      expect(block(schema, 'enum Kind')).toContain('@@map("kind")');
    } else if (dialect === 'mysql') {
      expect(sample).toMatch(/ref +String +@default\(uuid\(\)\) @db\.Char\(36\)/);
      expect(sample).toMatch(/body +String\? +@db\.Text/);
      expect(sample).toMatch(/plain +String +@db\.VarChar\(255\)/);
      expect(block(schema, 'enum Kind')).not.toContain('@@map');
    } else {
      expect(schema).not.toContain('@db.');
      expect(sample).toMatch(/\/\/ - samples_kind_check: \("kind" IN \('PERSONAL', 'BUSINESS'\)\)/);
    }
    const timestamps = block(schema, 'model Account');
    expect(timestamps).toMatch(/updatedAt +DateTime +@default\(now\(\)\) @updatedAt @map\("updated_at"\)/);
  });

  it('models both sides of every relation, naming the ambiguous ones', () => {
    const account = block(schema, 'model Account');
    expect(account).toMatch(/outgoing +Transfer\[\] @relation\("Outgoing"\)/);
    expect(account).toMatch(/owner +Customer +@relation\(fields: \[ownerId\], references: \[id\]\)/);
    const transfer = block(schema, 'model Transfer');
    expect(transfer).toMatch(/from +Account +@relation\("Outgoing", fields: \[fromId\], references: \[id\], onDelete: Cascade\)/);
    expect(transfer).toMatch(/to +Account +@relation\("Incoming", fields: \[toId\], references: \[id\]\)/);
    // Sides the spec leaves out, added on the referenced model.
    const customer = block(schema, 'model Customer');
    expect(customer).toMatch(/accounts +Account\[\]\n/);
    expect(customer).toMatch(/passport +Passport\?\n/);
    expect(customer).toMatch(/posts +Post\[\]\n/);
    expect(customer).toMatch(/profile +Profile\?\n/);
    expect(customer).toContain('/// The other side of `Account.owner`, added because Prisma needs both sides of a relation.');
    const employee = block(schema, 'model Employee');
    expect(employee).toMatch(/manager +Employee\? +@relation\("Employee\.manager", fields: \[managerId\], references: \[id\]\)/);
    expect(employee).toMatch(/managerOfEmployees +Employee\[\] +@relation\("Employee\.manager"\)/);
    const category = block(schema, 'model Category');
    expect(category).toMatch(/parent +Category\? +@relation\("CategoryTree", fields: \[parentId\], references: \[id\]\)/);
    expect(category).toMatch(/children +Category\[\] @relation\("CategoryTree"\)/);
    // One-to-one: the foreign key is unique, the other side optional.
    expect(block(schema, 'model Profile')).toMatch(/customerId +String +@unique @map\("customer_id"\)/);
    // Implicit many-to-many: the join table as a model.
    const postTag = block(schema, 'model PostTag');
    expect(postTag).toMatch(/post +Post +@relation\(fields: \[postId\], references: \[id\], onDelete: Cascade\)/);
    expect(postTag).toContain('@@id([postId, tagId])');
    expect(postTag).toContain('@@index([tagId])');
    expect(postTag).toContain('@@map("post_tags")');
    expect(block(schema, 'model Post')).toMatch(/tags +PostTag\[\]\n/);
    expect(block(schema, 'model Tag')).toMatch(/posts +PostTag\[\]\n/);
    const follows = block(schema, 'model PersonFollowing');
    expect(follows).toMatch(/person +Person +@relation\("Follows\.person", fields: \[personId\]/);
    expect(follows).toMatch(/following +Person +@relation\("Follows\.following", fields: \[followingId\]/);
    const person = block(schema, 'model Person');
    expect(person).toMatch(/following +PersonFollowing\[\] @relation\("Follows\.person"\)/);
    expect(person).toMatch(/followers +PersonFollowing\[\] @relation\("Follows\.following"\)/);
    // Through an entity: the many-to-many fields are the join entity's other sides.
    expect(block(schema, 'model Course')).toMatch(/students +Enrollment\[\]\n/);
    expect(block(schema, 'model Student')).toMatch(/courses +Enrollment\[\]\n/);
    expect(block(schema, 'model Enrollment')).toContain('@@id([courseId, studentId])');
    expect(block(schema, 'model Line')).toContain('@@id([order, sku])');
  });

  it('keeps indexes, soft-delete uniques and partial indexes', () => {
    expect(block(schema, 'model Transfer')).toContain('@@index([fromId, createdAt(sort: Desc)])');
    const customer = block(schema, 'model Customer');
    const post = block(schema, 'model Post');
    if (dialect === 'mysql') {
      expect(customer).toMatch(/email +String +@unique @db\.VarChar\(255\)/);
      expect(customer).toContain('@@unique([name, email])');
      expect(post).toContain('@@index([title], map: "posts_authored_idx")');
      expect(schema).not.toContain('previewFeatures');
    } else {
      const q = dialect === 'postgres' || dialect === 'sqlite' ? '\\"' : '`';
      expect(customer).toContain(`@@unique([email], where: raw("(${q}deleted_at${q} IS NULL)"))`);
      expect(customer).toContain(`@@unique([name, email], where: raw("(${q}deleted_at${q} IS NULL)"))`);
      expect(post).toContain(`@@index([title], map: "posts_authored_idx", where: raw("(${q}author_id${q} IS NOT NULL)"))`);
      expect(schema).toContain('previewFeatures = ["partialIndexes"]');
    }
  });

  it('escapes docs and defaults, which Prisma reads back as written', () => {
    expect(schema).toContain('// A backend with "everything": quotes \\ backslashes */ and\n// a second line.\n');
    const dm = dmmf(schema).datamodel;
    const kind = dm.enums.find((e) => e.name === 'Kind')!;
    expect(kind.documentation).toBe('Account *\\/ kinds, "quoted".');
    expect(kind.values[0]!.documentation).toBe('Personal \\ account.');
    const sample = dm.models.find((m) => m.name === 'Sample')!;
    expect(sample.fields.find((f) => f.name === 'name')!.default).toBe('it\'s "quoted" \\ here');
    expect(sample.fields.find((f) => f.name === 'data')!.default).toBe('{"a": [1, 2]}');
  });

  it('writes the lock file, the config scaffold and the first migration', () => {
    expect([...files.keys()]).toEqual([
      'migrations/0001_init/migration.sql',
      'migrations/0001_init/snapshot.json',
      'migrations/migration_lock.toml',
      'prisma.config.ts',
      'schema.prisma',
    ]);
    expect(files.get('migrations/migration_lock.toml')!.content).toMatch(new RegExp(`\nprovider = "${PROVIDER[dialect]}"\n$`));
    expect(files.get('prisma.config.ts')!.kind).toBe('scaffold');
    expect(files.get('migrations/0001_init/migration.sql')!.immutable).toBe(true);
    expect(files.get('migrations/migration_lock.toml')!.immutable).toBe(false);
    // The same SQL as the SQL target of the dialect.
    const sql = runTargets(model, { targets: [`sql-${dialect}`], specPath: 'backend.pab', templateDirs: [] }).files;
    expect(files.get('migrations/0001_init/migration.sql')!.content).toBe(sql.find((f) => f.path === 'migrations/0001_init/up.sql')!.content);
    expect(files.get('migrations/0001_init/snapshot.json')!.content).toBe(sql.find((f) => f.path === 'migrations/0001_init/snapshot.json')!.content);
  });
});

describe('the golden schemas (examples and hostile strings)', () => {
  const root = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));
  const cases = readdirSync(root).filter((c) => existsSync(join(root, c, 'expected/prisma/schema.prisma')));

  it.each(cases)('%s passes Prisma\'s validation and format', (name) => {
    const schema = readFileSync(join(root, name, 'expected/prisma/schema.prisma'), 'utf8');
    expect(validationErrors(schema)).toBeUndefined();
    expect(formatted(schema)).toBe(schema);
  });

  it('covers every example', () => {
    expect(cases).toEqual(expect.arrayContaining(['example-assistant', 'example-bank', 'example-blog', 'example-shop', 'hostile-strings']));
  });
});

describe('migrations in Prisma\'s layout', () => {
  const v1 = `backend Shop {\n  database postgres\n}\n\nentity Order {\n  number string @unique\n  note   text?\n}\n`;
  const v2 = `backend Shop {\n  database postgres\n}\n\nentity Order {\n  number string @unique\n  note   text?\n  total  decimal(10, 2) @default(0)\n}\n`;
  /** v2 without `note`: a destructive change (the spec has no syntax to allow it yet). */
  const v3 = v2.replace('  note   text?\n', '');

  it('adds a second migration folder and keeps the first as it was', () => {
    const first = emitPrisma(modelOf(v1));
    const previous = new Map([...first.files].map(([path, f]) => [path, f.content]));
    const second = emitPrisma(modelOf(v2), previous);
    expect(second.diagnostics).toEqual([]);
    const paths = [...second.files.keys()].filter((p) => p.startsWith('migrations/'));
    expect(paths).toEqual([
      'migrations/0001_init/migration.sql',
      'migrations/0001_init/snapshot.json',
      'migrations/0002_add_orders_total/migration.sql',
      'migrations/0002_add_orders_total/snapshot.json',
      'migrations/migration_lock.toml',
    ]);
    for (const p of paths.filter((x) => x.includes('0001_init'))) expect(second.files.get(p)!.content).toBe(first.files.get(p)!.content);
    const up = second.files.get('migrations/0002_add_orders_total/migration.sql')!.content;
    expect(up).toContain('ADD COLUMN "total" numeric(10, 2) NOT NULL DEFAULT 0');
    expect(up).not.toContain('CONSTRAINT');
    expect(second.files.get('schema.prisma')!.content).toMatch(/total +Decimal +@default\(0\) @db\.Decimal\(10, 2\)/);
    // Unchanged spec: no third migration.
    const again = emitPrisma(modelOf(v2), new Map([...second.files].map(([path, f]) => [path, f.content])));
    expect([...again.files.keys()].filter((p) => p.endsWith('migration.sql'))).toHaveLength(2);
  });

  it('lints the new migration, and a lint reported by prisma and sql-postgres shows once', () => {
    const first = emitPrisma(modelOf(v1));
    const prev = new Map([...first.files].map(([path, f]) => [path, f.content]));
    const sqlFirst = runTargets(modelOf(v1), { targets: ['sql-postgres'], specPath: 'backend.pab', templateDirs: [] });
    const sqlPrev = new Map(sqlFirst.files.map((f) => [f.path, f.content]));
    const both = runTargets(modelOf(v3), {
      targets: ['prisma', 'sql-postgres'], specPath: 'backend.pab', templateDirs: [],
      previous: (target) => (target === 'prisma' ? prev : sqlPrev),
    });
    const drops = both.diagnostics.filter((d) => d.code === 'migration-drop-column');
    expect(drops).toHaveLength(2);
    expect(drops[0]!.severity).toBe('error');
    expect(sortDiagnostics(both.diagnostics).filter((d) => d.code === 'migration-drop-column')).toHaveLength(1);
  });

  it('reports a damaged snapshot and writes no new migration', () => {
    const first = emitPrisma(modelOf(v1));
    const prev = new Map([...first.files].map(([path, f]) => [path, f.content]));
    prev.set('migrations/0001_init/snapshot.json', '{}\n');
    const second = emitPrisma(modelOf(v2), prev);
    expect(second.diagnostics.map((d) => d.code)).toEqual(['migration-snapshot-invalid']);
    expect([...second.files.keys()].filter((p) => p.endsWith('migration.sql'))).toEqual(['migrations/0001_init/migration.sql']);
  });
});

describe('names Prisma cannot take', () => {
  const spec = `backend Names {
  database postgres
}

enum Json {
  _HIDDEN
  SHOWN
}

entity Prisma {
  _secret string
  kind    Json @default(_HIDDEN)
  items   String[]
}

entity String {
  owner Prisma
}

entity async {
  label string
}

entity _Tmp {
  value int
}

entity Tmp_ {
  value int
}
`;
  const { files, diagnostics } = emitPrisma(modelOf(spec));
  const schema = files.get('schema.prisma')!.content;

  it('get another name, with @map/@@map keeping the database names, and a warning each', () => {
    expect(validationErrors(schema)).toBeUndefined();
    expect(formatted(schema)).toBe(schema);
    expect(block(schema, 'enum Json_')).toContain('HIDDEN_ @map("_HIDDEN")');
    expect(block(schema, 'enum Json_')).toContain('@@map("json")');
    const prisma = block(schema, 'model Prisma_');
    expect(prisma).toMatch(/secret_ +String +@map\("_secret"\)/);
    expect(prisma).toMatch(/kind +Json_ +@default\(HIDDEN_\)/);
    expect(prisma).toMatch(/items +String_\[\]/);
    expect(block(schema, 'model String_')).toMatch(/owner +Prisma_ +@relation/);
    expect(block(schema, 'model async_')).toContain('@@map("asyncs")');
    // `Tmp_` is declared, so `_Tmp` becomes the next free name.
    expect(block(schema, 'model Tmp_2')).toContain('@@map("_tmps")');
    expect(block(schema, 'model Tmp_')).toContain('@@map("tmp_s")');
    expect(diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['prisma-name-changed', 'warning', 'The entity `Prisma` is called `Prisma_` in schema.prisma: the generated Prisma client reserves `Prisma`.'],
      ['prisma-name-changed', 'warning', 'The entity `String` is called `String_` in schema.prisma: `String` is a reserved name in Prisma.'],
      ['prisma-name-changed', 'warning', 'The entity `async` is called `async_` in schema.prisma: `async` is a reserved name in Prisma.'],
      ['prisma-name-changed', 'warning', 'The entity `_Tmp` is called `Tmp_2` in schema.prisma: Prisma names cannot start with `_`.'],
      ['prisma-name-changed', 'warning', 'The enum `Json` is called `Json_` in schema.prisma: `Json` is a reserved name in Prisma.'],
      ['prisma-name-changed', 'warning', 'The field `Prisma._secret` is called `secret_` in schema.prisma: Prisma names cannot start with `_`.'],
      ['prisma-name-changed', 'warning', 'The enum value `Json._HIDDEN` is called `HIDDEN_` in schema.prisma: Prisma names cannot start with `_`.'],
    ]);
    for (const d of diagnostics) expect(d.span?.file).toBe('backend.pab');
  });
});

describe('a through field that duplicates a declared side', () => {
  it('is left out, with a warning', () => {
    const model = modelOf(`backend B {
  database sqlite
}

entity User {
  items    Item[]
  products Product[] @relation(through: Item)
}

entity Product {
  name string
}

entity Item {
  user    User
  product Product
  id (user, product)
}
`);
    const { files, diagnostics } = emitPrisma(model);
    const schema = files.get('schema.prisma')!.content;
    expect(validationErrors(schema)).toBeUndefined();
    expect(block(schema, 'model User')).toMatch(/items +Item\[\]\n/);
    expect(block(schema, 'model User')).not.toContain('products');
    expect(block(schema, 'model Product')).toMatch(/items +Item\[\]\n/);
    expect(diagnostics.map((d) => d.code)).toEqual(['prisma-field-omitted']);
  });
});

describe('other databases', () => {
  it('writes nothing for MongoDB, with a warning', () => {
    const { files, diagnostics } = emitPrisma(modelOf('backend M {\n  database mongodb\n}\n\nentity Note {\n  text string\n}\n'));
    expect(files.size).toBe(0);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['prisma-database-unsupported', 'warning']]);
  });

  it('writes nothing for a spec without a database', () => {
    expect(emitPrisma(modelOf('backend Empty {\n}\n')).files.size).toBe(0);
  });
});

describe('Prisma escapes', () => {
  /** A one-field schema whose default and docs are `s`. */
  const schemaWith = (s: string): string => {
    const doc = prismaDoc(s).split('\n').map((l) => (l === '' ? '///' : `/// ${l}`)).join('\n');
    return `datasource db {\n  provider = "postgresql"\n}\n\n${doc}\nmodel M {\n  id Int @id\n  // ${prismaLineComment(s)}\n  ${doc.replace(/\n/g, '\n  ')}\n  s String @default(${prismaString(s)})\n}\n`;
  };
  const wellFormed = (s: string): string => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

  it('strings round-trip through Prisma\'s parser, and comments never break the schema (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const schema = schemaWith(s);
        expect(validationErrors(schema)).toBeUndefined();
        const m = dmmf(schema).datamodel.models[0]!;
        expect(m.fields.find((f) => f.name === 's')!.default).toBe(wellFormed(s));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('writes date defaults in RFC 3339, UTC unless the spec says otherwise', () => {
    expect(rfc3339('2024-01-31')).toBe('2024-01-31T00:00:00Z');
    expect(rfc3339('2024-01-31T10:20')).toBe('2024-01-31T10:20:00Z');
    expect(rfc3339('2024-01-31 10:20:30.5+0130')).toBe('2024-01-31T10:20:30.5+01:30');
    expect(rfc3339('2024-01-31T10:20:30-05')).toBe('2024-01-31T10:20:30-05:00');
    expect(rfc3339('2024-01-31T10')).toBe('2024-01-31T10:00:00Z');
    // Not ISO 8601: kept as written (never read in the machine's time zone).
    expect(rfc3339('2024-01-31 at noon')).toBe('2024-01-31 at noon');
  });
});
