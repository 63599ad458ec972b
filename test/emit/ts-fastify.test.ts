/**
 * The `ts-fastify` target, fast checks (the end-to-end run of the generated
 * service is test/e2e/ts-fastify.e2e.test.ts): every generated TypeScript
 * file parses (also for the hostile-strings spec, moved to PostgreSQL), the
 * served OpenAPI document is the `openapi` target's, output is
 * deterministic, scaffold files are marked as such, unsupported databases
 * write nothing and warn, and the access rules compile to the expected data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../src/core/host.js';
import { tsKey, tsLiteral } from '../../src/emit/escape.js';
import { compileProject, ROOT } from '../e2e/ts-fastify-project.js';

const SPECS = ['examples/shop/backend.pab', 'examples/bank/backend.pab', 'examples/assistant/backend.pab', 'examples/blog/backend.yaml', 'test/fixtures/golden/conformance/input.pab'];

/** Syntax errors of a TS file (no type information: the e2e test type-checks with the real dependencies). */
function syntaxErrors(path: string, text: string): string[] {
  const out = ts.transpileModule(text, { fileName: path, reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2022 } });
  return (out.diagnostics ?? []).map((d) => `${path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

function hostileOnPostgres(): ReturnType<typeof compileProject> {
  const path = 'test/fixtures/golden/hostile-strings/input.pab';
  const text = readFileSync(join(ROOT, path), 'utf8').replace(/database\s+sqlite/, 'database postgres');
  return compileProject(path, new Map(), createMemoryHost({ [path]: text }));
}

describe('ts-fastify', () => {
  const projects = SPECS.map((spec) => [spec, compileProject(spec)] as const);

  it('writes TypeScript that parses, for every example and the conformance spec', { timeout: 60_000 }, () => {
    for (const [, p] of projects) {
      const errors = [...p.files].filter(([path]) => path.endsWith('.ts')).flatMap(([path, text]) => syntaxErrors(path, text));
      expect(errors).toEqual([]);
    }
  });

  it('escapes hostile user strings (names, docs, patterns, paths)', () => {
    const p = hostileOnPostgres();
    expect(p.files.size).toBeGreaterThan(20);
    const errors = [...p.files].filter(([path]) => path.endsWith('.ts')).flatMap(([path, text]) => syntaxErrors(path, text));
    expect(errors).toEqual([]);
    for (const [path, text] of p.files) if (path.endsWith('.json')) expect(() => JSON.parse(text), path).not.toThrow();
  });

  it('serves the openapi target\'s document, byte for byte', () => {
    for (const [, p] of projects) expect(p.files.get('openapi.json')).toBe(p.openapi);
  });

  it('is deterministic', () => {
    const again = compileProject(SPECS[0]!);
    expect([...again.files]).toEqual([...projects[0]![1].files]);
  });

  it('marks exactly the extension files as scaffold, and migrations as history', () => {
    const [, shop] = projects[0]!;
    for (const [path, kind] of shop.kinds) expect(kind, path).toBe(path.startsWith('src/extensions/') ? 'scaffold' : 'generated');
    expect([...shop.files.keys()]).toEqual(expect.arrayContaining([
      'migrations/0001_init/up.sql', 'src/extensions/hooks/orders.ts', 'src/extensions/actions/orders.ts', 'src/extensions/routes.ts', 'src/extensions/seed.ts',
      'src/generated/clients/index.ts', 'src/generated/tracing.ts', 'test/generated/orders.test.ts', 'package.json', 'prisma/schema.prisma',
    ]));
  });

  it('keeps earlier migrations and adds none when nothing changed', () => {
    const [, shop] = projects[0]!;
    const previous = new Map([...shop.files].filter(([path]) => path.startsWith('migrations/')));
    const again = compileProject(SPECS[0]!, previous);
    expect([...again.files.keys()].filter((p) => p.startsWith('migrations/'))).toEqual([...previous.keys()]);
  });

  it('warns about an action the scaffold file lacks', () => {
    const [, shop] = projects[0]!;
    const previous = new Map([['src/extensions/actions/orders.ts', 'export async function invoice() {}\n']]);
    const again = compileProject(SPECS[0]!, previous);
    expect(again.diagnostics.filter((d) => d.code === 'ts-fastify-scaffold-outdated').map((d) => d.message)).toEqual([
      '`src/extensions/actions/orders.ts` has no export `cancel`: the action answers 501 Not Implemented until you add it.',
    ]);
    void shop;
  });

  it('writes nothing for MongoDB, with a warning', () => {
    const path = 'spec.pab';
    const p = compileProject(path, new Map(), createMemoryHost({ [path]: 'backend M {\n  database mongodb\n}\n\nentity A {\n  name string\n}\n' }));
    expect(p.files.size).toBe(0);
    expect(p.diagnostics.map((d) => d.code)).toContain('ts-fastify-database-unsupported');
  });

  it('compiles access rules: roles, owners, policies through relations', () => {
    const access = projects[0]![1].files.get('src/generated/access.ts')!;
    const flat = access.replace(/\s+/g, ' ');
    expect(flat).toContain('listOrders: { kind: "or", rules: [ { kind: "role", roles: [ "ADMIN" ] }, { kind: "owner", path: [ "customerId" ] } ] }');
    expect(flat).toContain('listCartItems: { kind: "where", cond: { kind: "cmp", path: [ "cart", "customerId" ], op: "=", value: { user: "id" } } }');
  });

  it('writes JSON-like values as inert TS literals', () => {
    expect(tsKey('a')).toBe('a');
    expect(tsKey('a-b')).toBe('"a-b"');
    expect(tsKey('__proto__')).toBe('["__proto__"]');
    const value = { ...(JSON.parse('{"__proto__": 1}') as object), s: '*/ ${x} `q` \u2028', n: [1, null, true], o: {} };
    const text = tsLiteral(value);
    expect(text).toBe('{ ["__proto__"]: 1, s: "*\\/ \\${x} \\`q\\` \\u2028", n: [1, null, true], o: {} }');
    expect(syntaxErrors('x.ts', `export const x = ${tsLiteral(value, 2)};`)).toEqual([]);
  });
});
