/**
 * Generates synthetic specs of N entities, each with a resource, for the
 * benchmarks. Deterministic: the same N gives the same text.
 */

/** @param {number} n @returns {string} */
export function generatePab(n) {
  const out = [
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
    out.push(
      '',
      `/// Entity number ${i}.`,
      `entity Entity${i} {`,
      '  name   string @minLength(1) @maxLength(200)',
      '  code   string @unique @pattern("^[A-Z]{3}[0-9]+$")',
      '  amount decimal(12, 2) @check(amount >= 0) @default(0)',
      '  status Status @default(ACTIVE)',
      '  notes  text? // free text',
      '  owner  User',
      ...(i > 0 ? [`  parent Entity${i - 1}? @relation(onDelete: setNull)`] : []),
      '  timestamps',
      '  index (status, createdAt desc)',
      '}',
      '',
      `resource entity${i} {`,
      `  entity     Entity${i}`,
      '  operations list, get, create, update, delete',
      '  filter     status, amount',
      '  sort       createdAt desc, name',
      '  access {',
      '    list   authenticated',
      '    delete owner(owner)',
      '  }',
      '}',
    );
  }
  return out.join('\n') + '\n';
}
