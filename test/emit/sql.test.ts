/**
 * Unit tests of the SQL targets for behaviour found wrong on real databases
 * (test/db/): the SQL pab writes for specific schema changes, checked as text.
 * The database tests prove the same on PostgreSQL, MariaDB and SQLite.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { EmitContext } from '../../src/emit/emitter.js';
import { diffSchemas } from '../../src/emit/sql/diff.js';
import { lintMigration } from '../../src/emit/sql/lint.js';
import { migrationStatements, SQLITE_NO_TRANSACTION_GUARD } from '../../src/emit/sql/migration-sql.js';
import { buildSchema, type Dialect } from '../../src/emit/sql/schema.js';
import { emptySchema, readHistory, sqlMysqlTarget, sqlPostgresTarget, sqlSqliteTarget, type SqlOptions } from '../../src/emit/sql/target.js';
import { modelOf } from './helpers.js';

function context(report: (d: Diagnostic) => void = () => {}): EmitContext<SqlOptions> {
  return { options: {}, specPath: 'backend.pab', render: () => '', report, previous: new Map() };
}

const TWO_TABLES = `backend Two {
  database postgres
}

entity Author {
  name  string
  posts Post[]
}

entity Post {
  title  string
  author Author @relation(onDelete: cascade)
}
`;

describe('dropping tables', () => {
  const dropAll = (dialect: Dialect): string[] => {
    const { schema } = buildSchema(modelOf(TWO_TABLES), dialect);
    const ops = diffSchemas(schema, emptySchema(dialect));
    return migrationStatements(ops, schema, emptySchema(dialect), new Map());
  };

  it('drops the keys between dropped tables first, then the referencing table before the referenced one', () => {
    for (const dialect of ['postgres', 'mysql'] as const) {
      const sql = dropAll(dialect);
      const fk = sql.findIndex((s) => /DROP (CONSTRAINT|FOREIGN KEY) .posts_author_id_fkey./.test(s));
      const posts = sql.findIndex((s) => /^DROP TABLE .posts.;$/.test(s));
      const authors = sql.findIndex((s) => /^DROP TABLE .authors.;$/.test(s));
      expect(fk, dialect).toBeGreaterThanOrEqual(0);
      expect(fk < posts && posts < authors, `${dialect}: ${sql.join(' ')}`).toBe(true);
    }
  });

  it('on SQLite, drops the referencing table first and rebuilds nothing', () => {
    expect(dropAll('sqlite')).toEqual(['DROP TABLE "posts";', 'DROP TABLE "authors";']);
  });
});

describe('MySQL: checks on foreign key columns', () => {
  const spec = (onDelete: string): string => `backend Bank {
  database mysql
}

entity Account {
  name     string
  outgoing Transfer[] @relation(name: Out)
  incoming Transfer[] @relation(name: In)
}

entity Transfer {
  source Account${onDelete === 'setNull' ? '?' : ''} @relation(name: Out, onDelete: ${onDelete})
  target Account @relation(name: In, onDelete: restrict)
  check (source != target)
}
`;

  it('keeps the check and makes ON UPDATE of the keys RESTRICT, with a warning for each key', () => {
    const reported: Diagnostic[] = [];
    const files = sqlMysqlTarget.emit(modelOf(spec('restrict')), context((d) => reported.push(d)));
    const schema = files.find((f) => f.path === 'schema.sql')!.content;
    expect(schema).toContain('CONSTRAINT `transfers_check1` CHECK (`source_id` <> `target_id`)');
    expect(schema).toContain('FOREIGN KEY (`source_id`) REFERENCES `accounts` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;');
    expect(schema).toContain('FOREIGN KEY (`target_id`) REFERENCES `accounts` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;');
    expect(reported.map((d) => [d.code, d.severity])).toEqual([
      ['mysql-check-on-foreign-key', 'warning'],
      ['mysql-check-on-foreign-key', 'warning'],
    ]);
    expect(reported[0]!.message).toContain('ON UPDATE becomes RESTRICT');
    expect(reported[0]!.span).toBeDefined();
  });

  it('leaves the check out when a key deletes or nulls the column (ON DELETE wins), with a warning', () => {
    for (const action of ['cascade', 'setNull']) {
      const reported: Diagnostic[] = [];
      const files = sqlMysqlTarget.emit(modelOf(spec(action)), context((d) => reported.push(d)));
      const schema = files.find((f) => f.path === 'schema.sql')!.content;
      expect(schema).not.toContain('CHECK');
      expect(reported.map((d) => d.code)).toEqual(['mysql-check-on-foreign-key']);
      expect(reported[0]!.message).toContain('the check is left out');
    }
  });

  it('changes nothing on PostgreSQL and SQLite', () => {
    for (const dialect of ['postgres', 'sqlite'] as const) {
      const { schema } = buildSchema(modelOf(spec('cascade')), dialect);
      const transfers = schema.tables.find((t) => t.name === 'transfers')!;
      expect(transfers.checks.map((c) => c.name)).toContain('transfers_check1');
      expect(transfers.foreignKeys.map((fk) => fk.onUpdate)).toEqual(['cascade', 'cascade']);
    }
  });
});

describe('history read back from snapshot.json', () => {
  const emitWith = (target: typeof sqlPostgresTarget, spec: string, previous: ReadonlyMap<string, string>) =>
    target.emit(modelOf(spec), { ...context(), previous });
  const files = (out: readonly { path: string; content: string }[]) => new Map(out.map((f) => [f.path, f.content]));

  it('diffs equal to the spec, whatever the key order of the parsed snapshot', () => {
    for (const dialect of ['postgres', 'mysql', 'sqlite'] as const) {
      const { schema } = buildSchema(modelOf(TWO_TABLES), dialect);
      const first = emitWith({ postgres: sqlPostgresTarget, mysql: sqlMysqlTarget, sqlite: sqlSqliteTarget }[dialect], TWO_TABLES, new Map());
      const latest = readHistory(files(first), dialect).latest;
      expect(diffSchemas(latest, schema), dialect).toEqual([]);
    }
  });

  it('writes only the change: a new table, not the old constraints dropped and added again', () => {
    for (const target of [sqlPostgresTarget, sqlMysqlTarget, sqlSqliteTarget]) {
      const first = files(emitWith(target, TWO_TABLES, new Map()));
      const second = emitWith(target, `${TWO_TABLES}\nentity Tag {\n  name string @unique\n}\n`, first);
      const up = second.find((f) => /^migrations\/0002_[a-z_]+\/up\.sql$/.test(f.path));
      expect(up?.path, target.name).toBe('migrations/0002_create_tags/up.sql');
      const statements = up!.content.split('\n').filter((l) => /^(CREATE|ALTER|DROP|PRAGMA|INSERT)/.test(l));
      expect(statements.map((l) => l.replace(/ \($/, '')), target.name).toEqual([target === sqlSqliteTarget ? 'CREATE TABLE "tags"' : target === sqlMysqlTarget ? 'CREATE TABLE `tags`' : 'CREATE TABLE "tags"']);
    }
  });
});

describe('enum value changes', () => {
  const spec = (values: string): string => `backend E {
  database postgres
}

enum Status {
${values.split(' ').map((v) => `  ${v}`).join('\n')}
}

entity Account {
  status Status @default(ACTIVE)
}
`;
  const migrate = (dialect: Dialect, from: string, to: string) => {
    const a = buildSchema(modelOf(spec(from)), dialect).schema;
    const b = buildSchema(modelOf(spec(to)), dialect).schema;
    const ops = diffSchemas(a, b);
    return { ops: ops.map((o) => o.kind), sql: migrationStatements(ops, a, b, new Map()), findings: lintMigration(ops, a) };
  };

  it('on PostgreSQL changes the type only, not each column again', () => {
    const added = migrate('postgres', 'ACTIVE ARCHIVED', 'ACTIVE ARCHIVED SUSPENDED');
    expect(added.ops).toEqual(['addEnumValues']);
    expect(added.sql).toEqual([`ALTER TYPE "status" ADD VALUE 'SUSPENDED' AFTER 'ARCHIVED';`]);
    expect(added.findings).toEqual([]);

    const removed = migrate('postgres', 'ACTIVE ARCHIVED', 'ACTIVE');
    expect(removed.ops).toEqual(['replaceEnum']);
    expect(removed.sql.filter((s) => s.includes(' TYPE "status" USING '))).toHaveLength(1);
    expect(removed.findings.map((f) => [f.rule, f.subject])).toEqual([['drop-enum-value', 'status']]);
  });

  it('on PostgreSQL replaces the type when the migration uses an added value at once (not allowed in the ADD VALUE transaction)', () => {
    const base = spec('ACTIVE ARCHIVED');
    const uses = (extra: string) => {
      const a = buildSchema(modelOf(base), 'postgres').schema;
      const b = buildSchema(modelOf(spec('ACTIVE ARCHIVED SUSPENDED').replace('  status Status @default(ACTIVE)\n', `  status Status @default(ACTIVE)\n${extra}`)), 'postgres').schema;
      return diffSchemas(a, b).map((o) => o.kind);
    };
    expect(uses('  since  date?\n')).toEqual(['addEnumValues', 'addColumn']);
    expect(uses('  index (status) @where(status = SUSPENDED)\n')).toEqual(['replaceEnum', 'createIndex']);
    expect(uses('  fallback Status @default(SUSPENDED)\n')).toEqual(['replaceEnum', 'addColumn']);
  });

  it('on PostgreSQL drops a check over a converted column before the conversion and adds it after; new columns are not converted', () => {
    const withCheck = (values: string, extra = '') =>
      spec(values).replace('  status Status @default(ACTIVE)\n', `  status Status @default(ACTIVE)\n  code   int\n${extra}  check (status = ACTIVE or code > 0)\n`);
    const from = buildSchema(modelOf(withCheck('ACTIVE ARCHIVED')), 'postgres').schema;
    const to = buildSchema(modelOf(withCheck('ACTIVE', '  other Status @default(ACTIVE)\n')), 'postgres').schema;
    const ops = diffSchemas(from, to);
    const sql = migrationStatements(ops, from, to, new Map());
    const drop = sql.findIndex((x) => x.includes('DROP CONSTRAINT "accounts_check1"'));
    const convert = sql.findIndex((x) => x.includes('ALTER COLUMN "status" TYPE'));
    const add = sql.findIndex((x) => x.includes('ADD CONSTRAINT "accounts_check1"'));
    expect(drop >= 0 && drop < convert && convert < add, sql.join('\n')).toBe(true);
    expect(sql.filter((x) => x.includes('ALTER COLUMN "other" TYPE'))).toEqual([]);
    expect(sql.some((x) => x.startsWith('ALTER TABLE "accounts" ADD COLUMN "other"'))).toBe(true);
  });

  it('on MySQL and SQLite, a removed value is the same finding, about the enum (one allowance fits every dialect)', () => {
    for (const dialect of ['mysql', 'sqlite'] as const) {
      expect(migrate(dialect, 'ACTIVE ARCHIVED', 'ACTIVE').findings.map((f) => [f.rule, f.subject]), dialect).toEqual([['drop-enum-value', 'status']]);
      expect(migrate(dialect, 'ACTIVE ARCHIVED', 'ACTIVE ARCHIVED SUSPENDED').findings, dialect).toEqual([]);
    }
  });
});

describe('MySQL migrations', () => {
  const spec = (extra: string): string => `backend M {
  database mysql
}

entity Customer {
  orders Order[]
}

entity Order {
  customer Customer @relation(onDelete: cascade)
  total    int      @check(total >= 0)
${extra}}
`;
  const migrate = (from: string, to: string): string[] => {
    const a = buildSchema(modelOf(spec(from)), 'mysql').schema;
    const b = buildSchema(modelOf(spec(to)), 'mysql').schema;
    return migrationStatements(diffSchemas(a, b), a, b, new Map());
  };

  it('drops a foreign key\'s index only after the index that takes over exists', () => {
    const sql = migrate('', '  index (customer, total)\n');
    expect(sql).toEqual([
      'CREATE INDEX `orders_customer_id_total_idx` ON `orders` (`customer_id`, `total`);',
      'DROP INDEX `orders_customer_id_idx` ON `orders`;',
    ]);
  });

  it('drops a check with DROP CONSTRAINT, which MariaDB and MySQL both take', () => {
    const a = buildSchema(modelOf(spec('')), 'mysql').schema;
    const b = { ...a, tables: a.tables.map((t) => ({ ...t, checks: [] })) };
    expect(migrationStatements(diffSchemas(a, b), a, b, new Map())).toEqual(['ALTER TABLE `orders` DROP CONSTRAINT `orders_total_check`;']);
  });
});

describe('SQLite table rebuilds', () => {
  it('refuse to run inside a transaction, where foreign keys stay on', () => {
    const a = buildSchema(modelOf(TWO_TABLES), 'sqlite').schema;
    const b = buildSchema(modelOf(TWO_TABLES.replace('  title  string\n', '  title  string @check(title != "")\n')), 'sqlite').schema;
    const sql = migrationStatements(diffSchemas(a, b), a, b, new Map());
    expect(sql.slice(0, 4)).toEqual(['PRAGMA foreign_keys = OFF;', ...SQLITE_NO_TRANSACTION_GUARD]);
    expect(sql.some((s) => s.startsWith('CREATE TABLE "_pab_new_posts"'))).toBe(true);
  });
});
