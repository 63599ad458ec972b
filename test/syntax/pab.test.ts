import { describe, expect, it } from 'vitest';
import { createSourceFile } from '../../src/core/source-file.js';
import { parsePabSpec } from '../../src/syntax/pab/index.js';
import { Lexer } from '../../src/syntax/pab/chevrotain.js';
import { printPabSpec } from '../../src/syntax/pab/print.js';
import { allTokens, LEXER_OPTIONS } from '../../src/syntax/pab/tokens.js';

function parse(text: string) {
  const file = createSourceFile('spec.pab', text);
  const r = parsePabSpec(file);
  return { ...r, file };
}

function slice(text: string, s: { start: number; end: number } | undefined): string | undefined {
  return s === undefined ? undefined : text.slice(s.start, s.end);
}

describe('pab front end: mapping onto the document', () => {
  it('maps the backend header', () => {
    const { ast, diagnostics } = parse('backend Shop {\n  version "1.2.0"\n  database postgres\n  api rest, graphql\n  targets ir\n}\n');
    expect(diagnostics).toEqual([]);
    expect(ast!.document).toEqual({
      backend: { name: 'Shop', version: '1.2.0', database: 'postgres', api: ['rest', 'graphql'], targets: ['ir'] },
    });
  });

  it('maps enums with docs per value', () => {
    const { ast } = parse('/// Roles.\nenum Role {\n  /// Staff.\n  ADMIN\n  USER\n}\n');
    expect(ast!.document.enums).toEqual({ Role: { doc: 'Roles.', values: [{ name: 'ADMIN', doc: 'Staff.' }, 'USER'] } });
  });

  it('maps fields, attributes and entity directives', () => {
    const src = [
      'entity Order {',
      '  customer User @relation(onDelete: cascade, name: "Orders")',
      '  total    decimal(12, 2)? @check(total >= 0) @default(-1.5)',
      '  code     string @pattern("^[A-Z]+$") @minLength(1) @renamedFrom(ref)',
      '  id       uuid @id @default(uuid())',
      '  table "orders"',
      '  timestamps',
      '  softDelete',
      '  index (customer, createdAt desc) @where(status = PENDING) @name("ix_open")',
      '  unique (code)',
      '  check (total < 100)',
      '}',
      '',
    ].join('\n');
    const { ast, diagnostics } = parse(src);
    expect(diagnostics).toEqual([]);
    expect(ast!.document.entities!['Order']).toEqual({
      fields: {
        customer: { type: 'User', relation: { onDelete: 'cascade', name: 'Orders' } },
        total: { type: 'decimal(12, 2)?', check: 'total >= 0', default: -1.5 },
        code: { type: 'string', pattern: '^[A-Z]+$', minLength: 1, renamedFrom: 'ref' },
        id: { type: 'uuid', id: true, default: 'uuid()' },
      },
      table: 'orders',
      timestamps: true,
      softDelete: true,
      indexes: [
        { fields: ['customer', 'createdAt desc'], where: 'status = PENDING', name: 'ix_open' },
        { fields: ['code'], unique: true },
      ],
      checks: ['total < 100'],
    });
  });

  it('treats a directive word followed by a type as a field', () => {
    const { ast } = parse('entity A {\n  index int\n  check boolean\n}\n');
    expect(ast!.document.entities!['A']!.fields).toEqual({ index: { type: 'int' }, check: { type: 'boolean' } });
  });

  it('maps named blocks, lists of steps, maps and fields blocks', () => {
    const src = [
      'saga Checkout {',
      '  on OrderPlaced',
      '  step reserve {',
      '    do         inventory.reserve',
      '    compensate inventory.release',
      '    timeout    5s',
      '  }',
      '  step charge {',
      '    do payments.charge',
      '  }',
      '}',
      'resource orders {',
      '  entity Order',
      '  access {',
      '    list role(ADMIN) or owner(customer)',
      '  }',
      '  action cancel {',
      '    input {',
      '      reason string @maxLength(500)',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const { ast, diagnostics } = parse(src);
    expect(diagnostics).toEqual([]);
    expect(ast!.document.sagas).toEqual({
      Checkout: {
        on: 'OrderPlaced',
        steps: [
          { name: 'reserve', do: 'inventory.reserve', compensate: 'inventory.release', timeout: '5s' },
          { name: 'charge', do: 'payments.charge' },
        ],
      },
    });
    expect(ast!.document.resources!['orders']).toEqual({
      entity: 'Order',
      access: { list: 'role(ADMIN) or owner(customer)' },
      actions: { cancel: { input: { reason: { type: 'string', maxLength: 500 } } } },
    });
  });

  it('normalizes whitespace inside expressions and keeps token spans', () => {
    const src = 'query q {\n  entity Order\n  where  status=PAID   and total>$min\n}\n';
    const { ast, file } = parse(src);
    expect(ast!.document.queries!['q']!.where).toBe('status = PAID and total > $min');
    const spans = ast!.spans.get('/queries/q/where')!;
    expect(spans.tokens!.map((t) => slice(file.text, t))).toEqual(['status', '=', 'PAID', 'and', 'total', '>', '$min']);
    expect(slice(file.text, spans.key)).toBe('where');
  });

  it('records key and value spans', () => {
    const src = 'entity User {\n  email email @unique\n}\n';
    const { ast, file } = parse(src);
    expect(slice(file.text, ast!.spans.get('/entities/User')!.key)).toBe('User');
    expect(slice(file.text, ast!.spans.get('/entities/User/fields/email')!.key)).toBe('email');
    expect(slice(file.text, ast!.spans.get('/entities/User/fields/email/type')!.value)).toBe('email');
    expect(slice(file.text, ast!.spans.get('/entities/User/fields/email/unique')!.span)).toBe('@unique');
  });

  it('accepts continuation lines after commas and operators', () => {
    const src = 'resource r {\n  entity E\n  operations list,\n    get\n}\nquery q {\n  entity E\n  where a = 1 and\n    b = 2\n}\n';
    const { ast, diagnostics } = parse(src);
    expect(diagnostics).toEqual([]);
    expect(ast!.document.resources!['r']!.operations).toEqual(['list', 'get']);
    expect(ast!.document.queries!['q']!.where).toBe('a = 1 and b = 2');
  });
});

describe('pab front end: errors', () => {
  it('reports several syntax errors in one run with positions', () => {
    const src = 'entity A {\n  x string,\n}\nentity B {\n  y : int\n}\nentity C {\n  z decimal(1,\n}\n';
    const { ast, diagnostics, file } = parse(src);
    expect(ast).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
    for (const d of diagnostics) {
      expect(d.code).toBe('syntax-error');
      expect(d.span!.start).toBeGreaterThanOrEqual(0);
      expect(d.span!.end).toBeLessThanOrEqual(file.text.length);
    }
    expect(diagnostics.some((d) => d.hint?.includes('colon'))).toBe(true);
  });

  it('reports unknown statements with a suggestion', () => {
    const { diagnostics, file } = parse('entiy User {\n}\nresource r {\n  entity E\n  pagniation {\n  }\n}\n');
    const codes = diagnostics.map((d) => [d.code, slice(file.text, d.span), d.hint]);
    expect(codes).toContainEqual(['unknown-statement', 'entiy', 'Did you mean `entity`?']);
    expect(codes).toContainEqual(['unknown-statement', 'pagniation', 'Did you mean `pagination`?']);
  });

  it('reports duplicates with the first declaration as related', () => {
    const { diagnostics } = parse('entity A {\n  x int\n  X int\n}\nentity A {\n}\n');
    const dups = diagnostics.filter((d) => d.code === 'duplicate-statement');
    expect(dups).toHaveLength(2);
    expect(dups.every((d) => d.related && d.related.length === 1)).toBe(true);
  });

  it('reports misplaced values, blocks and attributes', () => {
    const src = [
      'backend B {',
      '  version { }',
      '  database',
      '  api rest @x',
      '}',
      'entity E {',
      '  a int @uniqe',
      '  b',
      '}',
      'entity {',
      '}',
      'auth {',
      '  jwt {',
      '    rotate yes',
      '  }',
      '}',
      'deploy',
      '',
    ].join('\n');
    const codes = parse(src).diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual(
      ['missing-block', 'missing-name', 'missing-value', 'missing-value', 'unexpected-attribute', 'unexpected-attribute', 'unexpected-block', 'unexpected-value'].sort(),
    );
  });

  it('limits nesting depth instead of overflowing the stack', () => {
    for (const src of ['a ' + '{ a '.repeat(20000), 'x ' + '('.repeat(20000), 'x ' + '-'.repeat(20000) + '1', 'x ' + 'not '.repeat(20000) + 'a', '{'.repeat(20000)]) {
      const { diagnostics } = parse(src);
      expect(diagnostics.map((d) => d.code)).toContain('nesting-too-deep');
    }
  });

  it('caps the number of lexical errors on binary input', () => {
    const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0x7f)).join('');
    const { diagnostics } = parse(garbage);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.length).toBeLessThanOrEqual(60);
  });

  it('warns about doc comments that document nothing and keeps them as comments', () => {
    const src = 'backend B {\n  /// the version\n  version "1"\n}\n';
    const { ast, diagnostics } = parse(src);
    expect(diagnostics.map((d) => d.code)).toEqual(['doc-comment-ignored']);
    expect(printPabSpec(ast!.document, ast!.comments)).toBe(src.replace('///', '//'));
  });

  it('rejects a doc statement', () => {
    expect(parse('entity E {\n  doc "x"\n}\n').diagnostics.map((d) => d.code)).toEqual(['doc-statement']);
  });
});

