/**
 * Parity of the two front ends, end to end through `validateSpec`.
 *
 * 1. test/fixtures/parity/<construct>/: `spec.pab` and `spec.yaml`, written by
 *    hand in each syntax (not converted from each other), describe the same
 *    spec. Both must load without errors and with the same warning codes, give
 *    deep-equal IRs once every `origin` (a span, different per syntax) is
 *    removed, and give deep-equal merged documents (`loaded.document`).
 * 2. examples/*: each example (and every file it imports) is printed in the
 *    other syntax with the printers, loaded from a memory host, and must give
 *    the IR of the original.
 *
 * Known front-end bugs are listed in KNOWN_BUGS; each such assertion runs as
 * `it.fails` so that the suite turns red once the bug is fixed (then delete the
 * entry).
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryHost, createNodeHost, type Host } from '../src/core/host.js';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import { renderDiagnostics } from '../src/diagnostics/render.js';
import { validateSpec, type ValidatedSpec } from '../src/pipeline.js';
import type { SpecDocument } from '../src/syntax/document.js';
import { printPabSpec } from '../src/syntax/pab/print.js';
import { printYamlSpec } from '../src/syntax/yaml/print.js';

/** The repository root; spec paths are relative to it, so diagnostics show short paths. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PARITY_DIR = 'test/fixtures/parity';

/** A node host that resolves relative paths against the repository root, whatever the working directory. */
function repoHost(): Host {
  const node = createNodeHost();
  return {
    readFile: (path) => node.readFile(isAbsolute(path) ? path : join(ROOT, path)),
    resolvePath: (from, path) => node.resolvePath(from, path),
  };
}

/** A deep copy without any `origin` property, at any depth. */
function withoutOrigins(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOrigins);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'origin')
        .map(([key, v]) => [key, withoutOrigins(v)]),
    );
  }
  return value;
}

const errorsOf = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity === 'error');
const warningCodes = (ds: readonly Diagnostic[]): string[] =>
  ds
    .filter((d) => d.severity === 'warning')
    .map((d) => d.code)
    .sort();

/** The diagnostics in readable form, for assertion messages. */
function pretty(r: ValidatedSpec): string {
  return renderDiagnostics('pretty', r.diagnostics, { files: r.loaded.files, color: false });
}

type Check = 'valid' | 'warnings' | 'ir' | 'document';

/**
 * Fixture assertions that fail because of a reported front-end bug. Each runs
 * as `it.fails`; remove the entry when the bug is fixed.
 */
const KNOWN_BUGS: Readonly<Record<string, Partial<Record<Check, string>>>> = {
};

function fixtureNames(): string[] {
  return readdirSync(join(ROOT, PARITY_DIR))
    .filter((name) => statSync(join(ROOT, PARITY_DIR, name)).isDirectory())
    .sort();
}

const parityFixtures = fixtureNames();

describe('parity fixtures: hand-written .pab and YAML give the same spec', () => {
  it('finds the fixtures', () => {
    expect(parityFixtures.length).toBeGreaterThanOrEqual(36);
  });

  for (const name of parityFixtures) {
    describe(name, () => {
      const host = repoHost();
      const pab = validateSpec(host, `${PARITY_DIR}/${name}/spec.pab`);
      const yaml = validateSpec(host, `${PARITY_DIR}/${name}/spec.yaml`);
      const bugs = KNOWN_BUGS[name] ?? {};
      const test = (check: Check): typeof it | typeof it.fails => (bugs[check] ? it.fails : it);

      test('valid')('both syntaxes load and check without errors', () => {
        expect(pab.loaded.asts.length, `spec.pab was not parsed`).toBeGreaterThan(0);
        expect(yaml.loaded.asts.length, `spec.yaml was not parsed`).toBeGreaterThan(0);
        expect(errorsOf(pab.diagnostics), pretty(pab)).toEqual([]);
        expect(errorsOf(yaml.diagnostics), pretty(yaml)).toEqual([]);
        expect(pab.model).toBeDefined();
        expect(yaml.model).toBeDefined();
      });

      test('warnings')('both syntaxes give the same warning codes', () => {
        expect(warningCodes(pab.diagnostics), `${pretty(pab)}\n---\n${pretty(yaml)}`).toEqual(warningCodes(yaml.diagnostics));
      });

      test('ir')('both syntaxes give the same IR, origins aside', () => {
        expect(pab.model).toBeDefined();
        expect(withoutOrigins(pab.model)).toEqual(withoutOrigins(yaml.model));
      });

      test('document')('both syntaxes give the same merged document', () => {
        expect(pab.loaded.document).toEqual(yaml.loaded.document);
      });
    });
  }
});

