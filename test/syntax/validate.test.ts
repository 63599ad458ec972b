import { describe, expect, it } from 'vitest';
import { createSpan, type Span } from '../../src/core/span.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { schemaDiagnostics } from '../../src/diagnostics/codes/schema.js';
import type { NodeSpans, SpanIndex } from '../../src/syntax/ast.js';
import type { SpecDocument } from '../../src/syntax/document.js';
import { backendSchema, validateDocument } from '../../src/syntax/validate.js';

const FILE = 'backend.yaml';

/**
 * A fake span index: each pointer gets a distinct range, the key first and the
 * value right after it, so tests can tell which one a diagnostic points at.
 */
function spansFor(pointers: readonly string[], options: { keyless?: readonly string[] } = {}): SpanIndex {
  const index: SpanIndex = new Map();
  pointers.forEach((p, i) => {
    const start = i * 100;
    const key = createSpan(FILE, start, start + 10);
    const value = createSpan(FILE, start + 20, start + 30);
    const entry: NodeSpans = options.keyless?.includes(p)
      ? { span: value, value }
      : { span: createSpan(FILE, start, start + 30), key, value };
    index.set(p, entry);
  });
  return index;
}

function keyOf(spans: SpanIndex, pointer: string): Span | undefined {
  return spans.get(pointer)?.key;
}

function valueOf(spans: SpanIndex, pointer: string): Span | undefined {
  return spans.get(pointer)?.value;
}

function validate(document: unknown, spans: SpanIndex = new Map()): Diagnostic[] {
  return validateDocument(document, spans, FILE);
}

