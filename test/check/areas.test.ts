import { describe, expect, it } from 'vitest';
import type { SpecDocument } from '../../src/syntax/document.js';
import { checkWith, summarize } from './helpers.js';
import { shopSpec } from './fixtures.js';

function diagnose(mutate: (doc: SpecDocument) => void) {
  const r = checkWith(shopSpec, mutate);
  return summarize(r.diagnostics, r.slice);
}

describe('resource rules', () => {
  it('keeps the default page size within the maximum', () => {
    expect(diagnose((d) => { d.resources!.orders!.pagination = { style: 'cursor', default: 200, max: 100 }; })).toEqual([
      { code: 'invalid-pagination', severity: 'error', at: '200', message: 'The default page size 200 is greater than the maximum 100.' },
    ]);
  });

  it('checks access keys against operations and actions', () => {
    const diags = diagnose((d) => {
      d.resources!.customers!.access = { list: 'public', udpate: 'public', delete: 'public' };
    });
    expect(diags).toEqual([
      { code: 'unknown-resource-operation', severity: 'error', at: 'udpate', message: 'Resource `customers` has no operation or action `udpate`.' },
      { code: 'access-operation-disabled', severity: 'warning', at: 'delete', message: 'Resource `customers` does not enable `delete`, so its access rule is unused.' },
    ]);
  });

  it('requires owner(field) to identify a user', () => {
    expect(diagnose((d) => { d.resources!.orders!.access!.list = 'owner(status)'; })).toEqual([{
      code: 'owner-not-user', severity: 'error', at: 'status', message: '`owner(status)` needs `status` to be a relation to `User` or a field holding a `User` id.',
    }]);
  });

  it('type-checks attribute conditions in access rules, including user attributes', () => {
    expect(diagnose((d) => { d.resources!.orders!.access!.list = 'user.nme = note'; })).toMatchObject([
      { code: 'unknown-field', at: 'nme', message: 'Entity `User` has no field `nme`.', hint: 'Did you mean `name`?' },
    ]);
  });

  it('resolves a policy against the record of each rule that uses it', () => {
    const r = checkWith(shopSpec, (d) => { d.resources!.orders!.access!.get = 'policy(sameCustomer)'; });
    expect(r.diagnostics).toEqual([]);
    const rule = r.model!.resources.find((x) => x.name === 'orders')!.access.find((a) => a.operation === 'get')!.rule;
    expect(rule).toEqual({
      kind: 'policy', policy: 'sameCustomer',
      condition: { source: 'user.id = customer', expr: { kind: 'compare', op: '=', left: { kind: 'user', path: ['id'] }, right: { kind: 'field', path: ['customer'], columns: ['customerId'] } } },
    });
  });

  it('checks policies against each entity that uses them', () => {
    expect(diagnose((d) => { d.resources!.products!.access!.get = 'policy(sameCustomer)'; })).toMatchObject([
      { code: 'unknown-field', at: 'customer', message: 'Entity `Product` has no field `customer`.' },
    ]);
  });

  it('requires nested resources to relate to the parent and not to loop', () => {
    expect(diagnose((d) => { d.resources!.products!.parent = 'customers'; })).toMatchObject([
      { code: 'parent-without-relation', at: '"customers"', message: 'Entity `Product` has no field referring to `User`, so it cannot be nested under it.' },
    ]);
    const loop = diagnose((d) => {
      d.entities!.User!.fields.favourite = { type: 'Order?', relation: { name: 'favourite' } };
      d.resources!.customers!.parent = 'orders';
    });
    expect(loop).toMatchObject([
      { code: 'parent-cycle', at: '"orders"', message: 'Resource `customers` is nested inside itself through `parent`.' },
      { code: 'parent-cycle', at: '"customers"', message: 'Resource `orders` is nested inside itself through `parent`.' },
    ]);
  });

  it('requires search fields for search, and text ones', () => {
    expect(diagnose((d) => { d.resources!.products!.search = []; })).toMatchObject([{ code: 'search-without-fields', at: '"search"' }]);
    expect(diagnose((d) => { d.resources!.products!.search = ['price']; })).toMatchObject([{ code: 'search-field-not-text', message: 'Search field `price` has type `decimal(18, 2)`; only string, text, email and url fields can be searched.' }]);
  });

  it('parses rates and cache durations', () => {
    expect(diagnose((d) => { d.resources!.orders!.rateLimit = '100 per minute'; d.resources!.orders!.cache = '30 sec'; }).map((x) => x.code)).toEqual(['invalid-rate', 'invalid-duration']);
  });
});

