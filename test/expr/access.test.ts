import { describe, expect, it } from 'vitest';
import { parseAccessRule } from '../../src/syntax/expr/access.js';

const parse = (text: string) => parseAccessRule({ text });

describe('parseAccessRule', () => {
  it('recognizes the words and calls', () => {
    expect(parse('public').node).toMatchObject({ kind: 'public' });
    expect(parse('authenticated').node).toMatchObject({ kind: 'authenticated' });
    expect(parse('role(ADMIN, EDITOR)').node).toMatchObject({ kind: 'role', roles: [{ name: 'ADMIN' }, { name: 'EDITOR' }] });
    expect(parse('permission(orders.write)').node).toMatchObject({ kind: 'permission', name: 'orders.write', nameSpan: { start: 11, end: 23 } });
    expect(parse('owner(customer)').node).toMatchObject({ kind: 'owner', field: { name: 'customer', span: { start: 6, end: 14 } } });
    expect(parse('policy(sameTeam)').node).toMatchObject({ kind: 'policy', name: { name: 'sameTeam' } });
  });

  it('flattens and/or and keeps comparisons as attribute conditions', () => {
    const { node } = parse('role(ADMIN) or owner(customer) or user.team = team and not public');
    expect(node?.kind).toBe('or');
    const rules = node?.kind === 'or' ? node.rules : [];
    expect(rules.map((r) => r.kind)).toEqual(['role', 'owner', 'and']);
    expect(rules[2]).toMatchObject({ kind: 'and', rules: [{ kind: 'condition' }, { kind: 'not', rule: { kind: 'public' } }] });
  });

  it('reports unknown words with a did-you-mean hint at their span', () => {
    const { node, diagnostics } = parse('role(ADMIN) or authenticatd');
    expect(node).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'access-unknown-term', hint: 'Did you mean `authenticated`?', span: { start: 15, end: 27 } }]);
  });

  it('reports unknown calls at the call name', () => {
    expect(parse('rol(ADMIN)').diagnostics).toMatchObject([{ code: 'access-unknown-term', message: expect.stringContaining('`rol`'), hint: 'Did you mean `role`?', span: { start: 0, end: 3 } }]);
  });

  it('reports calls with the wrong arguments', () => {
    expect(parse('owner()').diagnostics).toMatchObject([{ code: 'access-call-arguments', message: '`owner(...)` takes one field name, e.g. `owner(customer)`.' }]);
    expect(parse('role()').diagnostics[0]?.code).toBe('access-call-arguments');
    expect(parse('role("ADMIN")').diagnostics[0]?.code).toBe('access-call-arguments');
    expect(parse('policy(a, b)').diagnostics[0]?.code).toBe('access-call-arguments');
  });

  it('rejects plain values', () => {
    expect(parse('true').diagnostics[0]).toMatchObject({ code: 'access-unknown-term', message: expect.stringContaining('`true`') });
  });

  it('passes syntax errors through', () => {
    expect(parse('role(ADMIN').diagnostics[0]?.code).toBe('expr-unexpected-end');
  });
});