/** A document that uses every section and property of SpecDocument. */
const fullDocument: SpecDocument = {
  imports: ['shared/types.yaml'],
  backend: {
    name: 'Shop', doc: 'An online shop.', version: '1.2.0', database: 'postgres', api: ['rest', 'graphql', 'grpc'],
    targets: ['openapi', 'sql-postgres'], output: 'generated', templates: 'templates',
  },
  enums: {
    Role: { values: ['ADMIN', 'CUSTOMER'] },
    OrderStatus: { doc: 'Where an order is.', values: ['PENDING', { name: 'PAID', doc: 'Payment received.' }] },
  },
  entities: {
    User: {
      doc: 'A person.', table: 'users',
      fields: {
        id: { type: 'uuid', id: true, default: 'uuid()' },
        email: { type: 'email', unique: true, pattern: '^.+@.+$', minLength: 3, maxLength: 320, column: 'email_address' },
        age: { type: 'int?', min: 0, max: 150, check: 'age >= 0' },
        active: { type: 'boolean', default: true },
        score: { type: 'decimal(12, 2)', default: 0.5, doc: 'Loyalty score.' },
        role: { type: 'Role', default: 'CUSTOMER', renamedFrom: 'kind' },
        manager: { type: 'User?', relation: { name: 'Reports', onDelete: 'setNull', onUpdate: 'cascade', through: 'Team' } },
      },
      id: ['id'], timestamps: true, softDelete: true,
      indexes: [{ fields: ['email', 'age desc'], unique: true, where: 'active = true', name: 'users_email' }],
      checks: ['age < 200'],
    },
  },
  resources: {
    users: {
      doc: 'Users.', entity: 'User', path: '/users', operations: ['list', 'get', 'create', 'update', 'delete', 'search'],
      pagination: { style: 'cursor', default: 20, max: 100 }, filter: ['role', 'active'], sort: ['email asc', 'age'],
      search: ['email'], access: { list: 'authenticated', ban: 'role(ADMIN)' }, rateLimit: '100/minute', cache: '30s',
      expose: ['rest'], parent: 'teams',
      actions: {
        ban: { doc: 'Ban a user.', method: 'POST', path: '/{id}/ban', on: 'item', input: { reason: { type: 'string' } }, output: 'User' },
      },
    },
  },
  auth: {
    identity: { entity: 'User', login: ['email'], password: 'password', role: 'role' },
    jwt: { access: '15m', refresh: '7d', rotate: true, algorithm: 'EdDSA', issuer: 'shop', audience: 'shop-api', secret: 'env(JWT_SECRET)' },
    session: { cookie: 'sid', ttl: '1d', sameSite: 'lax', secure: true, csrf: true },
    apiKey: { header: 'X-Api-Key', prefix: 'shop_' },
    oauth2: {
      google: {
        clientId: 'env(GOOGLE_ID)', clientSecret: 'env(GOOGLE_SECRET)', issuer: 'https://accounts.google.com',
        authorizeUrl: 'https://accounts.google.com/o/oauth2/auth', tokenUrl: 'https://oauth2.googleapis.com/token', scopes: ['openid', 'email'],
      },
    },
    password: { hash: 'argon2id', minLength: 12, maxLength: 128, require: ['upper', 'lower', 'digit', 'symbol'], history: 5 },
    lockout: { attempts: 5, duration: '30m' },
    mfa: { method: 'totp', required: false },
    rateLimit: { login: '5/minute', register: '10/hour', refresh: '60/minute', passwordReset: '3/hour', mfa: '5/minute' },
    roles: { ADMIN: { doc: 'Staff.', permissions: ['orders.read'], inherits: ['CUSTOMER'] }, CUSTOMER: {} },
    policies: { ownOrders: 'owner(customer)' },
    admin: { role: 'ADMIN', audit: true },
    cors: { origins: ['https://shop.example.com'], credentials: true, maxAge: '1h' },
    headers: { hsts: true, contentSecurityPolicy: "default-src 'self'", frameOptions: 'deny', referrerPolicy: 'no-referrer', noSniff: true },
  },
  aggregates: {
    Order: {
      doc: 'An order.', entity: 'User', snapshotEvery: 100,
      commands: { PlaceOrder: { doc: 'Place it.', input: { total: { type: 'decimal(12, 2)' } }, emits: ['OrderPlaced'], access: 'authenticated' } },
      events: { OrderPlaced: { doc: 'Placed.', fields: { total: { type: 'decimal(12, 2)' } } } },
    },
  },
  projections: { OrderSummary: { doc: 'Totals.', from: ['OrderPlaced'], key: 'orderId', fields: { total: { type: 'decimal' } } } },
  sagas: {
    Checkout: {
      doc: 'Checkout.', on: 'OrderPlaced', onFailure: 'compensate', timeout: '1h',
      steps: [{ name: 'reserve', doc: 'Reserve stock.', do: 'inventory.reserve', compensate: 'inventory.release', timeout: '5s', retry: 3 }],
    },
  },
  services: {
    payments: {
      doc: 'Payments.', url: 'env(PAYMENTS_URL)', timeout: '2s', fallback: 'cache',
      retry: { count: 3, backoff: 'exponential', delay: '100ms', jitter: true },
      breaker: { failures: 5, reset: '30s' },
      operations: { charge: { doc: 'Charge.', method: 'POST', path: '/charges', input: { amount: { type: 'decimal(12, 2)' } }, output: 'string' } },
    },
  },
  queries: { recent: { doc: 'Recent orders.', entity: 'User', where: 'role = $role', orderBy: ['email desc'], limit: 50 } },
  mcp: {
    ShopAssistant: {
      doc: 'Assistant.', transport: 'http', path: '/mcp',
      tools: {
        findOrders: { doc: 'Find.', query: 'recent', readonly: true },
        placeOrder: { command: 'PlaceOrder' },
        listUsers: { operation: 'users.list' },
      },
      resources: { userSchema: { doc: 'Users.', entity: 'User', uri: 'shop://users' }, recentOrders: { query: 'recent' } },
      prompts: { review: { doc: 'Review.', template: 'Review order {{orderId}}', arguments: { orderId: { type: 'uuid' } } } },
    },
  },
  deploy: {
    docker: { base: 'node:20-bookworm-slim', user: 'node', port: 3000 },
    compose: ['postgres', 'mysql', 'redis', 'rabbitmq', 'nats', 'mongodb'],
    kubernetes: { replicas: 3, namespace: 'shop', autoscale: { min: 2, max: 10, cpu: 70 } },
    observability: { logs: 'json', metrics: 'prometheus', tracing: 'otel' },
  },
};

