import { describe, expect, it } from 'vitest';
import type { Entity, Field, ServiceModel } from '../../src/model/model.js';
import { check, summarize } from './helpers.js';
import { shopSpec } from './fixtures.js';

function model(): ServiceModel {
  const r = check(shopSpec());
  expect(summarize(r.diagnostics, r.slice)).toEqual([]);
  return r.model!;
}

const entity = (m: ServiceModel, name: string): Entity => m.entities.find((e) => e.name === name)!;
const field = (e: Entity, name: string): Field => e.fields.find((f) => f.name === name)!;
const relation = (m: ServiceModel, name: string) => m.relations.find((r) => r.name === name)!;

describe('checkSpec on a rich valid spec', () => {
  it('returns a model and no diagnostics', () => {
    expect(model()).toBeDefined();
  });

  it('returns plain, deterministic JSON data', () => {
    const a = model();
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(JSON.stringify(model())).toBe(JSON.stringify(a));
  });

  it('adds an implicit uuid id first when no key is declared', () => {
    const user = entity(model(), 'User');
    expect(user.primaryKey).toEqual({ fields: ['id'], composite: false, implicit: true });
    expect(user.fields[0]).toMatchObject({ kind: 'scalar', name: 'id', type: 'uuid', id: true, implicit: true, default: { kind: 'uuid' } });
  });

  it('adds timestamps and soft delete fields last', () => {
    const order = entity(model(), 'Order');
    expect(order.fields.slice(-3)).toMatchObject([
      { name: 'createdAt', type: 'datetime', implicit: true, managed: 'createdAt', default: { kind: 'now' }, optional: false },
      { name: 'updatedAt', implicit: true, managed: 'updatedAt' },
      { name: 'deletedAt', implicit: true, managed: 'deletedAt', optional: true },
    ]);
  });

  it('derives table and column names', () => {
    const m = model();
    expect(m.entities.map((e) => e.table)).toEqual(['users', 'orders', 'products', 'tags', 'order_items', 'students', 'courses', 'enrollments']);
    expect(field(entity(m, 'Order'), 'customerId')).toMatchObject({ column: 'customer_id' });
  });

  it('places each FK field right after its relation field', () => {
    const order = entity(model(), 'Order');
    expect(order.fields.map((f) => f.name).slice(0, 4)).toEqual(['id', 'customer', 'customerId', 'status']);
    expect(field(order, 'customerId')).toMatchObject({
      kind: 'scalar', type: 'uuid', implicit: true, optional: false,
      foreignKey: { relation: 'Order.customer', entity: 'User', field: 'id' },
    });
    expect(field(order, 'customer')).toMatchObject({ kind: 'relation', target: 'User', cardinality: 'manyToOne', foreignKey: ['customerId'] });
  });

  it('indexes FK columns unless a key or index already starts with them', () => {
    const m = model();
    expect(entity(m, 'User').indexes).toMatchObject([{ name: 'users_manager_id_idx', fields: [{ field: 'managerId' }], implicit: true }]);
    expect(entity(m, 'Order').indexes.map((i) => [i.name, i.implicit])).toEqual([['orders_customer_id_status_idx', false], ['orders_created_at_idx', false]]);
    expect(entity(m, 'OrderItem').indexes.map((i) => i.name)).toEqual(['order_items_product_sku_idx']);
  });

  it('resolves partial index conditions and checks', () => {
    const order = entity(model(), 'Order');
    expect(order.indexes[1]).toMatchObject({
      fields: [{ field: 'createdAt', direction: 'desc' }],
      where: { source: 'status = PENDING', expr: { kind: 'compare', op: '=', left: { kind: 'field', path: ['status'] }, right: { kind: 'enumValue', enum: 'OrderStatus', value: 'PENDING' } } },
    });
    expect(order.checks).toMatchObject([{ name: 'orders_total_check', field: 'total', condition: { source: 'total >= 0' } }]);
    expect(entity(model(), 'OrderItem').checks).toMatchObject([{ name: 'order_items_check1', condition: { source: 'quantity <= 1000' } }]);
  });

  it('expands relations in a composite key to their FK fields', () => {
    const item = entity(model(), 'OrderItem');
    expect(item.primaryKey).toEqual({ fields: ['orderId', 'productSku'], composite: true, implicit: false });
    expect(field(item, 'productSku')).toMatchObject({ type: 'string', id: true, foreignKey: { entity: 'Product', field: 'sku' } });
  });

  it('applies field defaults and decimal precision', () => {
    const m = model();
    expect(field(entity(m, 'User'), 'role')).toMatchObject({ kind: 'enum', enum: 'Role', default: { kind: 'enum', enum: 'Role', value: 'CUSTOMER' } });
    expect(field(entity(m, 'Order'), 'total')).toMatchObject({ type: 'decimal', precision: 12, scale: 2 });
    expect(field(entity(m, 'Product'), 'price')).toMatchObject({ type: 'decimal', precision: 18, scale: 2 });
    expect(field(entity(m, 'User'), 'name')).toMatchObject({ constraints: { minLength: 1, maxLength: 100 } });
  });

  it('resolves a many-to-one relation with its inverse and referential actions', () => {
    const m = model();
    expect(relation(m, 'Order.customer')).toMatchObject({
      kind: 'manyToOne', owner: { entity: 'Order', field: 'customer' }, inverse: { entity: 'User', field: 'orders' }, selfRelation: false,
      foreignKey: { fields: ['customerId'], references: { entity: 'User', fields: ['id'] }, optional: false, unique: false },
      onDelete: 'cascade', onUpdate: 'cascade',
    });
    expect(relation(m, 'OrderItem.order')).toMatchObject({ onDelete: 'restrict' });
    expect(field(entity(m, 'User'), 'orders')).toMatchObject({ cardinality: 'oneToMany', relation: 'Order.customer', foreignKey: [] });
  });

  it('pairs a self-relation and defaults an optional FK to setNull', () => {
    expect(relation(model(), 'User.manager')).toMatchObject({
      kind: 'manyToOne', selfRelation: true, inverse: { entity: 'User', field: 'reports' }, foreignKey: { fields: ['managerId'], optional: true }, onDelete: 'setNull',
    });
  });

  it('gives implicit many-to-many relations a join table', () => {
    const m = model();
    expect(relation(m, 'Product.tags')).toMatchObject({
      kind: 'manyToMany', inverse: { entity: 'Tag', field: 'products' },
      join: { kind: 'table', table: 'product_tags', ownerColumn: 'product_sku', targetColumn: 'tag_id' }, onDelete: 'cascade',
    });
    expect(relation(m, 'follows')).toMatchObject({
      kind: 'manyToMany', selfRelation: true, owner: { field: 'followers' }, inverse: { field: 'following' },
      join: { kind: 'table', table: 'user_followers', ownerColumn: 'user_id', targetColumn: 'follower_id' },
    });
  });

  it('uses an explicit through entity for many-to-many', () => {
    expect(relation(model(), 'Student.courses')).toMatchObject({
      kind: 'manyToMany', join: { kind: 'entity', entity: 'Enrollment', ownerField: 'student', targetField: 'course' },
    });
  });

  it('nests a resource path under its parent with the FK as parameter', () => {
    const orders = model().resources.find((r) => r.name === 'orders')!;
    expect(orders.path).toBe('/customers/{customerId}/orders');
    expect(orders.parent).toEqual({ resource: 'customers', field: 'customer', foreignKey: ['customerId'] });
    expect(orders.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /customers/{customerId}/orders',
      'GET /customers/{customerId}/orders/{id}',
      'POST /customers/{customerId}/orders',
      'PATCH /customers/{customerId}/orders/{id}',
      'DELETE /customers/{customerId}/orders/{id}',
      'POST /customers/{customerId}/orders/{id}/cancel',
    ]);
  });

  it('applies resource defaults', () => {
    const orders = model().resources.find((r) => r.name === 'orders')!;
    expect(orders).toMatchObject({
      operations: ['list', 'get', 'create', 'update', 'delete'],
      pagination: { style: 'cursor', default: 20, max: 100 },
      expose: ['rest', 'graphql'],
      rateLimit: { count: 100, perSeconds: 60 },
      cacheMs: 30_000,
      filter: [{ field: 'status' }, { field: 'customer', foreignKey: ['customerId'] }, { field: 'createdAt' }],
      sort: [{ field: 'createdAt', direction: 'desc' }],
    });
    expect(orders.access.find((a) => a.operation === 'get')).toEqual({ operation: 'get', rule: { kind: 'authenticated' }, implicit: true });
  });

  it('parses access rules into trees', () => {
    const orders = model().resources.find((r) => r.name === 'orders')!;
    const rule = (op: string) => orders.access.find((a) => a.operation === op)!.rule;
    expect(rule('list')).toEqual({ kind: 'or', rules: [{ kind: 'role', roles: ['ADMIN'] }, { kind: 'owner', field: 'customer', columns: ['customerId'] }] });
    expect(rule('update')).toEqual({ kind: 'permission', permission: 'orders.write' });
    expect(rule('cancel')).toMatchObject({ kind: 'and', rules: [{ kind: 'owner' }, { kind: 'condition', condition: { source: 'status = PENDING' } }] });
  });

  it('normalizes auth with production defaults', () => {
    const auth = model().auth!;
    expect(auth.methods.jwt).toEqual({ accessMs: 900_000, refreshMs: 604_800_000, rotate: true, algorithm: 'HS256', secret: { kind: 'env', name: 'JWT_SECRET' } });
    expect(auth.password).toEqual({ hash: 'argon2id', minLength: 12, maxLength: 128, require: [], history: 0 });
    expect(auth.lockout).toEqual({ attempts: 5, durationMs: 900_000 });
    expect(auth.rateLimits[0]).toEqual({ endpoint: 'login', limit: { count: 10, perSeconds: 60 } });
    expect(auth.roles.find((r) => r.name === 'ADMIN')?.allPermissions).toEqual(['orders.read', 'orders.write']);
    expect(auth.admin).toEqual({ role: 'ADMIN', audit: true });
    expect(auth.headers.hsts).toBe(true);
  });

  it('types query parameters from the fields they are compared with', () => {
    expect(model().queries[0]!.params).toEqual([
      { name: 'customer', type: { kind: 'scalar', type: 'uuid', list: false, optional: false } },
      { name: 'statuses', type: { kind: 'enum', enum: 'OrderStatus', list: true, optional: false } },
    ]);
  });

  it('resolves saga steps and service defaults', () => {
    const m = model();
    expect(m.sagas[0]).toMatchObject({ trigger: { kind: 'event', name: 'OrderPlaced' }, onFailure: 'compensate' });
    expect(m.sagas[0]!.steps.map((s) => s.do)).toEqual([
      { kind: 'service', service: 'inventory', operation: 'reserve' },
      { kind: 'service', service: 'payments', operation: 'charge' },
      { kind: 'command', aggregate: 'Order', command: 'ConfirmOrder' },
    ]);
    expect(m.sagas[0]!.steps[0]).toMatchObject({ timeoutMs: 5000, retry: 3 });
    const inventory = m.services.find((s) => s.name === 'inventory')!;
    expect(inventory).toMatchObject({ timeoutMs: 5000, retry: { count: 0 }, breaker: { failures: 5, resetMs: 30_000 }, fallback: 'fail' });
    expect(inventory.operations[0]).toMatchObject({ method: 'POST', path: '/reserve' });
  });

  it('defaults MCP tool readonly flags and resource URIs', () => {
    const server = model().mcpServers[0]!;
    expect(server.tools.map((t) => [t.name, t.readonly])).toEqual([['findOrders', true], ['cancelOrder', false], ['listOrders', true]]);
    expect(server.tools[1]!.source).toEqual({ kind: 'command', aggregate: 'Order', command: 'CancelOrder' });
    expect(server.resources[0]!.uri).toBe('shop-assistant://orderSchema');
  });

  it('applies deploy and command access defaults', () => {
    const m = model();
    expect(m.deploy.kubernetes).toEqual({ replicas: 3, namespace: 'default', autoscale: { min: 3, max: 10, cpu: 70 } });
    expect(m.deploy.docker.port).toBe(3000);
    expect(m.aggregates[0]!.commands[0]!.access).toEqual({ kind: 'authenticated' });
  });

  it('keeps the origin of each item', () => {
    const r = check(shopSpec());
    const order = r.model!.entities.find((e) => e.name === 'Order')!;
    expect(r.text.slice(order.origin.start, order.origin.start + 8)).toBe('"Order":');
  });
});
