import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSourceFile, positionOf, type SourceFile } from '../../src/core/source-file.js';
import { childPointer, type CommentIndex, type NodeComments } from '../../src/syntax/ast.js';
import type { SpecDocument } from '../../src/syntax/document.js';
import { parseYamlSpec } from '../../src/syntax/yaml/parse.js';
import { printYamlSpec } from '../../src/syntax/yaml/print.js';

function parse(text: string, path = 'backend.yaml') {
  const file = createSourceFile(path, text);
  return { file, ...parseYamlSpec(file) };
}

function slice(file: SourceFile, span: { start: number; end: number } | undefined): string | undefined {
  return span ? file.text.slice(span.start, span.end) : undefined;
}

function codes(text: string): string[] {
  return parse(text).diagnostics.map((d) => d.code);
}

function where(file: SourceFile, offset: number | undefined): string {
  const p = positionOf(file, offset ?? -1);
  return `${p.line}:${p.column}`;
}

/** Comments without positions, empty entries dropped: what the round trip must preserve. */
function commentsOf(index: CommentIndex): Record<string, NodeComments> {
  return Object.fromEntries([...index].filter(([, c]) => Object.keys(c).length > 0));
}

const FULL_SPEC = `# An online shop.
imports: [shared/auth.yaml]
backend:
  name: Shop
  doc: The shop backend.
  version: "1.2.0"
  database: postgres # postgres | mysql | sqlite | mongodb
  api: [rest, graphql]
  targets: [openapi, prisma]
  output: out
  templates: templates
enums:
  Role: [ADMIN, CUSTOMER]
  OrderStatus:
    doc: Where an order is.
    values:
      - PENDING
      - name: PAID
        doc: Money received.
entities:
  User:
    doc: A person who can sign in and place orders.
    table: users
    fields:
      id: { type: uuid, id: true, default: uuid() }
      email: email
      name:
        type: string
        minLength: 1
        maxLength: 100
        pattern: "^[^<>]*$"
      role: { type: Role, default: CUSTOMER }
      password: secret # hashed; never in any response
      age: { type: int, min: 0, max: 150, check: age >= 0 }
      orders: Order[]
      nick: { type: text?, renamedFrom: nickname, column: nick_name, unique: true }
    timestamps: true
  Order:
    fields:
      customer:
        type: User
        relation: { name: placed, onDelete: cascade, onUpdate: noAction, through: Link }
      total: decimal(12, 2)
      status: { type: OrderStatus, default: PENDING }
    id: [customer, total]
    softDelete: true
    indexes:
      - fields: [customer, createdAt desc]
        unique: false
        where: status = PENDING
        name: orders_by_customer
    checks: [total >= 0]
resources:
  orders:
    doc: Orders API.
    entity: Order
    path: /orders
    operations: [list, get, create, update, delete, search]
    pagination: { style: cursor, default: 20, max: 100 }
    filter: [status, customer]
    sort: [createdAt desc]
    search: [status]
    access:
      list: role(ADMIN) or owner(customer)
      create: authenticated
    rateLimit: 100/minute
    cache: 30s
    expose: [rest]
    parent: customers
    actions:
      cancel:
        doc: Cancels an order.
        method: POST
        path: /{id}/cancel
        on: item
        input:
          reason: string
        output: Order
auth:
  identity: { entity: User, login: [email], password: password, role: role }
  jwt: { access: 15m, refresh: 7d, rotate: true, algorithm: HS256, issuer: shop, audience: web, secret: env(JWT_SECRET) }
  session: { cookie: sid, ttl: 1h, sameSite: lax, secure: true, csrf: true }
  apiKey: { header: X-Api-Key, prefix: sk_ }
  oauth2:
    google:
      clientId: env(GOOGLE_ID)
      clientSecret: env(GOOGLE_SECRET)
      issuer: https://accounts.google.com
      authorizeUrl: https://accounts.google.com/o/oauth2/auth
      tokenUrl: https://oauth2.googleapis.com/token
      scopes: [openid, email]
  password: { hash: argon2id, minLength: 12, maxLength: 128, require: [upper, digit], history: 5 }
  lockout: { attempts: 5, duration: 30m }
  mfa: { method: totp, required: false }
  rateLimit: { login: 5/minute }
  roles:
    ADMIN: { doc: Staff., permissions: ["orders:*"], inherits: [CUSTOMER] }
    CUSTOMER: {}
  policies:
    sameTenant: user.tenant = resource.tenant
  admin: { role: ADMIN, audit: true }
  cors: { origins: ["https://shop.example.com"], credentials: true, maxAge: 1h }
  headers: { hsts: true, contentSecurityPolicy: default-src 'self', frameOptions: deny, referrerPolicy: no-referrer, noSniff: true }
aggregates:
  Order:
    doc: The order aggregate.
    entity: Order
    commands:
      PlaceOrder:
        doc: Places an order.
        input: { customer: uuid, lines: "OrderLine[]" }
        emits: [OrderPlaced]
        access: authenticated
    events:
      OrderPlaced:
        doc: An order was placed.
        fields: { total: "decimal(12, 2)" }
    snapshotEvery: 100
projections:
  OrderSummary:
    doc: One row per order.
    from: [OrderPlaced]
    key: orderId
    fields:
      orderId: uuid
sagas:
  Checkout:
    doc: Takes payment.
    on: OrderPlaced
    steps:
      - name: reserve
        doc: Holds stock.
        do: inventory.reserve
        compensate: inventory.release
        timeout: 5s
        retry: 3
      - { name: confirm, do: Order.ConfirmOrder }
    onFailure: compensate
    timeout: 1m
services:
  payments:
    doc: The payment provider.
    url: env(PAYMENTS_URL)
    timeout: 2s
    retry: { count: 3, backoff: exponential, delay: 100ms, jitter: true }
    breaker: { failures: 5, reset: 30s }
    fallback: fail
    operations:
      charge:
        doc: Charges a card.
        method: POST
        path: /charges
        input: { order: uuid, amount: "decimal(12, 2)" }
        output: string
queries:
  ordersByCustomer:
    doc: Orders of one customer.
    entity: Order
    where: customer = $customer and status = $status
    orderBy: [createdAt desc]
    limit: 50
mcp:
  ShopAssistant:
    doc: Helps staff.
    transport: http
    path: /mcp
    tools:
      findOrders: { doc: Finds orders., query: ordersByCustomer, readonly: true }
      cancelOrder: { command: CancelOrder }
      chargeCard: { operation: payments.charge }
    resources:
      orderSchema: { doc: The order entity., entity: Order, uri: "schema://order" }
      recent: { query: ordersByCustomer }
    prompts:
      reviewOrder:
        doc: Fraud review.
        template: |
          Review order {{orderId}} for fraud signals.
          Be brief.
        arguments:
          orderId: uuid
deploy:
  docker: { base: node:20-bookworm-slim, user: node, port: 3000 }
  compose: [postgres, redis]
  kubernetes: { replicas: 3, namespace: shop, autoscale: { min: 2, max: 10, cpu: 70 } }
  observability: { logs: json, metrics: prometheus, tracing: otel }
# end of spec
`;

