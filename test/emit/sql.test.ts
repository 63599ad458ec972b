/**
 * Unit tests of the SQL targets for behaviour found wrong on real databases
 * (test/db/): the SQL pab writes for specific schema changes, checked as text.
 * The database tests prove the same on PostgreSQL, MariaDB and SQLite.
 */
import { describe, expect, it } from 'vitest';
import { diffSchemas } from '../../src/emit/sql/diff.js';
import { migrationStatements } from '../../src/emit/sql/migration-sql.js';
import { buildSchema, type Dialect } from '../../src/emit/sql/schema.js';
import { emptySchema } from '../../src/emit/sql/target.js';
import { modelOf } from './helpers.js';

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
