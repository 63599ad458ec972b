/**
 * Database drivers for the tests that run pab's SQL output on real databases
 * (test/db/*.test.ts): one small interface, `Db`, over PostgreSQL (the server,
 * or PGlite when no server is reachable), MariaDB/MySQL and SQLite
 * (better-sqlite3): run a SQL script, query, insert a row, dump the catalog,
 * reset to an empty schema, close.
 *
 * Where the servers are:
 *   PAB_PG_URL     default postgres://postgres@127.0.0.1:5432/test
 *   PAB_MYSQL_URL  default mysql://root@127.0.0.1:3306/test
 * The database in the URL is only used to create and drop each test file's
 * own databases (`pab_<tag>_<pid>_<random>`), so test files run in parallel,
 * also next to other checkouts using the same servers.
 *
 * PAB_REQUIRE_DB=1 (set by CI) makes an unreachable server a test failure.
 * Without it, an unreachable PostgreSQL is replaced by PGlite (Postgres in
 * WASM) and MariaDB tests are skipped with the reason in their title;
 * SQLite always runs.
 *
 * The catalog dump (`Db.catalog()`) is what the tests compare: tables and
 * their comments, columns (type, nullability, default, identity, comment) keyed
 * by name (so column order does not count), constraints (primary key, unique,
 * check, foreign key with actions), indexes with their partial predicates,
 * triggers, and on PostgreSQL enum types, functions and every relation name.
 * Definitions are the database's own text (`pg_get_constraintdef`,
 * `information_schema`, SQLite pragmas), so the comparison is what the
 * database actually holds, not what pab meant to write.
 */
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';

export type Dialect = 'postgres' | 'mysql' | 'sqlite';
export const DIALECTS: readonly Dialect[] = ['postgres', 'mysql', 'sqlite'];

/** The pab target of each dialect. */
export const TARGET_OF: Readonly<Record<Dialect, string>> = { postgres: 'sql-postgres', mysql: 'sql-mysql', sqlite: 'sql-sqlite' };

export const REQUIRE_DB = process.env['PAB_REQUIRE_DB'] === '1';
const PG_URL = process.env['PAB_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const MYSQL_URL = process.env['PAB_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306/test';

export type Row = Record<string, unknown>;

/** One column as the database reports it. */
export interface ColumnCatalog {
  readonly type: string;
  readonly nullable: boolean;
  readonly default: string | null;
  /** Identity / AUTO_INCREMENT / ON UPDATE and the like, as the database spells it. */
  readonly extra: string;
  readonly comment: string | null;
}

export interface TableCatalog {
  readonly comment: string | null;
  readonly columns: Record<string, ColumnCatalog>;
  /** Constraint (or, on SQLite, a key naming its columns) → definition. */
  readonly constraints: Record<string, string>;
  /** Index name → definition (columns, order, uniqueness, partial predicate). */
  readonly indexes: Record<string, string>;
}

export interface Catalog {
  readonly tables: Record<string, TableCatalog>;
  /** Trigger name → table and definition. */
  readonly triggers: Record<string, string>;
  /** PostgreSQL enum types → values in order (empty elsewhere). */
  readonly enums: Record<string, string[]>;
  /** PostgreSQL functions → source (empty elsewhere). */
  readonly functions: Record<string, string>;
  /** Every other object left in the schema (relations, types), for "the schema is empty". */
  readonly other: string[];
}

export interface Db {
  readonly dialect: Dialect;
  /** What runs it: `PostgreSQL server`, `PGlite`, `MariaDB`, `SQLite`. */
  readonly engine: string;
  /** Runs a script of `;`-separated statements (a whole schema.sql or up.sql). */
  exec(script: string): Promise<void>;
  /** One statement with `?` placeholders (rewritten to `$n` on PostgreSQL). */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Inserts one row (booleans become 0/1 on SQLite). */
  insert(table: string, row: Row): Promise<void>;
  /** Rows of `table`, optionally filtered by a `where` clause. */
  count(table: string, where?: string, params?: readonly unknown[]): Promise<number>;
  catalog(): Promise<Catalog>;
  /** Back to an empty schema. */
  reset(): Promise<void>;
  /** Closes the connection and drops the database. */
  close(): Promise<void>;
}

/** An identifier quoted for `dialect`. */
export function ident(dialect: Dialect, name: string): string {
  return dialect === 'mysql' ? `\`${name.replace(/`/g, '``')}\`` : `"${name.replace(/"/g, '""')}"`;
}

