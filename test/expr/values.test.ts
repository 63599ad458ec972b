import { describe, expect, it } from 'vitest';
import { durationToMs, parseDefault, parseDottedName, parseDuration, parseEnvOrString, parseOrderItem, parseRate } from '../../src/syntax/expr/values.js';

describe('durations', () => {
  it('converts every unit to milliseconds', () => {
    expect(['500ms', '30s', '15m', '2h', '7d', '1w'].map(durationToMs)).toEqual([500, 30_000, 900_000, 7_200_000, 604_800_000, 604_800_000]);
  });

  it('reports text that is not a duration', () => {
    expect(parseDuration({ text: '5 seconds' }).diagnostics).toMatchObject([{ code: 'invalid-duration', span: { start: 0, end: 9 } }]);
    expect(parseDuration({ text: '1.5h' }).node).toBeUndefined();
  });
});

describe('rates', () => {
  it('parses count per unit', () => {
    expect(parseRate({ text: '100/minute' }).node).toMatchObject({ count: 100, unit: 'minute', perSeconds: 60 });
    expect(parseRate({ text: '5/day' }).node?.perSeconds).toBe(86_400);
  });

  it('reports other spellings and a zero count', () => {
    expect(parseRate({ text: '100 per minute' }).diagnostics[0]?.code).toBe('invalid-rate');
    expect(parseRate({ text: '0/second' }).diagnostics[0]?.code).toBe('invalid-rate');
  });
});

describe('env references', () => {
  it('parses env(NAME) with the span of the name', () => {
    expect(parseEnvOrString({ text: 'env(PAYMENTS_URL)' }).node).toMatchObject({ kind: 'env', name: 'PAYMENTS_URL', nameSpan: { start: 4, end: 16 } });
  });

  it('keeps any other string as a literal', () => {
    expect(parseEnvOrString({ text: 'https://pay.example.com/v1' }).node).toMatchObject({ kind: 'literal', value: 'https://pay.example.com/v1' });
  });

  it('reports a malformed env reference', () => {
    expect(parseEnvOrString({ text: 'env(payments url)' }).diagnostics[0]?.code).toBe('invalid-env-reference');
    expect(parseEnvOrString({ text: 'env()' }).diagnostics[0]?.code).toBe('invalid-env-reference');
  });
});

describe('order items and dotted names', () => {
  it('parses a field and an optional direction', () => {
    expect(parseOrderItem({ text: 'createdAt desc' }).node).toMatchObject({ field: 'createdAt', direction: 'desc', explicit: true, fieldSpan: { start: 0, end: 9 } });
    expect(parseOrderItem({ text: 'name' }).node).toMatchObject({ direction: 'asc', explicit: false });
  });

  it('reports anything after the direction', () => {
    expect(parseOrderItem({ text: 'name desc x' }, 'the sort field').diagnostics[0]).toMatchObject({ code: 'expr-unexpected-token', message: 'Expected nothing more in the sort field, found `x`.' });
  });

  it('splits a dotted name into segments with spans', () => {
    expect(parseDottedName({ text: 'payments.charge' }, 'the step target').node).toEqual([
      { name: 'payments', span: { file: '', start: 0, end: 8 } },
      { name: 'charge', span: { file: '', start: 9, end: 15 } },
    ]);
  });
});

describe('defaults', () => {
  it('recognizes the default functions', () => {
    expect(parseDefault('now()', { text: 'now()' }).node).toMatchObject({ kind: 'function', name: 'now' });
    expect(parseDefault('uuid( )', { text: 'uuid( )' }).node).toMatchObject({ kind: 'function', name: 'uuid' });
  });

  it('keeps other values as literals', () => {
    expect(parseDefault('PENDING', { text: 'PENDING' }).node).toMatchObject({ kind: 'literal', value: 'PENDING' });
    expect(parseDefault(3, { text: '3' }).node).toMatchObject({ kind: 'literal', value: 3 });
    expect(parseDefault(false, { text: 'false' }).node).toMatchObject({ kind: 'literal', value: false });
  });

  it('reports an unknown default function with a hint', () => {
    expect(parseDefault('noww()', { text: 'noww()' }).diagnostics).toMatchObject([{ code: 'unknown-default-function', hint: 'Did you mean `now()`?' }]);
  });
});
