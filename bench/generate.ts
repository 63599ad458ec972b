/**
 * Generates synthetic specs of N entities, each with a resource, in both
 * syntaxes, for the benchmarks. Deterministic: the same N gives the same text.
 */
export function generatePab(n: number): string {
  const out: string[] = [
    'backend Bench {',
    '  version  "1.0.0"',
    '  database postgres',
    '  api      rest, graphql',
    '}',
    '',
    'enum Status {',
    '  ACTIVE',
    '  ARCHIVED',
    '}',
    '',
    'entity User {',
    '  email    email @unique',
    '  password secret',
    '}',
    '',
    'auth {',
    '  identity {',
    '    entity   User',
    '    login    email',
    '    password password',
    '  }',
    '  jwt {',
    '    access 15m',
    '  }',
    '}',
  ];
  for (let i = 0; i < n; i++) {
    const parent = i > 0 ? `  parent   Entity${i - 1}? @relation(onDelete: setNull)\n` : '';
    out.push(
      '',
      `/// Entity number ${i}.`,
      `entity Entity${i} {`,
      `  name     string @minLength(1) @maxLength(200)`,
      `  code     string @unique @pattern("^[A-Z]{3}[0-9]+$")`,
      `  amount   decimal(12, 2) @check(amount >= 0) @default(0)`,
      `  status   Status @default(ACTIVE)`,
      `  notes    text?`,
      `  owner    User`,
      parent.trimEnd(),
      '  timestamps',
      '  index (status, createdAt desc)',
      '}',
      '',
      `resource entity${i} {`,
      `  entity     Entity${i}`,
      `  operations list, get, create, update, delete`,
      '  filter     status, amount',
      '  sort       createdAt desc, name',
      '  access {',
      '    list   authenticated',
      '    delete owner(owner)',
      '  }',
      '}',
    );
  }
  return out.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n').replace(/\n\n+/g, '\n\n') + '\n';
}
