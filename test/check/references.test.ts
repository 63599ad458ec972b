import { describe, expect, it } from 'vitest';
import type { SpecDocument } from '../../src/syntax/document.js';
import { checkSpec } from '../../src/check/index.js';
import { checkWith, spanned, summarize } from './helpers.js';
import { shopSpec } from './fixtures.js';

/** The diagnostics of the shop spec after `mutate`, summarized (code, message, text pointed at, hint). */
function diagnose(mutate: (doc: SpecDocument) => void) {
  const r = checkWith(shopSpec, mutate);
  return { model: r.model, diags: summarize(r.diagnostics, r.slice) };
}

describe('reference errors', () => {
  it('reports an unknown field type at the name, with a hint, and no follow-on errors', () => {
    const { model, diags } = diagnose((d) => { d.entities!.Order!.fields.status!.type = 'OrderStatsu'; });
    expect(model).toBeUndefined();
    expect(diags).toEqual([{
      code: 'unknown-type', severity: 'error', at: 'OrderStatsu', hint: 'Did you mean `OrderStatus`?',
      message: 'Unknown type `OrderStatsu`; it is not a built-in type, an enum or an entity.',
    }]);
  });

  it('suggests the scalar for a wrongly capitalized built-in type', () => {
    const { diags } = diagnose((d) => { d.entities!.Order!.fields.note!.type = 'Text?'; });
    expect(diags).toMatchObject([{ code: 'unknown-type', at: 'Text', hint: 'Did you mean `text`?' }]);
  });

  it('reports an unknown resource entity without cascading into its fields and rules', () => {
    const { diags } = diagnose((d) => { d.resources!.orders!.entity = 'Ordr'; });
    expect(diags).toEqual([{ code: 'unknown-entity', severity: 'error', message: 'Unknown entity `Ordr`.', at: '"Ordr"', hint: 'Did you mean `Order`?' }]);
  });

  it('reports an unknown filter field', () => {
    const { diags } = diagnose((d) => { d.resources!.orders!.filter = ['stauts']; });
    expect(diags).toEqual([{ code: 'unknown-field', severity: 'error', message: 'Entity `Order` has no field `stauts`.', at: '"stauts"', hint: 'Did you mean `status`?' }]);
  });

  it('points at the exact token of an unknown field inside a query condition', () => {
    const { diags } = diagnose((d) => { d.queries!.ordersByCustomer!.where = 'custmer = $customer and status in $statuses'; });
    expect(diags).toEqual([{ code: 'unknown-field', severity: 'error', message: 'Entity `Order` has no field `custmer`.', at: 'custmer', hint: 'Did you mean `customer`?' }]);
  });

  it('points at the exact token of an unknown enum value in a condition', () => {
    const { diags } = diagnose((d) => { d.entities!.Order!.indexes![1]!.where = 'status = PENDNG'; });
    expect(diags).toMatchObject([{ code: 'unknown-enum-value', message: 'Enum `OrderStatus` has no value `PENDNG`.', at: 'PENDNG', hint: 'Did you mean `PENDING`?' }]);
  });

  it('checks enum defaults against the enum', () => {
    const { diags } = diagnose((d) => { d.entities!.Order!.fields.status!.default = 'PENDNG'; });
    expect(diags).toMatchObject([{ code: 'unknown-enum-value', at: '"PENDNG"', hint: 'Did you mean `PENDING`?' }]);
  });

  it('resolves roles, permissions and policies in access rules at their tokens', () => {
    const { diags } = diagnose((d) => {
      d.resources!.orders!.access = { list: 'role(ADMN)', update: 'permission(orders.wirte)', get: 'policy(sameCustomr)' };
    });
    expect(diags).toEqual([
      { code: 'unknown-role', severity: 'error', message: 'Unknown role `ADMN`.', at: 'ADMN', hint: 'Did you mean `ADMIN`?' },
      { code: 'unknown-permission', severity: 'error', message: 'No role grants the permission `orders.wirte`.', at: 'orders.wirte', hint: 'Did you mean `orders.write`?' },
      { code: 'unknown-policy', severity: 'error', message: 'Unknown policy `sameCustomr`.', at: 'sameCustomr', hint: 'Did you mean `sameCustomer`?' },
    ]);
  });

  it('resolves owner(field) against the resource entity', () => {
    const { diags } = diagnose((d) => { d.resources!.orders!.access!.list = 'owner(custmer)'; });
    expect(diags).toMatchObject([{ code: 'unknown-field', at: 'custmer', hint: 'Did you mean `customer`?' }]);
  });

  it('reports unknown role inheritance and admin role', () => {
    const { diags } = diagnose((d) => {
      d.auth!.roles!.ADMIN!.inherits = ['CUSTOMR'];
      d.auth!.admin!.role = 'ADMINS';
    });
    expect(diags.map((x) => [x.code, x.at, x.hint])).toEqual([
      ['unknown-role', '"CUSTOMR"', 'Did you mean `CUSTOMER`?'],
      ['unknown-role', '"ADMINS"', 'Did you mean `ADMIN`?'],
    ]);
  });

  it('reports unknown events in emits and projections', () => {
    const { diags } = diagnose((d) => {
      d.aggregates!.Order!.commands!.PlaceOrder!.emits = ['OrderPlacd'];
      d.projections!.OrderSummary!.from = ['OrderPlaced', 'OrderCancled'];
    });
    expect(diags.map((x) => [x.code, x.at, x.hint])).toEqual([
      ['unknown-event', '"OrderPlacd"', 'Did you mean `OrderPlaced`?'],
      ['unknown-event', '"OrderCancled"', 'Did you mean `OrderCancelled`?'],
    ]);
  });

  it('resolves saga step targets segment by segment', () => {
    const { diags } = diagnose((d) => {
      d.sagas!.Checkout!.steps[0]!.do = 'inventroy.reserve';
      d.sagas!.Checkout!.steps[1]!.do = 'payments.chrage';
      d.sagas!.Checkout!.steps[2]!.do = 'Order.ConfirmOrdr';
    });
    expect(diags.map((x) => [x.code, x.message, x.at, x.hint])).toEqual([
      ['unknown-service', 'Unknown service or aggregate `inventroy`.', 'inventroy', 'Did you mean `inventory`?'],
      ['unknown-service-operation', 'Service `payments` has no operation `chrage`.', 'chrage', 'Did you mean `charge`?'],
      ['unknown-command', 'Aggregate `Order` has no command `ConfirmOrdr`.', 'ConfirmOrdr', 'Did you mean `ConfirmOrder`?'],
    ]);
  });

  it('requires step targets of the form a.b', () => {
    const { diags } = diagnose((d) => { d.sagas!.Checkout!.steps[2]!.do = 'confirm'; });
    expect(diags).toMatchObject([{ code: 'invalid-step-target', message: '`confirm` is not a step target; write `service.operation` or `Aggregate.Command`.' }]);
  });

  it('reports an unknown saga trigger', () => {
    const { diags } = diagnose((d) => { d.sagas!.Checkout!.on = 'OrderPlacd'; });
    expect(diags).toMatchObject([{ code: 'unknown-saga-trigger', at: '"OrderPlacd"', hint: 'Did you mean `OrderPlaced`?' }]);
  });

  it('resolves MCP tool sources', () => {
    const { diags } = diagnose((d) => {
      d.mcp!.ShopAssistant!.tools = { a: { query: 'ordersByCustomr' }, b: { command: 'CancelOrdr' }, c: { operation: 'orders.lst' }, e: { operation: 'ordrs.list' } };
    });
    expect(diags.map((x) => [x.code, x.at, x.hint])).toEqual([
      ['unknown-query', '"ordersByCustomr"', 'Did you mean `ordersByCustomer`?'],
      ['unknown-command', '"CancelOrdr"', 'Did you mean `CancelOrder`?'],
      ['unknown-resource-operation', 'lst', 'Did you mean `list`?'],
      ['unknown-resource', 'ordrs', 'Did you mean `orders`?'],
    ]);
  });

  it('reports unknown parent resources, identity fields and through entities', () => {
    const { diags } = diagnose((d) => {
      d.resources!.orders!.parent = 'custmers';
      d.auth!.identity!.login = ['emal'];
      d.entities!.Student!.fields.courses!.relation = { through: 'Enrolment' };
    });
    expect(diags.map((x) => [x.code, x.at, x.hint])).toEqual([
      ['unknown-entity', '"Enrolment"', 'Did you mean `Enrollment`?'],
      ['unknown-resource', '"custmers"', 'Did you mean `customers`?'],
      ['unknown-field', '"emal"', 'Did you mean `email`?'],
    ]);
  });

  it('reports unknown fields in index, sort, search, orderBy and composite keys', () => {
    const { diags } = diagnose((d) => {
      d.entities!.Order!.indexes![0]!.fields = ['custmer'];
      d.resources!.orders!.sort = ['createdat desc'];
      d.resources!.products!.search = ['nme'];
      d.queries!.ordersByCustomer!.orderBy = ['totl'];
      d.entities!.Enrollment!.id = ['student', 'cours'];
    });
    expect(diags.map((x) => [x.code, x.at, x.hint])).toEqual([
      ['unknown-field', 'custmer', 'Did you mean `customer`?'],
      ['unknown-field', '"cours"', 'Did you mean `course`?'],
      ['unknown-field', 'createdat', 'Did you mean `createdAt`?'],
      ['unknown-field', '"nme"', 'Did you mean `name`?'],
      ['unknown-field', 'totl', 'Did you mean `total`?'],
    ]);
  });
});

describe('spans of expressions from .pab files', () => {
  it('uses the per-token spans the .pab front end recorded', () => {
    const doc = shopSpec();
    doc.queries!.ordersByCustomer!.where = 'custmer = $customer';
    const s = spanned(doc);
    const pointer = '/queries/ordersByCustomer/where';
    const value = s.spans.get(pointer)!.value;
    // As if the source had been `custmer   =   $customer` on its own line of a .pab file.
    const tokens = [{ file: 'shop.pab', start: 500, end: 507 }, { file: 'shop.pab', start: 510, end: 511 }, { file: 'shop.pab', start: 514, end: 523 }];
    s.spans.set(pointer, { span: value, value, tokens });
    const r = checkSpec(doc, s.spans);
    expect(r.diagnostics).toMatchObject([{ code: 'unknown-field', span: { file: 'shop.pab', start: 500, end: 507 } }]);
  });
});