describe('auth rules', () => {
  it('checks the identity fields', () => {
    const diags = diagnose((d) => {
      d.entities!.User!.fields.email!.unique = false;
      d.entities!.User!.fields.password!.type = 'string';
      d.entities!.User!.fields.role!.type = 'string';
      delete d.entities!.User!.fields.role!.default;
    });
    expect(diags.map((x) => [x.code, x.severity, x.message])).toEqual([
      ['identity-login-not-unique', 'warning', 'Login field `email` is not unique, so two users could share it; mark it `unique: true`.'],
      ['password-not-secret', 'error', 'Password field `password` has type `string`; it must be `secret` so it is hashed and never returned.'],
      ['identity-role-not-enum', 'error', 'Role field `role` must have an enum type listing the role names.'],
    ]);
  });

  it('requires declared roles to be values of the role enum', () => {
    expect(diagnose((d) => { d.auth!.roles!.AUDITOR = {}; })).toMatchObject([
      { code: 'role-not-in-enum', at: 'AUDITOR', message: 'Role `AUDITOR` is not a value of `Role`, the type of the identity\'s role field.' },
    ]);
  });

  it('takes the roles from the role enum when none are declared', () => {
    const r = checkWith(shopSpec, (d) => {
      delete d.auth!.roles;
      d.resources!.orders!.access!.update = 'role(ADMIN)';
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.model!.auth!.roles.map((x) => x.name)).toEqual(['ADMIN', 'CUSTOMER']);
  });

  it('detects inheritance cycles', () => {
    expect(diagnose((d) => { d.auth!.roles!.CUSTOMER!.inherits = ['ADMIN']; }).map((x) => x.code)).toEqual(['role-inherits-cycle', 'role-inherits-cycle']);
  });

  it('checks password, token and session settings', () => {
    const diags = diagnose((d) => {
      d.auth!.password = { minLength: 6, maxLength: 4 };
      d.auth!.jwt = { access: '7d', refresh: '1h', secret: 'hunter2' };
      d.auth!.session = { csrf: true };
      d.auth!.rateLimit = { logon: '5/minute' };
    });
    expect(diags.map((x) => [x.code, x.severity, x.at])).toEqual([
      ['invalid-range', 'error', '"7d"'],
      ['literal-environment-value', 'warning', '"hunter2"'],
      ['unknown-field', 'error', 'logon'],
      ['weak-password-policy', 'warning', '6'],
      ['invalid-range', 'error', '4'],
      ['csrf-without-session', 'warning', 'true'],
    ]);
    expect(diags[2]!.hint).toBe('Did you mean `login`?');
  });

  it('refuses security header values that cannot go on the wire', () => {
    const diags = diagnose((d) => {
      d.auth!.headers = { contentSecurityPolicy: "default-src 'self';\nscript-src 'self'", referrerPolicy: 'no-referrer' };
    });
    expect(diags.map((x) => [x.code, x.severity])).toEqual([['invalid-header-value', 'error']]);
    expect(diags[0]!.message).toContain('`contentSecurityPolicy`');
    expect(diagnose((d) => { d.auth!.headers = { referrerPolicy: 'strict-origin-when-cross-origin' }; })).toEqual([]);
  });
});

describe('CQRS and saga rules', () => {
  it('checks commands, snapshots and projections', () => {
    const diags = diagnose((d) => {
      d.aggregates!.Order!.commands!.ConfirmOrder!.emits = [];
      d.aggregates!.Order!.snapshotEvery = 0;
      d.projections!.OrderSummary!.from = ['OrderPlaced', 'OrderConfirmed', 'OrderCancelled'];
      d.aggregates!.Order!.events!.OrderConfirmed!.fields = {};
    });
    expect(diags.map((x) => [x.code, x.severity, x.at])).toEqual([
      ['command-emits-nothing', 'warning', 'ConfirmOrder'],
      ['value-out-of-range', 'error', '0'],
      ['projection-key-missing-in-event', 'warning', '"OrderConfirmed"'],
    ]);
  });

  it('requires the projection key among its fields', () => {
    expect(diagnose((d) => { d.projections!.OrderSummary!.key = 'orderID'; })).toMatchObject([{ code: 'projection-key-not-field', hint: 'Did you mean `orderId`?' }]);
  });

  it('warns about steps with side effects and no compensation, except the last', () => {
    const diags = diagnose((d) => { delete d.sagas!.Checkout!.steps[1]!.compensate; });
    expect(diags).toEqual([{
      code: 'step-without-compensation', severity: 'warning', at: '"charge"', message: 'Step `charge` has no `compensate`, so its effect stays when a later step fails.',
    }]);
    expect(diagnose((d) => { delete d.sagas!.Checkout!.steps[1]!.compensate; d.sagas!.Checkout!.onFailure = 'halt'; })).toEqual([]);
  });

  it('checks step retries and durations', () => {
    expect(diagnose((d) => { d.sagas!.Checkout!.steps[0]!.retry = 50; d.sagas!.Checkout!.steps[0]!.timeout = '5 s'; }).map((x) => x.code)).toEqual(['invalid-duration', 'value-out-of-range']);
  });
});

describe('service, query, MCP and deploy rules', () => {
  it('warns about literal service URLs and checks retries', () => {
    const diags = diagnose((d) => { d.services!.payments!.url = 'https://pay.example.com'; d.services!.payments!.retry!.count = 20; });
    expect(diags.map((x) => [x.code, x.severity, x.message])).toEqual([
      ['literal-environment-value', 'warning', 'The `url` of service `payments` is written literally; read it from the environment with `env(NAME)` so it can differ per environment and stay out of the repository.'],
      ['value-out-of-range', 'error', '`retry.count` of service `payments` must be a whole number from 0 to 10, not 20.'],
    ]);
  });

  it('types query parameters and reports conflicts and untyped ones', () => {
    expect(diagnose((d) => { d.queries!.ordersByCustomer!.where = 'total > $x and note = $x'; })).toMatchObject([
      { code: 'param-type-conflict', at: '$x', message: '`$x` is compared with both a `decimal` and a `text`; use two parameters.' },
    ]);
    expect(diagnose((d) => { d.queries!.ordersByCustomer!.where = '$a = $b'; }).map((x) => [x.code, x.at])).toEqual([['param-type-unknown', '$a'], ['param-type-unknown', '$b']]);
    expect(diagnose((d) => { d.queries!.ordersByCustomer!.where = 'status in (PENDING, SHIPED)'; })).toMatchObject([{ code: 'unknown-enum-value', at: 'SHIPED', hint: 'Did you mean `SHIPPED`?' }]);
  });

  it('allows joins through single relations in queries', () => {
    const r = checkWith(shopSpec, (d) => { d.queries!.ordersByCustomer!.where = 'customer.email = $email'; });
    expect(r.diagnostics).toEqual([]);
    expect(r.model!.queries[0]!.params).toEqual([{ name: 'email', type: { kind: 'scalar', type: 'email', list: false, optional: false } }]);
  });

  it('checks query limits', () => {
    expect(diagnose((d) => { d.queries!.ordersByCustomer!.limit = 0; })).toMatchObject([{ code: 'value-out-of-range', message: '`limit` of query `ordersByCustomer` must be a whole number of at least 1, not 0.' }]);
  });

  it('requires exactly one source per MCP tool and warns about readonly commands', () => {
    const diags = diagnose((d) => {
      d.mcp!.ShopAssistant!.tools!.both = { query: 'ordersByCustomer', command: 'CancelOrder' };
      d.mcp!.ShopAssistant!.tools!.cancelOrder!.readonly = true;
    });
    expect(diags.map((x) => [x.code, x.severity, x.at])).toEqual([
      ['readonly-command-tool', 'warning', 'true'],
      ['mcp-source-count', 'error', 'both'],
    ]);
  });

  it('matches prompt placeholders with arguments both ways, at the placeholder', () => {
    const diags = diagnose((d) => { d.mcp!.ShopAssistant!.prompts!.reviewOrder!.template = 'Review order {{orderI}} now'; });
    expect(diags).toEqual([
      { code: 'prompt-placeholder-undeclared', severity: 'error', at: '{{orderI}}', message: 'Prompt `reviewOrder` uses `{{orderI}}` but declares no argument `orderI`.', hint: 'Did you mean `orderId`?' },
      { code: 'prompt-argument-unused', severity: 'warning', at: 'orderId', message: 'Prompt `reviewOrder` declares argument `orderId` but its template never uses it.' },
    ]);
  });

  it('checks kubernetes numbers', () => {
    const diags = diagnose((d) => { d.deploy!.kubernetes = { replicas: 0, autoscale: { min: 5, max: 2 } }; });
    expect(diags.map((x) => [x.code, x.message])).toEqual([
      ['value-out-of-range', '`replicas` must be a whole number of at least 1, not 0.'],
      ['invalid-range', '`min` is greater than `max` in the kubernetes autoscale settings.'],
    ]);
  });
});