describe('pab fmt', () => {
  const messy = [
    '// leading comment',
    'backend   Shop{',
    'version "1"   // trailing',
    '  api rest,graphql',
    '}',
    'entity User { // on the brace line',
    '  // before email',
    '  email email @unique',
    '  name string@maxLength( 100 )',
    '  timestamps',
    '  // at the end of the block',
    '}',
    '/// Doc.',
    'enum Role { ',
    'A',
    'B }',
    '// end of file',
    '',
  ].join('\n');

  it('formats canonically and keeps every comment', () => {
    const { ast, diagnostics } = parse(messy);
    expect(diagnostics).toEqual([]);
    const out = printPabSpec(ast!.document, ast!.comments);
    expect(out).toBe(
      [
        '// leading comment',
        'backend Shop {',
        '  version "1" // trailing',
        '  api     rest, graphql',
        '}',
        '',
        '/// Doc.',
        'enum Role {',
        '  A',
        '  B',
        '}',
        '',
        'entity User { // on the brace line',
        '  // before email',
        '  email email  @unique',
        '  name  string @maxLength(100)',
        '  timestamps',
        '  // at the end of the block',
        '}',
        '',
        '// end of file',
        '',
      ].join('\n'),
    );
  });

  it('is idempotent', () => {
    const once = (t: string): string => {
      const { ast } = parse(t);
      return printPabSpec(ast!.document, ast!.comments);
    };
    const a = once(messy);
    expect(once(a)).toBe(a);
  });

  it('quotes strings that are not plain words and escapes them', () => {
    const doc = {
      backend: { name: 'B', version: 'a "quoted" */ ${x}', output: 'out dir' },
      mcp: { m: { transport: 'stdio' as const, prompts: { p: { template: 'Review {{id}}\nnow' } } } },
    };
    const text = printPabSpec(doc);
    expect(text).toContain('version "a \\"quoted\\" */ ${x}"');
    const { ast } = parse(text);
    expect(ast!.document).toEqual(doc);
  });
});

describe('pab lexer', () => {
  it('has a valid token definition that Chevrotain can optimize (start-up skips these checks)', () => {
    // Throws on a definition error, and with ensureOptimizations when lexing would take the slow path.
    const lexer = new Lexer(allTokens, { ...LEXER_OPTIONS, skipValidations: false, ensureOptimizations: true });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });
});