const FULL_DOCUMENT: SpecDocument = {
  imports: ['shared/auth.yaml'],
  backend: {
    name: 'Shop', doc: 'The shop backend.', version: '1.2.0', database: 'postgres', api: ['rest', 'graphql'],
    targets: ['openapi', 'prisma'], output: 'out', templates: 'templates',
  },
  enums: {
    Role: { values: ['ADMIN', 'CUSTOMER'] },
    OrderStatus: { doc: 'Where an order is.', values: ['PENDING', { name: 'PAID', doc: 'Money received.' }] },
  },
  entities: {
    User: {
      doc: 'A person who can sign in and place orders.',
      table: 'users',
      fields: {
        id: { type: 'uuid', id: true, default: 'uuid()' },
        email: { type: 'email' },
        name: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^<>]*$' },
        role: { type: 'Role', default: 'CUSTOMER' },
        password: { type: 'secret' },
        age: { type: 'int', min: 0, max: 150, check: 'age >= 0' },
        orders: { type: 'Order[]' },
        nick: { type: 'text?', renamedFrom: 'nickname', column: 'nick_name', unique: true },
      },
      timestamps: true,
    },
    Order: {
      fields: {
        customer: { type: 'User', relation: { name: 'placed', onDelete: 'cascade', onUpdate: 'noAction', through: 'Link' } },
        total: { type: 'decimal(12, 2)' },
        status: { type: 'OrderStatus', default: 'PENDING' },
      },
      id: ['customer', 'total'],
      softDelete: true,
      indexes: [{ fields: ['customer', 'createdAt desc'], unique: false, where: 'status = PENDING', name: 'orders_by_customer' }],
      checks: ['total >= 0'],
    },
  },
  resources: {
    orders: {
      doc: 'Orders API.',
      entity: 'Order',
      path: '/orders',
      operations: ['list', 'get', 'create', 'update', 'delete', 'search'],
      pagination: { style: 'cursor', default: 20, max: 100 },
      filter: ['status', 'customer'],
      sort: ['createdAt desc'],
      search: ['status'],
      access: { list: 'role(ADMIN) or owner(customer)', create: 'authenticated' },
      rateLimit: '100/minute',
      cache: '30s',
      expose: ['rest'],
      parent: 'customers',
      actions: {
        cancel: {
          doc: 'Cancels an order.', method: 'POST', path: '/{id}/cancel', on: 'item',
          input: { reason: { type: 'string' } }, output: 'Order',
        },
      },
    },
  },
  auth: {
    identity: { entity: 'User', login: ['email'], password: 'password', role: 'role' },
    jwt: { access: '15m', refresh: '7d', rotate: true, algorithm: 'HS256', issuer: 'shop', audience: 'web', secret: 'env(JWT_SECRET)' },
    session: { cookie: 'sid', ttl: '1h', sameSite: 'lax', secure: true, csrf: true },
    apiKey: { header: 'X-Api-Key', prefix: 'sk_' },
    oauth2: {
      google: {
        clientId: 'env(GOOGLE_ID)',
        clientSecret: 'env(GOOGLE_SECRET)',
        issuer: 'https://accounts.google.com',
        authorizeUrl: 'https://accounts.google.com/o/oauth2/auth',
        tokenUrl: 'https://oauth2.googleapis.com/token',
        scopes: ['openid', 'email'],
      },
    },
    password: { hash: 'argon2id', minLength: 12, maxLength: 128, require: ['upper', 'digit'], history: 5 },
    lockout: { attempts: 5, duration: '30m' },
    mfa: { method: 'totp', required: false },
    rateLimit: { login: '5/minute' },
    roles: { ADMIN: { doc: 'Staff.', permissions: ['orders:*'], inherits: ['CUSTOMER'] }, CUSTOMER: {} },
    policies: { sameTenant: 'user.tenant = resource.tenant' },
    admin: { role: 'ADMIN', audit: true },
    cors: { origins: ['https://shop.example.com'], credentials: true, maxAge: '1h' },
    headers: { hsts: true, contentSecurityPolicy: "default-src 'self'", frameOptions: 'deny', referrerPolicy: 'no-referrer', noSniff: true },
  },
  aggregates: {
    Order: {
      doc: 'The order aggregate.',
      entity: 'Order',
      commands: {
        PlaceOrder: {
          doc: 'Places an order.',
          input: { customer: { type: 'uuid' }, lines: { type: 'OrderLine[]' } },
          emits: ['OrderPlaced'],
          access: 'authenticated',
        },
      },
      events: { OrderPlaced: { doc: 'An order was placed.', fields: { total: { type: 'decimal(12, 2)' } } } },
      snapshotEvery: 100,
    },
  },
  projections: {
    OrderSummary: { doc: 'One row per order.', from: ['OrderPlaced'], key: 'orderId', fields: { orderId: { type: 'uuid' } } },
  },
  sagas: {
    Checkout: {
      doc: 'Takes payment.',
      on: 'OrderPlaced',
      steps: [
        { name: 'reserve', doc: 'Holds stock.', do: 'inventory.reserve', compensate: 'inventory.release', timeout: '5s', retry: 3 },
        { name: 'confirm', do: 'Order.ConfirmOrder' },
      ],
      onFailure: 'compensate',
      timeout: '1m',
    },
  },
  services: {
    payments: {
      doc: 'The payment provider.',
      url: 'env(PAYMENTS_URL)',
      timeout: '2s',
      retry: { count: 3, backoff: 'exponential', delay: '100ms', jitter: true },
      breaker: { failures: 5, reset: '30s' },
      fallback: 'fail',
      operations: {
        charge: {
          doc: 'Charges a card.', method: 'POST', path: '/charges',
          input: { order: { type: 'uuid' }, amount: { type: 'decimal(12, 2)' } }, output: 'string',
        },
      },
    },
  },
  queries: {
    ordersByCustomer: {
      doc: 'Orders of one customer.', entity: 'Order', where: 'customer = $customer and status = $status', orderBy: ['createdAt desc'], limit: 50,
    },
  },
  mcp: {
    ShopAssistant: {
      doc: 'Helps staff.',
      transport: 'http',
      path: '/mcp',
      tools: {
        findOrders: { doc: 'Finds orders.', query: 'ordersByCustomer', readonly: true },
        cancelOrder: { command: 'CancelOrder' },
        chargeCard: { operation: 'payments.charge' },
      },
      resources: {
        orderSchema: { doc: 'The order entity.', entity: 'Order', uri: 'schema://order' },
        recent: { query: 'ordersByCustomer' },
      },
      prompts: {
        reviewOrder: {
          doc: 'Fraud review.',
          template: 'Review order {{orderId}} for fraud signals.\nBe brief.\n',
          arguments: { orderId: { type: 'uuid' } },
        },
      },
    },
  },
  deploy: {
    docker: { base: 'node:20-bookworm-slim', user: 'node', port: 3000 },
    compose: ['postgres', 'redis'],
    kubernetes: { replicas: 3, namespace: 'shop', autoscale: { min: 2, max: 10, cpu: 70 } },
    observability: { logs: 'json', metrics: 'prometheus', tracing: 'otel' },
  },
};