function uniqueName(tag: string): string {
  return `pab_${tag}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function sortedRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// ---- Reachability ------------------------------------------------------------------------------

export interface Availability {
  readonly ok: boolean;
  /** Why not, for skip messages. */
  readonly reason: string;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Whether the PostgreSQL server answers. */
export async function postgresServer(): Promise<Availability> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await withTimeout(client.connect(), 4000);
    await client.query('SELECT 1');
    return { ok: true, reason: '' };
  } catch (e) {
    return { ok: false, reason: `PostgreSQL is not reachable at ${redact(PG_URL)} (${message(e)})` };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether the MariaDB/MySQL server answers. */
export async function mysqlServer(): Promise<Availability> {
  try {
    const conn = await withTimeout(mysql.createConnection({ uri: MYSQL_URL, connectTimeout: 3000 }), 4000);
    await conn.query('SELECT 1');
    await conn.end();
    return { ok: true, reason: '' };
  } catch (e) {
    return { ok: false, reason: `MariaDB/MySQL is not reachable at ${redact(MYSQL_URL)} (${message(e)})` };
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export interface Backends {
  /** PostgreSQL: the server, or PGlite when it is unreachable and not required. */
  readonly postgres: Availability & { readonly server: boolean };
  readonly mysql: Availability;
  readonly sqlite: Availability;
}

let probed: Promise<Backends> | undefined;

/**
 * Which databases this run uses. With PAB_REQUIRE_DB=1 every server counts as
 * available, so that opening it fails the tests loudly instead of skipping.
 */
export function backends(): Promise<Backends> {
  probed ??= (async () => {
    const [p, m] = await Promise.all([postgresServer(), mysqlServer()]);
    if (!p.ok && !REQUIRE_DB) console.warn(`[test/db] ${p.reason}; using PGlite. Set PAB_REQUIRE_DB=1 to make this a failure.`);
    if (!m.ok && !REQUIRE_DB) console.warn(`[test/db] ${m.reason}; skipping the MariaDB tests. Set PAB_REQUIRE_DB=1 to make this a failure.`);
    return {
      postgres: { ok: true, server: p.ok || REQUIRE_DB, reason: p.reason },
      mysql: REQUIRE_DB ? { ok: true, reason: '' } : m,
      sqlite: { ok: true, reason: '' },
    };
  })();
  return probed;
}

/** A `describe` title that says why the block is skipped. */
export function titled(title: string, a: Availability): string {
  return a.ok ? title : `${title} (skipped: ${a.reason}; PAB_REQUIRE_DB=1 makes this a failure)`;
}

/** Opens a fresh database of `dialect`; `tag` names it (one tag per test file). */
export async function openDb(dialect: Dialect, tag: string): Promise<Db> {
  const b = await backends();
  try {
    switch (dialect) {
      case 'postgres':
        return await (b.postgres.server ? openPostgres(tag) : openPglite());
      case 'mysql':
        return await openMysql(tag);
      case 'sqlite':
        return openSqlite();
    }
  } catch (e) {
    const where = dialect === 'postgres' ? redact(PG_URL) : dialect === 'mysql' ? redact(MYSQL_URL) : 'memory';
    const required = REQUIRE_DB ? ' (required: PAB_REQUIRE_DB=1)' : '';
    throw new Error(`cannot open a ${dialect} test database at ${where}${required}: ${message(e)}`);
  }
}

// ---- PostgreSQL (server and PGlite) --------------------------------------------------------------

/** `?` placeholders as `$1, $2…` (outside quotes; the tests' statements are simple). */
function dollarParams(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (m) => (m === '?' ? `$${++n}` : m));
}

interface PgLike {
  exec(script: string): Promise<void>;
  rows<T extends Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

function postgresDb(conn: PgLike, engine: string, close: () => Promise<void>): Db {
  const db: Db = {
    dialect: 'postgres',
    engine,
    exec: (script) => conn.exec(script),
    query: (sql, params) => conn.rows(dollarParams(sql), params),
    async insert(table, row) {
      const cols = Object.keys(row);
      await conn.rows(
        `INSERT INTO ${ident('postgres', table)} (${cols.map((c) => ident('postgres', c)).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
        Object.values(row),
      );
    },
    async count(table, where, params) {
      const r = await conn.rows<{ n: number }>(dollarParams(`SELECT count(*)::int AS n FROM ${ident('postgres', table)}${where ? ` WHERE ${where}` : ''}`), params);
      return Number(r[0]!.n);
    },
    catalog: () => postgresCatalog(conn),
    async reset() {
      await conn.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    },
    close,
  };
  return db;
}