describe('validateDocument', () => {
  it('accepts a document that uses every section', () => {
    expect(validate(fullDocument)).toEqual([]);
  });

  it('accepts an empty document and a minimal backend', () => {
    expect(validate({})).toEqual([]);
    expect(validate({ backend: { name: 'Shop' } })).toEqual([]);
  });

  it('accepts a field given as its type and an enum given as a list of names', () => {
    const doc = {
      enums: { Role: ['ADMIN', 'CUSTOMER'], Status: ['OPEN', { name: 'CLOSED', doc: 'Done.' }] },
      entities: { User: { fields: { email: 'email', role: 'Role', tags: 'string[]' } } },
      aggregates: { Order: { commands: { Cancel: { input: { reason: 'string' }, emits: ['Cancelled'] } } } },
    };
    expect(validate(doc)).toEqual([]);
  });

  it('reports an unknown property at its key with a did-you-mean hint', () => {
    const p = '/entities/User/fields/email/uniqe';
    const spans = spansFor(['/entities/User', '/entities/User/fields/email', p]);
    const [d, ...rest] = validate({ entities: { User: { fields: { email: { type: 'email', uniqe: true } } } } }, spans);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'unknown-property',
      severity: 'error',
      message: 'Unknown property `uniqe` in field `email` of entity `User`.',
      hint: 'Did you mean `unique`?',
    });
    expect(d!.span).toEqual(keyOf(spans, p));
  });

  it('lists the allowed properties when no name is close', () => {
    const [d] = validate({ queries: { recent: { entity: 'Order', colour: 'red' } } });
    expect(d!.message).toBe('Unknown property `colour` in query `recent`.');
    expect(d!.hint).toBe('Properties allowed here: `doc`, `entity`, `where`, `orderBy`, `limit`.');
  });

  it('suggests a top-level section for a misspelled one', () => {
    const [d] = validate({ entites: {} });
    expect(d).toMatchObject({ code: 'unknown-property', message: 'Unknown property `entites` in the spec.', hint: 'Did you mean `entities`?' });
  });

  it('reports a value outside an enum at the value with a did-you-mean hint', () => {
    const spans = spansFor(['/backend', '/backend/name', '/backend/database']);
    const [d, ...rest] = validate({ backend: { name: 'Shop', database: 'postgress' } }, spans);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'invalid-value',
      message: '`database` in the `backend` section must be one of `postgres`, `mysql`, `sqlite`, `mongodb`; found `postgress`.',
      hint: 'Did you mean `postgres`?',
    });
    expect(d!.span).toEqual(valueOf(spans, '/backend/database'));
  });

  it('reports an invalid item of an enum list by its position', () => {
    const [d] = validate({ backend: { name: 'Shop', api: ['rest', 'graphq'] } });
    expect(d!.message).toBe('Item 2 of `api` in the `backend` section must be one of `rest`, `graphql`, `grpc`; found `graphq`.');
    expect(d!.hint).toBe('Did you mean `graphql`?');
  });

  it('explains a bad duration and suggests the canonical spelling', () => {
    const spans = spansFor(['/services/payments', '/services/payments/timeout']);
    const [d] = validate({ services: { payments: { url: 'env(PAYMENTS_URL)', timeout: '5 minutes' } } }, spans);
    expect(d).toMatchObject({
      code: 'invalid-format',
      message: '`timeout` of service `payments` must be a duration such as `30s`, `5m` or `500ms`; found `5 minutes`.',
      hint: 'Did you mean `5m`?',
    });
    expect(d!.span).toEqual(valueOf(spans, '/services/payments/timeout'));
  });

  it('explains a bad rate', () => {
    const [d] = validate({ resources: { orders: { entity: 'Order', rateLimit: '100 per minute' } } });
    expect(d).toMatchObject({
      code: 'invalid-format',
      message: '`rateLimit` of resource `orders` must be a rate such as `100/minute`; found `100 per minute`.',
      hint: 'Did you mean `100/minute`?',
    });
  });

  it('explains a bad name in a list of field names', () => {
    const [d] = validate({ resources: { orders: { entity: 'Order', filter: ['status', 'created at'] } } });
    expect(d).toMatchObject({
      code: 'invalid-format',
      message: 'Item 2 of `filter` of resource `orders` must be a name; found `created at`.',
      hint: 'Use letters, digits and `_`, not starting with a digit.',
    });
  });

  it('describes saga steps by their position', () => {
    const [d] = validate({ sagas: { Checkout: { on: 'OrderPlaced', steps: [{ name: 'a', do: 'x.y' }, { name: 'b', do: 'charge' }] } } });
    expect(d!.message).toBe('`do` of step 2 of saga `Checkout` must be two names joined by a dot, such as `payments.charge`; found `charge`.');
  });

  it('reports a missing property at the owner key with what to add', () => {
    const spans = spansFor(['/entities', '/entities/User', '/entities/User/doc']);
    const [d, ...rest] = validate({ entities: { User: { doc: 'A person.' } } }, spans);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'missing-property', message: 'Entity `User` is missing `fields`.', hint: "Add `fields`: the entity's fields, by name." });
    expect(d!.span).toEqual(keyOf(spans, '/entities/User'));
  });

  it('reports several missing properties of one owner in one diagnostic', () => {
    const spans = spansFor(['/sagas/Checkout'], { keyless: [] });
    const ds = validate({ sagas: { Checkout: {} } }, spans);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.message).toBe('Saga `Checkout` is missing `on` and `steps`.');
  });

  it('uses the whole span of a list item that has no key', () => {
    const p = '/sagas/Checkout/steps/0';
    const spans = spansFor([p], { keyless: [p] });
    const [d] = validate({ sagas: { Checkout: { on: 'OrderPlaced', steps: [{ do: 'a.b' }] } } }, spans);
    expect(d!.message).toBe('Step 1 of saga `Checkout` is missing `name`.');
    expect(d!.span).toEqual(spans.get(p)!.span);
  });

  it('reports a wrong type in words', () => {
    const [d] = validate({ queries: { recent: { entity: 'Order', limit: 'ten' } } });
    expect(d).toMatchObject({ code: 'wrong-type', message: '`limit` of query `recent` must be a whole number; found the text `ten`.' });
  });

  it('suggests quotes for a number where text is expected', () => {
    const [d] = validate({ backend: { name: 'Shop', version: 1.2 } });
    expect(d).toMatchObject({
      code: 'wrong-type',
      message: '`version` in the `backend` section must be text; found the number `1.2`.',
      hint: 'Put the value in quotes: `"1.2"`.',
    });
  });

  it('reports only the type when an enum value has the wrong type', () => {
    const ds = validate({ backend: { name: 'Shop', database: 5 } });
    expect(ds.map((d) => d.code)).toEqual(['wrong-type']);
    expect(ds[0]!.message).toBe('`database` in the `backend` section must be one of `postgres`, `mysql`, `sqlite`, `mongodb`; found the number `5`.');
  });

  it('reports the errors of the object form when a field is a block', () => {
    const ds = validate({ entities: { User: { fields: { email: { type: 'email', unique: 'yes' } } } } });
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'wrong-type', message: '`unique` of field `email` of entity `User` must be `true` or `false`; found the text `yes`.' });
  });

  it('reports the errors of the text form when a field is a type string', () => {
    const ds = validate({ entities: { User: { fields: { email: '' } } } });
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'out-of-range', message: 'Field `email` of entity `User` must not be empty.' });
  });

  it('reports one type error when a field matches neither form', () => {
    const spans = spansFor(['/entities/User/fields/age']);
    const ds = validate({ entities: { User: { fields: { age: 42 } } } }, spans);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      code: 'wrong-type',
      message: 'Field `age` of entity `User` must be a type such as `string` or a block of field properties; found the number `42`.',
    });
    expect(ds[0]!.span).toEqual(valueOf(spans, '/entities/User/fields/age'));
  });

  it('picks the list form of an enum and reports its bad item', () => {
    const ds = validate({ enums: { Role: ['ADMIN', 'super-user'] } });
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'invalid-format', message: 'Value 2 of enum `Role` must be a name; found `super-user`.' });
  });

  it('picks the block form of an enum and reports its unknown property', () => {
    const ds = validate({ enums: { Role: { values: ['ADMIN'], value: [] } } });
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'unknown-property', message: 'Unknown property `value` in enum `Role`.', hint: 'Did you mean `values`?' });
  });

  it('asks for one of the tool sources when none is given', () => {
    const spans = spansFor(['/mcp/Shop/tools/find']);
    const ds = validate({ mcp: { Shop: { transport: 'stdio', tools: { find: { readonly: true } } } } }, spans);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ code: 'missing-property', message: 'Tool `find` of MCP server `Shop` needs one of `query`, `command` or `operation`.' });
    expect(ds[0]!.span).toEqual(keyOf(spans, '/mcp/Shop/tools/find'));
  });

  it('rejects a tool with two sources in one diagnostic', () => {
    const ds = validate({ mcp: { Shop: { transport: 'stdio', tools: { find: { query: 'recent', command: 'Cancel' } } } } });
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      code: 'conflicting-properties',
      message: 'Tool `find` of MCP server `Shop` must have only one of `query`, `command` or `operation`; found `query` and `command`.',
    });
  });

  it('rejects an invalid declared name at its key', () => {
    const spans = spansFor(['/entities/order-item']);
    const [d] = validate({ entities: { 'order-item': { fields: {} } } }, spans);
    expect(d).toMatchObject({ code: 'invalid-name', message: '`order-item` is not a valid entity name.' });
    expect(d!.span).toEqual(keyOf(spans, '/entities/order-item'));
  });

  it('reports numbers below their minimum', () => {
    const [d] = validate({ resources: { orders: { entity: 'Order', pagination: { style: 'cursor', max: 0 } } } });
    expect(d).toMatchObject({ code: 'out-of-range', message: '`max` of the `pagination` of resource `orders` must be at least 1; found `0`.' });
  });

  it('reports an empty list that needs items', () => {
    const [d] = validate({ auth: { cors: { origins: [] } } });
    expect(d).toMatchObject({ code: 'out-of-range', message: '`origins` in the `auth.cors` section must list at least one item; found an empty list.' });
  });

  it('reports a repeated list item at the repetition', () => {
    const spans = spansFor(['/resources/orders/operations', '/resources/orders/operations/2']);
    const [d] = validate({ resources: { orders: { entity: 'Order', operations: ['list', 'get', 'list'] } } }, spans);
    expect(d).toMatchObject({ code: 'duplicate-item', message: '`operations` of resource `orders` lists `list` more than once.' });
    expect(d!.span).toEqual(valueOf(spans, '/resources/orders/operations/2'));
  });

  it('falls back to the nearest known node, then to the start of the file', () => {
    const spans = spansFor(['/auth']);
    const [near] = validate({ auth: { jwt: { access: 'soon' } } }, spans);
    expect(near!.span).toEqual(keyOf(spans, '/auth'));
    const [none] = validate({ auth: { jwt: { access: 'soon' } } });
    expect(none!.span).toEqual(createSpan(FILE, 0, 0));
  });

  it('reports a document that is not an object', () => {
    const [d] = validate(['entities']);
    expect(d).toMatchObject({ code: 'wrong-type', message: 'The spec must be a block of properties; found a list.' });
  });

  it('never reports the same place and problem twice', () => {
    const ds = validate({ backend: { name: 'Shop', api: ['rest', 'rest', 'rest'] } });
    expect(ds.filter((d) => d.code === 'duplicate-item').length).toBeLessThanOrEqual(2);
    const keys = ds.map((d) => `${d.span?.start}|${d.code}|${d.message}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never lets Ajv wording through', () => {
    const bad: unknown[] = [
      { entites: {}, backend: { nam: 'x', database: 'oracle', api: 'rest' } },
      { entities: { User: { fields: { a: 1, b: { type: 'x', relation: { onDelete: 'boom' } } }, indexes: [{}] } } },
      { enums: { A: 5, B: [], C: [{ doc: 'x' }] }, resources: { r: { operations: ['list', 'list'], pagination: {} } } },
      { mcp: { S: { tools: { t: { query: 'a', operation: 'b' } }, resources: { r: {} } } }, deploy: { docker: { port: 70000 } } },
      { auth: { lockout: { attempts: -1, duration: 5 }, rateLimit: { login: 'lots' } }, sagas: { S: { steps: 'x' } } },
      null,
      'entities',
    ];
    const ajvWords = /must NOT|must have required|must have more|must have fewer|must match|must be (string|object|array|integer|number|boolean|equal|>=|<=)|additional properties|anyOf|oneOf|allowedValues|schema|pattern "|\^\[/;
    for (const doc of bad) {
      const ds = validate(doc);
      expect(ds.length).toBeGreaterThan(0);
      for (const d of ds) {
        expect(d.message).not.toMatch(ajvWords);
        if (d.hint) expect(d.hint).not.toMatch(ajvWords);
        expect(d.message).toMatch(/[.?]$/);
        expect(d.severity).toBe('error');
      }
    }
  });
});

describe('schema diagnostics registry', () => {
  it('documents every code', () => {
    for (const [code, def] of Object.entries(schemaDiagnostics)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(def.summary.length).toBeGreaterThan(0);
      expect(def.example.length).toBeGreaterThan(0);
      expect(def.fix.length).toBeGreaterThan(0);
    }
  });
});

describe('backend.schema.json', () => {
  type Node = Record<string, any>;
  function objects(node: unknown, pointer: string, out: [string, Node][]): [string, Node][] {
    if (node && typeof node === 'object') {
      if (!Array.isArray(node)) out.push([pointer, node as Node]);
      for (const [k, v] of Object.entries(node)) objects(v, `${pointer}/${k}`, out);
    }
    return out;
  }

  it('describes every property', () => {
    const missing = objects(backendSchema, '', [])
      .filter(([, n]) => n.properties && typeof n.properties === 'object')
      .flatMap(([p, n]) => Object.entries(n.properties as Node).filter(([, v]) => !v.description).map(([k]) => `${p}/${k}`));
    expect(missing).toEqual([]);
  });

  it('closes every object that lists its properties', () => {
    const open = objects(backendSchema, '', []).filter(([, n]) => n.properties && n.additionalProperties !== false).map(([p]) => p);
    expect(open).toEqual([]);
  });
});