describe('parseYamlSpec', () => {
  it('parses a spec with every section into the expected document', () => {
    const r = parse(FULL_SPEC);
    expect(r.diagnostics).toEqual([]);
    expect(r.ast.document).toEqual(FULL_DOCUMENT);
    expect(r.ast.format).toBe('yaml');
    expect(r.ast.file).toBe('backend.yaml');
  });

  it('keeps yaml 1.1 booleans and other look-alikes as strings', () => {
    const r = parse('backend: { name: on }\nx: [yes, no, off, y, N]\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.ast.document).toEqual({ backend: { name: 'on' }, x: ['yes', 'no', 'off', 'y', 'N'] });
  });

  it('records key, value and whole-entry spans by pointer', () => {
    const { file, ast } = parse(FULL_SPEC);
    const at = (p: string) => ast.spans.get(p);
    expect(slice(file, at('/backend/name')?.key)).toBe('name');
    expect(slice(file, at('/backend/name')?.value)).toBe('Shop');
    expect(slice(file, at('/backend/name')?.span)).toBe('name: Shop');
    expect(slice(file, at('/backend/version')?.value)).toBe('"1.2.0"');
    expect(slice(file, at('/entities/User/fields/id/default')?.value)).toBe('uuid()');
    expect(slice(file, at('/entities/Order/fields/customer/relation')?.value)).toBe(
      '{ name: placed, onDelete: cascade, onUpdate: noAction, through: Link }',
    );
    expect(slice(file, at('/resources/orders/access/list')?.value)).toBe('role(ADMIN) or owner(customer)');
    expect(slice(file, at('/sagas/Checkout/steps/1')?.value)).toBe('{ name: confirm, do: Order.ConfirmOrder }');
    expect(slice(file, at('/sagas/Checkout/steps/0/do')?.span)).toBe('do: inventory.reserve');
    expect(slice(file, at('/backend/api/1')?.span)).toBe('graphql');
    expect(at('/backend/api/1')?.key).toBeUndefined();
    // Block collections end at their last value, not at the comments and blank lines after it.
    expect(slice(file, at('/deploy')?.span)?.endsWith('tracing: otel }')).toBe(true);
    expect(slice(file, at('/backend')?.value)?.endsWith('templates: templates')).toBe(true);
    expect(slice(file, at('')?.span)?.startsWith('imports:')).toBe(true);
  });

  it('points spans at the right text when lines hold multi-byte characters', () => {
    const { file, ast } = parse('backend:\n  doc: "Grüße 🎉"\n  name: Shop\n');
    expect(slice(file, ast.spans.get('/backend/name')?.value)).toBe('Shop');
    expect(slice(file, ast.spans.get('/backend/doc')?.value)).toBe('"Grüße 🎉"');
  });

  it('normalizes a field given as its type and maps `/type` to the scalar', () => {
    const { file, ast } = parse(FULL_SPEC);
    expect(ast.document.entities?.User?.fields.email).toEqual({ type: 'email' });
    const field = ast.spans.get('/entities/User/fields/email')!;
    const type = ast.spans.get('/entities/User/fields/email/type')!;
    expect(slice(file, field.key)).toBe('email');
    expect(slice(file, field.span)).toBe('email: email');
    expect(slice(file, type.value)).toBe('email');
    expect(type.value.start).toBe(field.value.start);
    expect(type.key).toBeUndefined();
    expect(slice(file, ast.spans.get('/aggregates/Order/commands/PlaceOrder/input/lines/type')?.value)).toBe('"OrderLine[]"');
    expect(slice(file, ast.spans.get('/mcp/ShopAssistant/prompts/reviewOrder/arguments/orderId/type')?.value)).toBe('uuid');
  });

  it('normalizes an enum given as a list and maps `/values/i` to the items', () => {
    const { file, ast } = parse(FULL_SPEC);
    expect(ast.document.enums?.Role).toEqual({ values: ['ADMIN', 'CUSTOMER'] });
    expect(slice(file, ast.spans.get('/enums/Role/values')?.value)).toBe('[ADMIN, CUSTOMER]');
    expect(slice(file, ast.spans.get('/enums/Role/values/1')?.value)).toBe('CUSTOMER');
    expect(ast.spans.has('/enums/Role/0')).toBe(false);
  });

  it('normalizes only the two shorthands', () => {
    const r = parse('entities:\n  A:\n    fields: string\n    doc: x\nresources:\n  r:\n    access:\n      list: role\nenums:\n  E: ADMIN\n');
    expect(r.ast.document).toEqual({
      entities: { A: { fields: 'string', doc: 'x' } },
      resources: { r: { access: { list: 'role' } } },
      enums: { E: 'ADMIN' },
    });
  });

  it('resolves small anchors and aliases, shorthands included', () => {
    const r = parse('x: &t { type: string, unique: true }\nentities:\n  A:\n    fields:\n      a: *t\n      b: &e email\n      c: *e\nenums:\n  E: &v [A, B]\n  F: *v\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.ast.document.entities?.A?.fields).toEqual({
      a: { type: 'string', unique: true }, b: { type: 'email' }, c: { type: 'email' },
    });
    expect(r.ast.document.enums).toEqual({ E: { values: ['A', 'B'] }, F: { values: ['A', 'B'] } });
    expect(slice(r.file, r.ast.spans.get('/entities/A/fields/a')?.value)).toBe('*t');
  });

  it('treats a `doc` key as an ordinary string field', () => {
    const r = parse('backend:\n  name: Shop\n  doc: |\n    Line one.\n    Line two.\n');
    expect(r.ast.document.backend?.doc).toBe('Line one.\nLine two.\n');
  });

  it('creates a `__proto__` key as data, not as a prototype', () => {
    const r = parse('entities:\n  __proto__: { fields: {} }\n');
    const entities = r.ast.document.entities as Record<string, unknown>;
    expect(Object.keys(entities)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(entities)).toBe(Object.prototype);
  });
});