async function openPostgres(tag: string): Promise<Db> {
  const name = uniqueName(tag);
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${ident('postgres', name)}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  // Keep the output quiet: NOTICEs (e.g. "drop cascades to …") are not failures.
  client.on('notice', () => {});
  const conn: PgLike = {
    async exec(script) {
      await client.query(script);
    },
    async rows<T extends Row>(sql: string, params?: readonly unknown[]) {
      return (await client.query(sql, params ? [...params] : undefined)).rows as T[];
    },
  };
  return postgresDb(conn, 'PostgreSQL server', async () => {
    await client.end();
    const a = new pg.Client({ connectionString: PG_URL });
    await a.connect();
    try {
      await a.query(`DROP DATABASE IF EXISTS ${ident('postgres', name)} WITH (FORCE)`);
    } finally {
      await a.end();
    }
  });
}

async function openPglite(): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const lite = new PGlite();
  await lite.waitReady;
  const conn: PgLike = {
    async exec(script) {
      await lite.exec(script);
    },
    async rows<T extends Row>(sql: string, params?: readonly unknown[]) {
      return (await lite.query<T>(sql, params ? [...params] : undefined)).rows;
    },
  };
  return postgresDb(conn, 'PGlite', () => lite.close());
}

async function postgresCatalog(conn: PgLike): Promise<Catalog> {
  const ns = `(SELECT oid FROM pg_namespace WHERE nspname = 'public')`;
  const tables = await conn.rows<{ name: string; comment: string | null }>(
    `SELECT relname AS name, obj_description(oid, 'pg_class') AS comment FROM pg_class WHERE relnamespace = ${ns} AND relkind IN ('r', 'p')`,
  );
  const columns = await conn.rows<{ tbl: string; name: string; type: string; notnull: boolean; def: string | null; identity: string; comment: string | null }>(
    `SELECT c.relname AS tbl, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
            pg_get_expr(d.adbin, d.adrelid) AS def, a.attidentity::text AS identity, col_description(c.oid, a.attnum) AS comment
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE c.relnamespace = ${ns} AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  const constraints = await conn.rows<{ tbl: string; name: string; def: string; validated: boolean }>(
    `SELECT c.relname AS tbl, k.conname AS name, pg_get_constraintdef(k.oid) AS def, k.convalidated AS validated
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
      -- PostgreSQL 18 (PGlite) also lists NOT NULL as constraints, named after the column when
      -- created: a renamed column keeps the old name. Nullability is in the columns already.
      WHERE c.relnamespace = ${ns} AND k.contype <> 'n'`,
  );
  const indexes = await conn.rows<{ tbl: string; name: string; def: string }>(
    `SELECT t.relname AS tbl, i.relname AS name, pg_get_indexdef(i.oid) AS def
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid WHERE t.relnamespace = ${ns}`,
  );
  const triggers = await conn.rows<{ name: string; def: string }>(
    `SELECT t.tgname AS name, pg_get_triggerdef(t.oid) AS def FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relnamespace = ${ns} AND NOT t.tgisinternal`,
  );
  const enums = await conn.rows<{ name: string; label: string }>(
    `SELECT t.typname AS name, e.enumlabel AS label FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = ${ns} ORDER BY t.typname, e.enumsortorder`,
  );
  const functions = await conn.rows<{ name: string; src: string }>(
    `SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name, p.prosrc AS src FROM pg_proc p WHERE p.pronamespace = ${ns}`,
  );
  const relations = await conn.rows<{ name: string; kind: string }>(`SELECT relname AS name, relkind::text AS kind FROM pg_class WHERE relnamespace = ${ns}`);
  const types = await conn.rows<{ name: string }>(
    `SELECT typname AS name FROM pg_type t WHERE typnamespace = ${ns} AND typtype IN ('e', 'd', 'r', 'm', 'b') AND typelem = 0`,
  );
  const out: Record<string, { comment: string | null; columns: [string, ColumnCatalog][]; constraints: [string, string][]; indexes: [string, string][] }> = {};
  for (const t of tables) out[t.name] = { comment: t.comment, columns: [], constraints: [], indexes: [] };
  for (const c of columns) {
    out[c.tbl]?.columns.push([c.name, {
      type: c.type,
      nullable: !c.notnull,
      default: c.def,
      extra: c.identity === 'd' ? 'identity by default' : c.identity === 'a' ? 'identity always' : '',
      comment: c.comment,
    }]);
  }
  for (const k of constraints) out[k.tbl]?.constraints.push([k.name, `${k.def}${k.validated ? '' : ' (not validated)'}`]);
  for (const i of indexes) out[i.tbl]?.indexes.push([i.name, i.def]);
  const enumMap = new Map<string, string[]>();
  for (const e of enums) enumMap.set(e.name, [...(enumMap.get(e.name) ?? []), e.label]);
  return {
    tables: sortedRecord(Object.entries(out).map(([name, t]) => [name, {
      comment: t.comment,
      columns: sortedRecord(t.columns),
      constraints: sortedRecord(t.constraints),
      indexes: sortedRecord(t.indexes),
    }] as const)),
    triggers: sortedRecord(triggers.map((t) => [t.name, t.def] as const)),
    enums: sortedRecord(enumMap),
    functions: sortedRecord(functions.map((f) => [f.name, squash(f.src)] as const)),
    other: [...relations.filter((r) => r.kind !== 'r' && r.kind !== 'p' && r.kind !== 'i').map((r) => `${r.kind}:${r.name}`), ...types.map((t) => `type:${t.name}`)].sort(),
  };
}

// ---- MariaDB / MySQL ---------------------------------------------------------------------------

async function openMysql(tag: string): Promise<Db> {
  const name = uniqueName(tag);
  const admin = await mysql.createConnection({ uri: MYSQL_URL, connectTimeout: 5000 });
  try {
    await admin.query(`CREATE DATABASE ${ident('mysql', name)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const conn = await mysql.createConnection({ uri: MYSQL_URL, database: name, multipleStatements: true, dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });
  // Strict mode, as MySQL 8 and MariaDB ≥ 10.2.4 set by default; an error, not a warning, for bad values.
  await conn.query(`SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'`);
  const rows = async <T extends Row>(sql: string, params?: readonly unknown[]): Promise<T[]> => {
    const [result] = await conn.query(sql, params ? [...params] : undefined);
    return (Array.isArray(result) ? result : []) as T[];
  };
  const db: Db = {
    dialect: 'mysql',
    engine: 'MariaDB',
    async exec(script) {
      await conn.query(script);
    },
    query: rows,
    async insert(table, row) {
      const cols = Object.keys(row);
      await conn.query(
        `INSERT INTO ${ident('mysql', table)} (${cols.map((c) => ident('mysql', c)).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
        Object.values(row).map((v) => (v !== null && typeof v === 'object' && !(v instanceof Buffer) ? JSON.stringify(v) : v)),
      );
    },
    async count(table, where, params) {
      const r = await rows<{ n: number }>(`SELECT count(*) AS n FROM ${ident('mysql', table)}${where ? ` WHERE ${where}` : ''}`, params);
      return Number(r[0]!.n);
    },
    catalog: () => mysqlCatalog(rows),
    async reset() {
      await conn.query(`DROP DATABASE ${ident('mysql', name)}; CREATE DATABASE ${ident('mysql', name)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; USE ${ident('mysql', name)};`);
    },
    async close() {
      await conn.query(`DROP DATABASE IF EXISTS ${ident('mysql', name)}`).catch(() => {});
      await conn.end();
    },
  };
  return db;
}

async function mysqlCatalog(rows: <T extends Row>(sql: string, params?: readonly unknown[]) => Promise<T[]>): Promise<Catalog> {
  const S = 'TABLE_SCHEMA = DATABASE()';
  const tables = await rows<{ name: string; comment: string }>(`SELECT TABLE_NAME AS name, TABLE_COMMENT AS comment FROM information_schema.TABLES WHERE ${S} AND TABLE_TYPE = 'BASE TABLE'`);
  const columns = await rows<{ tbl: string; name: string; type: string; nullable: string; def: string | null; extra: string; comment: string }>(
    `SELECT TABLE_NAME AS tbl, COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS def, EXTRA AS extra, COLUMN_COMMENT AS comment
       FROM information_schema.COLUMNS WHERE ${S}`,
  );
  const keys = await rows<{ tbl: string; name: string; type: string }>(
    `SELECT TABLE_NAME AS tbl, CONSTRAINT_NAME AS name, CONSTRAINT_TYPE AS type FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`,
  );
  const keyColumns = await rows<{ tbl: string; name: string; col: string; pos: number; refTable: string | null; refCol: string | null }>(
    `SELECT TABLE_NAME AS tbl, CONSTRAINT_NAME AS name, COLUMN_NAME AS col, ORDINAL_POSITION AS pos, REFERENCED_TABLE_NAME AS refTable, REFERENCED_COLUMN_NAME AS refCol
       FROM information_schema.KEY_COLUMN_USAGE WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION`,
  );
  const checks = await rows<{ tbl: string; name: string; clause: string }>(
    `SELECT TABLE_NAME AS tbl, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`,
  );
  const refs = await rows<{ tbl: string; name: string; onUpdate: string; onDelete: string }>(
    `SELECT TABLE_NAME AS tbl, CONSTRAINT_NAME AS name, UPDATE_RULE AS onUpdate, DELETE_RULE AS onDelete FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`,
  );
  const stats = await rows<{ tbl: string; name: string; nonUnique: number; seq: number; col: string; collation: string | null; sub: number | null }>(
    `SELECT TABLE_NAME AS tbl, INDEX_NAME AS name, NON_UNIQUE AS nonUnique, SEQ_IN_INDEX AS seq, COLUMN_NAME AS col, COLLATION AS collation, SUB_PART AS sub
       FROM information_schema.STATISTICS WHERE ${S} ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
  );
  const triggers = await rows<{ name: string; tbl: string; timing: string; event: string; stmt: string }>(
    `SELECT TRIGGER_NAME AS name, EVENT_OBJECT_TABLE AS tbl, ACTION_TIMING AS timing, EVENT_MANIPULATION AS event, ACTION_STATEMENT AS stmt
       FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()`,
  );
  const out: Record<string, { comment: string | null; columns: [string, ColumnCatalog][]; constraints: [string, string][]; indexes: [string, string][] }> = {};
  for (const t of tables) out[t.name] = { comment: t.comment === '' ? null : t.comment, columns: [], constraints: [], indexes: [] };
  for (const c of columns) {
    out[c.tbl]?.columns.push([c.name, { type: c.type, nullable: c.nullable === 'YES', default: c.def, extra: c.extra.toLowerCase(), comment: c.comment === '' ? null : c.comment }]);
  }
  const colsOf = (tbl: string, name: string): string => keyColumns.filter((k) => k.tbl === tbl && k.name === name).map((k) => k.col).join(', ');
  const refOf = (tbl: string, name: string): string => {
    const ks = keyColumns.filter((k) => k.tbl === tbl && k.name === name);
    return `${ks[0]?.refTable ?? '?'} (${ks.map((k) => k.refCol).join(', ')})`;
  };
  for (const k of keys) {
    const t = out[k.tbl];
    if (!t) continue;
    if (k.type === 'CHECK') {
      const clause = checks.find((c) => c.tbl === k.tbl && c.name === k.name)?.clause ?? '?';
      t.constraints.push([`check ${k.name}`, `CHECK (${clause})`]);
    } else if (k.type === 'FOREIGN KEY') {
      const r = refs.find((x) => x.tbl === k.tbl && x.name === k.name);
      t.constraints.push([k.name, `FOREIGN KEY (${colsOf(k.tbl, k.name)}) REFERENCES ${refOf(k.tbl, k.name)} ON DELETE ${r?.onDelete} ON UPDATE ${r?.onUpdate}`]);
    } else {
      t.constraints.push([k.name, `${k.type} (${colsOf(k.tbl, k.name)})`]);
    }
  }
  const indexes = new Map<string, { tbl: string; unique: boolean; cols: string[] }>();
  for (const s of stats) {
    const key = `${s.tbl}\u0000${s.name}`;
    const ix = indexes.get(key) ?? { tbl: s.tbl, unique: Number(s.nonUnique) === 0, cols: [] };
    ix.cols.push(`${s.col}${s.sub !== null ? `(${s.sub})` : ''}${s.collation === 'D' ? ' DESC' : ''}`);
    indexes.set(key, ix);
  }
  for (const [key, ix] of indexes) out[ix.tbl]?.indexes.push([key.split('\u0000')[1]!, `${ix.unique ? 'UNIQUE ' : ''}(${ix.cols.join(', ')})`]);
  return {
    tables: sortedRecord(Object.entries(out).map(([name, t]) => [name, {
      comment: t.comment,
      columns: sortedRecord(t.columns),
      constraints: sortedRecord(t.constraints),
      indexes: sortedRecord(t.indexes),
    }] as const)),
    triggers: sortedRecord(triggers.map((t) => [t.name, `${t.timing} ${t.event} ON ${t.tbl}: ${squash(t.stmt)}`] as const)),
    enums: {},
    functions: {},
    other: [],
  };
}

// ---- SQLite ------------------------------------------------------------------------------------

function openSqlite(): Db {
  let conn = connect();
  function connect(): Database.Database {
    const c = new Database(':memory:');
    // As an application would: SQLite enforces foreign keys only when asked.
    c.pragma('foreign_keys = ON');
    return c;
  }
  const bind = (params: readonly unknown[] | undefined): unknown[] =>
    (params ?? []).map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v !== null && typeof v === 'object' && !(v instanceof Buffer) ? JSON.stringify(v) : v));
  const rows = <T extends Row>(sql: string, params?: readonly unknown[]): T[] => {
    const stmt = conn.prepare(sql);
    if (stmt.reader) return stmt.all(...bind(params)) as T[];
    stmt.run(...bind(params));
    return [];
  };
  const db: Db = {
    dialect: 'sqlite',
    engine: 'SQLite',
    async exec(script) {
      conn.exec(script);
    },
    query: async (sql, params) => rows(sql, params),
    async insert(table, row) {
      const cols = Object.keys(row);
      rows(`INSERT INTO ${ident('sqlite', table)} (${cols.map((c) => ident('sqlite', c)).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, Object.values(row));
    },
    async count(table, where, params) {
      return Number(rows<{ n: number }>(`SELECT count(*) AS n FROM ${ident('sqlite', table)}${where ? ` WHERE ${where}` : ''}`, params)[0]!.n);
    },
    catalog: async () => sqliteCatalog(conn),
    async reset() {
      conn.close();
      conn = connect();
    },
    async close() {
      conn.close();
    },
  };
  return db;
}

/** The checks of a CREATE TABLE text, by name (pab writes one `CONSTRAINT "name" CHECK (…)` per line). */
function sqliteChecks(sql: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of sql.matchAll(/CONSTRAINT\s+"((?:[^"]|"")+)"\s+CHECK\s+(.*?),?\s*$/gm)) out.push([`check ${m[1]!.replace(/""/g, '"')}`, squash(m[2]!)]);
  return out;
}

function sqliteCatalog(conn: Database.Database): Catalog {
  const objects = conn.prepare(`SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`).all() as { type: string; name: string; tbl: string; sql: string | null }[];
  const tables: [string, TableCatalog][] = [];
  for (const t of objects.filter((o) => o.type === 'table')) {
    const cols = conn.prepare(`SELECT * FROM pragma_table_xinfo(${sqlLit(t.name)})`).all() as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }[];
    const sql = t.sql ?? '';
    const constraints: [string, string][] = [];
    const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    if (pk.length > 0) constraints.push(['primary key', `PRIMARY KEY (${pk.join(', ')})${/AUTOINCREMENT/i.test(sql) ? ' AUTOINCREMENT' : ''}`]);
    const fks = conn.prepare(`SELECT * FROM pragma_foreign_key_list(${sqlLit(t.name)})`).all() as { id: number; seq: number; table: string; from: string; to: string; on_update: string; on_delete: string }[];
    const byId = new Map<number, typeof fks>();
    for (const fk of fks) byId.set(fk.id, [...(byId.get(fk.id) ?? []), fk]);
    for (const parts of byId.values()) {
      parts.sort((a, b) => a.seq - b.seq);
      const first = parts[0]!;
      const def = `FOREIGN KEY (${parts.map((p) => p.from).join(', ')}) REFERENCES ${first.table} (${parts.map((p) => p.to).join(', ')}) ON DELETE ${first.on_delete} ON UPDATE ${first.on_update}`;
      constraints.push([`fk (${parts.map((p) => p.from).join(', ')})`, def]);
    }
    constraints.push(...sqliteChecks(sql));
    const indexes: [string, string][] = [];
    const list = conn.prepare(`SELECT * FROM pragma_index_list(${sqlLit(t.name)})`).all() as { name: string; unique: number; origin: string; partial: number }[];
    for (const ix of list) {
      const info = conn.prepare(`SELECT * FROM pragma_index_xinfo(${sqlLit(ix.name)})`).all() as { seqno: number; cid: number; name: string | null; desc: number; key: number }[];
      const cols2 = info.filter((i) => i.key === 1).sort((a, b) => a.seqno - b.seqno).map((i) => `${i.name ?? '<expr>'}${i.desc ? ' DESC' : ''}`);
      const def = `${ix.unique ? 'UNIQUE ' : ''}(${cols2.join(', ')})`;
      if (ix.origin === 'c') {
        const text = objects.find((o) => o.type === 'index' && o.name === ix.name)?.sql ?? '';
        const where = /\sWHERE\s([\s\S]*)$/i.exec(text)?.[1];
        indexes.push([ix.name, `${def}${where !== undefined ? ` WHERE ${squash(where)}` : ''}`]);
      } else {
        // Indexes SQLite made for UNIQUE / PRIMARY KEY constraints: named by position, so keyed by columns.
        constraints.push([`${ix.origin === 'pk' ? 'pk index' : 'unique'} ${def}`, def]);
      }
    }
    tables.push([t.name, {
      comment: null,
      columns: sortedRecord(cols.map((c) => [c.name, { type: c.type, nullable: c.notnull === 0 && c.pk === 0, default: c.dflt_value, extra: c.hidden ? `hidden ${c.hidden}` : '', comment: null }] as const)),
      constraints: sortedRecord(constraints),
      indexes: sortedRecord(indexes),
    }]);
  }
  return {
    tables: sortedRecord(tables),
    triggers: sortedRecord(objects.filter((o) => o.type === 'trigger').map((o) => [o.name, `ON ${o.tbl}: ${squash(o.sql ?? '')}`] as const)),
    enums: {},
    functions: {},
    other: objects.filter((o) => o.type !== 'table' && o.type !== 'index' && o.type !== 'trigger').map((o) => `${o.type}:${o.name}`).sort(),
  };
}

function sqlLit(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A catalog with nothing in it (what `down.sql` all the way back must leave). */
export function isEmptyCatalog(c: Catalog): boolean {
  return Object.keys(c.tables).length === 0 && Object.keys(c.triggers).length === 0 && Object.keys(c.enums).length === 0 &&
    Object.keys(c.functions).length === 0 && c.other.length === 0;
}

/** Runs `fn` and returns the error it throws (failing when it does not). */
export async function rejection(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
  throw new Error('expected the statement to be rejected, but it succeeded');
}

/** Runs a script and, when the database rejects it, says which file and (on PostgreSQL) which line. */
export async function applyScript(db: Db, label: string, script: string): Promise<void> {
  try {
    await db.exec(script);
  } catch (e) {
    const err = e as Error & { position?: string };
    let where = '';
    if (err.position !== undefined) {
      const offset = Number(err.position) - 1;
      const line = script.slice(0, offset).split('\n').length;
      where = ` at line ${line}: ${script.split('\n')[line - 1]?.trim()}`;
    }
    throw new Error(`${db.engine} rejected ${label}${where}: ${message(e)}`);
  }
}