describe('imports across syntaxes (parity/imports)', () => {
  const host = repoHost();
  const dir = `${PARITY_DIR}/imports`;

  it('the .pab root imports the YAML part and the YAML root imports the .pab part', () => {
    const pab = validateSpec(host, `${dir}/spec.pab`);
    const yaml = validateSpec(host, `${dir}/spec.yaml`);
    expect([...pab.loaded.files.keys()]).toEqual([`${dir}/spec.pab`, `${dir}/part.yaml`, `${dir}/shared/enums.pab`]);
    expect([...yaml.loaded.files.keys()]).toEqual([`${dir}/spec.yaml`, `${dir}/part.pab`, `${dir}/shared/enums.pab`]);
  });

  it('the two parts are the same document', () => {
    const a = validateSpec(host, `${dir}/part.pab`);
    const b = validateSpec(host, `${dir}/part.yaml`);
    expect(a.loaded.asts.map((x) => x.document)).toEqual(b.loaded.asts.map((x) => x.document));
  });
});

// ---- examples: print each file in the other syntax and check the IR is kept ----

const EXAMPLES_DIR = 'examples';

function exampleRoots(): string[] {
  const roots: string[] = [];
  for (const dir of readdirSync(join(ROOT, EXAMPLES_DIR)).sort()) {
    if (!statSync(join(ROOT, EXAMPLES_DIR, dir)).isDirectory()) continue;
    for (const file of readdirSync(join(ROOT, EXAMPLES_DIR, dir)).sort()) {
      if (/^backend\.(pab|ya?ml)$/.test(file)) roots.push(`${EXAMPLES_DIR}/${dir}/${file}`);
    }
  }
  return roots;
}

/** The path of a file once converted to the other syntax. */
function convertedPath(path: string): string {
  return /\.pab$/i.test(path) ? path.replace(/\.pab$/i, '.yaml') : path.replace(/\.ya?ml$/i, '.pab');
}

/**
 * Prints every file of a loaded spec in the other syntax, with its imports
 * renamed to the converted files. Returns the files by path.
 */
function convertAll(original: ValidatedSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ast of original.loaded.asts) {
    const document: SpecDocument = ast.document.imports
      ? { ...ast.document, imports: ast.document.imports.map(convertedPath) }
      : ast.document;
    out[convertedPath(ast.file)] = ast.format === 'pab' ? printYamlSpec(document, ast.comments) : printPabSpec(document, ast.comments);
  }
  return out;
}

describe('examples converted to the other syntax keep their IR', () => {
  const roots = exampleRoots();

  it('finds the examples, including one with an import', () => {
    expect(roots.length).toBeGreaterThanOrEqual(4);
    expect(roots).toContain('examples/bank/backend.pab');
  });

  for (const root of roots) {
    describe(root, () => {
      const original = validateSpec(repoHost(), root);
      const files = convertAll(original);
      const converted = validateSpec(createMemoryHost(files), convertedPath(root));

      it('the original is valid', () => {
        expect(errorsOf(original.diagnostics), pretty(original)).toEqual([]);
        expect(original.model).toBeDefined();
      });

      it('converts every file it reads, imports included', () => {
        expect(Object.keys(files).sort()).toEqual([...original.loaded.files.keys()].map(convertedPath).sort());
        expect([...converted.loaded.files.keys()].sort()).toEqual(Object.keys(files).sort());
      });

      it('the conversion is valid, with the same warnings', () => {
        expect(errorsOf(converted.diagnostics), `${pretty(converted)}\n${Object.values(files).join('\n----\n')}`).toEqual([]);
        expect(warningCodes(converted.diagnostics)).toEqual(warningCodes(original.diagnostics));
      });

      it('the conversion gives the same IR, origins aside', () => {
        expect(converted.model).toBeDefined();
        expect(withoutOrigins(converted.model)).toEqual(withoutOrigins(original.model));
      });

      it('the conversion gives the same merged document', () => {
        expect(converted.loaded.document).toEqual(original.loaded.document);
      });
    });
  }
});