describe('yaml comments', () => {
  const text = [
    '# Shop spec.', //                    file top → first entry
    '# Second line.',
    'backend: # about backend', //        trailing on a key line
    '  name: Shop # the name', //         trailing on a value line
    '  # about version', //               leading
    '  version: "1"',
    '  # end of backend', //              end of block
    'entities:',
    '  User:',
    '    fields:',
    '      email: email # login',
    '      # end of fields',
    '    indexes:',
    '      # first index',
    '      - fields: [email] # by email',
    '      - # second index',
    '        fields: [name]',
    '      # end of indexes',
    '# end of file',
    '',
  ].join('\n');

  it('attaches leading, trailing and end comments by pointer', () => {
    const { ast, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(commentsOf(ast.comments)).toEqual({
      '': { end: ['end of file'] },
      '/backend': { leading: ['Shop spec.', 'Second line.'], trailing: 'about backend', end: ['end of backend'] },
      '/backend/name': { trailing: 'the name' },
      '/backend/version': { leading: ['about version'] },
      '/entities/User/fields': { end: ['end of fields'] },
      '/entities/User/fields/email': { trailing: 'login' },
      '/entities/User/indexes': { end: ['end of indexes'] },
      '/entities/User/indexes/0': { leading: ['first index'] },
      '/entities/User/indexes/0/fields': { trailing: 'by email' },
      '/entities/User/indexes/1': { trailing: 'second index' },
    });
  });

  it('gives a comment less indented than a block the next entry instead of the block end', () => {
    const { ast } = parse('backend:\n  name: Shop\n# about entities\nentities: {}\n');
    expect(commentsOf(ast.comments)).toEqual({ '/entities': { leading: ['about entities'] } });
  });

  it('strips the marker and one space only', () => {
    const { ast } = parse('#no space\n#   indented\n#\nbackend: { name: Shop }\n');
    expect(ast.comments.get('/backend')?.leading).toEqual(['no space', '  indented', '']);
  });

  it('does not take `#` inside strings or block scalars for comments', () => {
    const { ast } = parse('backend:\n  name: "a # b"\n  doc: |\n    # not a comment\n');
    expect(ast.document.backend).toEqual({ name: 'a # b', doc: '# not a comment\n' });
    expect(commentsOf(ast.comments)).toEqual({});
  });
});

describe('yaml diagnostics', () => {
  it('reports a duplicate key at the second occurrence, pointing back at the first', () => {
    const { file, diagnostics, ast } = parse('backend:\n  name: a\n  name: b\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-duplicate-key']);
    const d = diagnostics[0]!;
    expect(where(file, d.span?.start)).toBe('3:3');
    expect(slice(file, d.span)).toBe('name');
    expect(d.message).toContain('`name`');
    expect(where(file, d.related?.[0]?.span.start)).toBe('2:3');
    expect(ast.document.backend).toEqual({ name: 'a' });
  });

  it('explains tab indentation', () => {
    const { file, diagnostics } = parse('backend:\n\tname: Shop\n');
    const d = diagnostics.find((x) => x.code === 'yaml-tab-indent')!;
    expect(where(file, d.span?.start)).toBe('2:1');
    expect(d.hint).toContain('YAML indents with spaces, not tabs');
  });

  it('stops an alias bomb quickly with a diagnostic', () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    const names = 'abcdefghi';
    for (let i = 1; i < 9; i++) text += `${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]\n`;
    const started = performance.now();
    const { diagnostics } = parse(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-alias-limit']);
    expect(slice(parse(text).file, diagnostics[0]!.span)).toMatch(/^\*[a-i]$/);
  });

  it('accepts many small aliases', () => {
    let text = 'x: &t { type: string }\nentities:\n  A:\n    fields:\n';
    for (let i = 0; i < 500; i++) text += `      f${i}: *t\n`;
    const { diagnostics, ast } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(ast.document.entities!.A!.fields)).toHaveLength(500);
  });

  it('reports a list or a scalar at the top level', () => {
    expect(codes('- backend\n- entities\n')).toEqual(['yaml-not-a-mapping']);
    const r = parse('just some text\n');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['yaml-not-a-mapping']);
    expect(slice(r.file, r.diagnostics[0]!.span)).toBe('just some text');
    expect(r.diagnostics[0]!.message).toContain('`backend:`');
  });

  it('reports an empty file with what a minimal spec looks like', () => {
    const { diagnostics, ast } = parse('');
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-empty']);
    expect(diagnostics[0]!.span).toEqual({ file: 'backend.yaml', start: 0, end: 0 });
    expect(diagnostics[0]!.hint).toContain('backend: { name: MyApp }');
    expect(ast.document).toEqual({});
  });

  it('reports a file holding only comments as empty and keeps the comments', () => {
    const { diagnostics, ast } = parse('# todo\n# later\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-empty']);
    expect(diagnostics[0]!.message).toContain('only comments');
    expect(commentsOf(ast.comments)).toEqual({ '': { end: ['todo', 'later'] } });
  });

  it('survives binary garbage', () => {
    const garbage = '\u0000\u0001\u0002\u0003\u0004\u00ff\ufffd\ufffd: [\u0007{\u001b';
    for (const text of [garbage, '\u0000\u0001\u0002', garbage.repeat(50)]) {
      const { diagnostics } = parse(text);
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics.every((d) => d.code !== 'yaml-internal')).toBe(true);
    }
  });

  it('rejects 100k-deep nesting without overflowing the stack', () => {
    for (const text of ['['.repeat(100_000), `a: ${'{a: '.repeat(100_000)}`, '['.repeat(100_000) + ']'.repeat(100_000)]) {
      const { file, diagnostics } = parse(text);
      expect(diagnostics.map((d) => d.code)).toEqual(['yaml-too-deep']);
      expect(diagnostics[0]!.span!.start).toBeGreaterThan(0);
      expect(where(file, diagnostics[0]!.span!.start)).toMatch(/^1:/);
    }
    expect(codes(`a: ${'['.repeat(60)}${']'.repeat(60)}\n`)).toEqual([]);
  }, 30_000); // parses several MB: allow for a loaded CI machine

  it('reports a second document at its `---`', () => {
    const { file, diagnostics, ast } = parse('backend: { name: A }\n---\nbackend: { name: B }\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-multiple-documents']);
    expect(where(file, diagnostics[0]!.span?.start)).toBe('2:1');
    expect(ast.document).toEqual({ backend: { name: 'A' } });
    expect(codes('---\nbackend: { name: A }\n...\n')).toEqual([]);
  });

  it('reports keys that are not strings', () => {
    const { file, diagnostics, ast } = parse('enums:\n  1: [A]\n  true: [B]\n  ~: [C]\n  [x]: [D]\n  ok: [E]\n');
    expect(diagnostics.map((d) => [d.code, where(file, d.span?.start)])).toEqual([
      ['yaml-non-string-key', '2:3'],
      ['yaml-non-string-key', '3:3'],
      ['yaml-non-string-key', '4:3'],
      ['yaml-non-string-key', '5:3'],
    ]);
    expect(ast.document.enums).toEqual({ ok: { values: ['E'] } });
    expect(codes('enums:\n  "1": [A]\n')).toEqual([]);
  });

  it('reports tags other than the core ones', () => {
    const { file, diagnostics, ast } = parse('backend:\n  name: !!binary U2hvcA==\n  doc: !custom x\n  version: !!str 1.0\n  output: !!int abc\n');
    expect(diagnostics.map((d) => [d.code, slice(file, d.span)])).toEqual([
      ['yaml-unsupported-tag', '!!binary'],
      ['yaml-unsupported-tag', '!custom'],
      ['yaml-unsupported-tag', '!!int'],
    ]);
    expect(ast.document.backend?.version).toBe('1.0');
  });

  it('reports other yaml features a spec cannot use', () => {
    expect(codes('a: *missing\n')).toEqual(['yaml-unknown-anchor']);
    expect(codes('a: &a [1, *a]\n')).toEqual(['yaml-alias-cycle']);
    expect(codes('a: .inf\n')).toEqual(['yaml-unsupported-value']);
    expect(codes('%YAML 1.1\n---\na: yes\n')).toEqual(['yaml-unsupported-version']);
  });

  it('phrases syntax errors for newcomers', () => {
    const unclosed = parse('backend:\n  name: "Shop\n');
    expect(unclosed.diagnostics[0]!.code).toBe('yaml-syntax');
    expect(unclosed.diagnostics[0]!.message).toBe('This is not valid YAML: a `"` string is never closed.');
    const compact = parse('backend: name: Shop\n');
    expect(compact.diagnostics[0]!.message).toContain('cannot start another `key: value` on the same line');
    expect(where(compact.file, compact.diagnostics[0]!.span?.start)).toBe('1:10');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ':', ' ', '\n', '-', '[', ']', '{', '}', ',', '#', '&a', '*a', '!', '"', "'", '|', '>', '\t', '?', '%', '---') }), (text) => {
        const r = parse(text);
        return r.diagnostics.every((d) => d.code !== 'yaml-internal');
      }),
      { numRuns: 500 },
    );
  });
});

describe('printYamlSpec', () => {
  it('writes canonical yaml with sections in order, shorthands and flow lists', () => {
    const doc = {
      deploy: { compose: ['postgres'] },
      entities: {
        User: { fields: { email: { type: 'email' }, name: { type: 'string', unique: true } } },
        Tag: { fields: { label: { type: 'string' } } },
      },
      backend: { name: 'Shop', version: '1.2.0', api: ['rest'] },
      enums: { Role: { values: ['ADMIN', 'CUSTOMER'] }, Status: { values: ['A', { name: 'B', doc: 'Bee.' }] } },
      custom: true,
    } as unknown as SpecDocument;
    expect(printYamlSpec(doc, new Map())).toBe(
      [
        'backend:',
        '  name: Shop',
        '  version: "1.2.0"',
        '  api: [rest]',
        '',
        'enums:',
        '  Role: [ADMIN, CUSTOMER]',
        '',
        '  Status:',
        '    values:',
        '      - A',
        '      - name: B',
        '        doc: Bee.',
        '',
        'entities:',
        '  User:',
        '    fields:',
        '      email: email',
        '      name:',
        '        type: string',
        '        unique: true',
        '',
        '  Tag:',
        '    fields:',
        '      label: string',
        '',
        'deploy:',
        '  compose: [postgres]',
        '',
        'custom: true',
        '',
      ].join('\n'),
    );
  });

  it('prints an empty document as an empty mapping', () => {
    expect(printYamlSpec({}, new Map())).toBe('{}\n');
  });

  it('round-trips the full spec with its comments', () => {
    const first = parse(FULL_SPEC);
    const printed = printYamlSpec(first.ast.document, first.ast.comments);
    const second = parse(printed, 'printed.yaml');
    expect(second.diagnostics).toEqual([]);
    expect(second.ast.document).toEqual(FULL_DOCUMENT);
    expect(commentsOf(second.ast.comments)).toEqual(commentsOf(first.ast.comments));
    expect(commentsOf(first.ast.comments)).toEqual({
      '/imports': { leading: ['An online shop.'] },
      '/backend/database': { trailing: 'postgres | mysql | sqlite | mongodb' },
      '/entities/User/fields/password': { trailing: 'hashed; never in any response' },
      '': { end: ['end of spec'] },
    });
    expect(printed.endsWith('tracing: otel\n\n# end of spec\n')).toBe(true);
    expect(printed).toContain('      password: secret # hashed; never in any response\n');
  });

  it('round-trips the comment fixture', () => {
    const text = 'backend: # b\n  name: Shop # n\n  # v\n  version: "1"\n  # end b\nentities:\n  User:\n    indexes:\n      - # i\n        fields: [a]\n      -\n        # first\n        fields: [b]\n      # end i\n# end\n';
    const first = parse(text);
    const printed = printYamlSpec(first.ast.document, first.ast.comments);
    const second = parse(printed);
    expect(second.ast.document).toEqual(first.ast.document);
    expect(commentsOf(second.ast.comments)).toEqual(commentsOf(first.ast.comments));
    expect(commentsOf(first.ast.comments)['/entities/User/indexes/1/fields']).toEqual({ leading: ['first'] });
  });

  it('round-trips awkward strings exactly', () => {
    const awkward = [
      '"', "'", '*/', '${x}', ': ', 'a: b', '#', 'a #b', 'a#b', 'yes', 'no', 'on', 'null', '~', '123', '-1', '1.5', '1e3', '0x1F',
      '1.2.0', '12:30', '2024-01-01', ' leading', 'trailing ', '', '\n', 'two\nlines', 'two\nlines\n', 'ends\n\n', '\nstarts',
      '  indented\nblock', 'tab\there', 'cr\r\nlf', 'Grüße 🎉 日本', '\u2028', '\u0000\u0007', '\ufeffbom', '\ud800', '- dash', '? q',
      '[x]', '{x}', 'a, b', '&a', '*a', '!t', '|', '>', '%', '@', '`', 'role(ADMIN) or owner(customer)', 'decimal(12, 2)',
      'Order[]', '/{id}/cancel', 'https://x.example/y?z=1#frag', '<<', '=', '---', '...', 'line with trailing space \nnext',
    ];
    const doc = {
      backend: { name: 'Shop', doc: awkward.join('|') },
      imports: awkward,
      x: Object.fromEntries(awkward.map((s, i) => [s, i % 2 === 0 ? s : [s, i]])),
      y: awkward.map((s) => ({ [s]: s })),
    } as unknown as SpecDocument;
    const printed = printYamlSpec(doc, new Map());
    const r = parse(printed);
    expect(r.diagnostics).toEqual([]);
    expect(r.ast.document).toEqual(doc);
    expect(printYamlSpec(r.ast.document, r.ast.comments)).toBe(printed);
  });

  it('keeps expressions and types unquoted where yaml allows', () => {
    const doc = {
      entities: { Order: { fields: { total: { type: 'decimal(12, 2)' }, items: { type: 'OrderItem[]', doc: 'yes' } } } },
      resources: { orders: { entity: 'Order', access: { list: 'role(ADMIN) or owner(customer)' }, sort: ['createdAt desc'] } },
    } as unknown as SpecDocument;
    const printed = printYamlSpec(doc, new Map());
    expect(printed).toContain('      total: decimal(12, 2)\n');
    expect(printed).toContain('        doc: "yes"\n        type: OrderItem[]\n');
    expect(printed).toContain('      list: role(ADMIN) or owner(customer)\n');
    expect(printed).toContain('    sort: [createdAt desc]\n');
  });

  it('uses a literal block for multi-line text and ends with exactly one newline', () => {
    const printed = printYamlSpec({ backend: { name: 'Shop', doc: 'One.\nTwo.\n' } }, new Map());
    expect(printed).toBe('backend:\n  name: Shop\n  doc: |\n    One.\n    Two.\n');
    expect(printYamlSpec({ backend: { name: 'Shop', doc: 'One.\nTwo.' } }, new Map())).toContain('  doc: |-\n    One.\n    Two.\n');
  });

  it('drops a shorthand when a comment needs the long form', () => {
    const comments: CommentIndex = new Map([
      ['/entities/A/fields/f/type', { trailing: 'the type' }],
      ['/enums/E/values/0', { leading: ['first'] }],
    ]);
    const doc = { enums: { E: { values: ['X', 'Z'] } }, entities: { A: { fields: { f: { type: 'string' } } } } } as SpecDocument;
    const printed = printYamlSpec(doc, comments);
    expect(printed).toContain('      f:\n        type: string # the type\n');
    expect(printed).toContain('  E:\n    # first\n    - X\n    - Z\n');
    const r = parse(printed);
    expect(r.ast.document).toEqual(doc);
    expect(commentsOf(r.ast.comments)).toEqual(Object.fromEntries(comments));
  });

  it('keeps the long form when it holds end comments', () => {
    const text = 'enums:\n  E:\n    values: [A]\n    # end of E\nentities:\n  U:\n    fields:\n      f:\n        type: string\n        # end of f\n';
    const first = parse(text);
    const printed = printYamlSpec(first.ast.document, first.ast.comments);
    expect(printed).toBe(text.replace('entities:', '\nentities:'));
    const second = parse(printed);
    expect(commentsOf(second.ast.comments)).toEqual({ '/enums/E': { end: ['end of E'] }, '/entities/U/fields/f': { end: ['end of f'] } });
  });

  it('is idempotent', () => {
    const once = printYamlSpec(parse(FULL_SPEC).ast.document, parse(FULL_SPEC).ast.comments);
    const r = parse(once);
    expect(printYamlSpec(r.ast.document, r.ast.comments)).toBe(once);
  });

  it('round-trips random documents with random comments', () => {
    // Spec keys too, so that shorthand locations (entities/*/fields/*, enums/*) come up.
    const key = fc.constantFrom('a', 'on', 'x y', '1', '', ' k', '#', '-', 'é', 'a/b', '~0', 'c: d', 'entities', 'fields', 'enums', 'values', 'type');
    const scalar = fc.oneof(fc.constantFrom('s', 'multi\nline', 'x #y', '12', 'yes', '', null, true, 3, -1.5), fc.string({ maxLength: 6 }));
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, scalar, tie('arr'), tie('obj')),
      arr: fc.array(tie('value'), { maxLength: 4 }),
      obj: fc.dictionary(key, tie('value'), { maxKeys: 4, noNullPrototype: true }),
    }));
    const doc = fc.dictionary(key, value, { maxKeys: 5, noNullPrototype: true });
    const text = fc.string({ maxLength: 8 }).map((s) => s.replace(/[\r\n\u0085\u2028\u2029]/g, '').trimEnd());
    const plan = fc.array(fc.record({ pick: fc.nat(), kind: fc.constantFrom('leading', 'trailing', 'end'), text }), { maxLength: 8 });
    fc.assert(
      fc.property(doc, plan, (raw, steps) => {
        // Shorthands in the raw document are normalized on the first parse; compare from there.
        const d = parse(printYamlSpec(raw as SpecDocument, new Map())).ast.document;
        const entries: string[] = [];
        const collections: string[] = [''];
        const walk = (v: unknown, p: string) => {
          if (v === null || typeof v !== 'object') return;
          const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
          if (keys.length > 0 && p !== '') collections.push(p);
          for (const k of keys) {
            entries.push(childPointer(p, k));
            walk((v as Record<string, unknown>)[k], childPointer(p, k));
          }
        };
        walk(d, '');
        const comments: CommentIndex = new Map();
        for (const s of steps) {
          const list = s.kind === 'end' ? collections : entries;
          if (list.length === 0) continue;
          const pointer = list[s.pick % list.length]!;
          const c = comments.get(pointer) ?? {};
          comments.set(pointer, c);
          if (s.kind === 'trailing') c.trailing ??= s.text;
          else (c[s.kind] ??= []).push(s.text);
        }
        const printed = printYamlSpec(d as SpecDocument, comments);
        const r = parse(printed);
        expect(r.diagnostics).toEqual([]);
        expect(r.ast.document).toEqual(d);
        expect(commentsOf(r.ast.comments)).toEqual(commentsOf(comments));
        expect(printYamlSpec(r.ast.document, r.ast.comments)).toBe(printed);
      }),
      { numRuns: 400 },
    );
  });
});

describe('yaml pointers', () => {
  it('escapes `/` and `~` in keys', () => {
    const { file, ast } = parse('resources:\n  "a/b~c": { entity: X }\n');
    expect(slice(file, ast.spans.get(`/resources/${'a~1b~0c'}`)?.key)).toBe('"a/b~c"');
    expect(childPointer('/resources', 'a/b~c')).toBe('/resources/a~1b~0c');
  });
});
