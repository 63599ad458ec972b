/**
 * Output goldens: each folder test/fixtures/golden/<case>/ holds a spec —
 * `input.pab` or `input.yaml` (plus any file it imports), or `spec.txt`
 * holding the path of a spec elsewhere in the repository (the examples) —
 * and `expected/`, the exact output of the targets in `TARGETS` below:
 * `expected/<target>/<path>`, plus `expected/diagnostics.txt` when checking
 * the spec or running the targets gives warnings (pretty, uncolored; it exists iff there are any).
 * Spec paths are relative to the repository root; file headers show them.
 *
 * Missing, extra and differing files fail separately. To rewrite the goldens
 * after an intended change of a target or a template, run
 *
 *   PAB_UPDATE=1 npx vitest run --dir test test/emit/golden.test.ts
 *
 * which replaces each case's `expected/` wholesale; then read the git diff:
 * goldens are reviewed like code. `PAB_CASES='example-*'` runs (or updates)
 * only the cases whose names match.
 *
 * Also: compiling twice gives identical output, and reordering the keys of
 * YAML mappings whose order carries no meaning changes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify, isMap, type Document } from 'yaml';
import { createMemoryHost, createNodeHost, type Host } from '../../src/core/host.js';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { renderDiagnostics } from '../../src/diagnostics/render.js';
import { runTargets, type RunTargetsResult } from '../../src/emit/run.js';
import { validateSpec } from '../../src/pipeline.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLDEN_DIR = 'test/fixtures/golden';
const TARGETS = ['ir', 'docs', 'sql-postgres', 'sql-mysql', 'sql-sqlite', 'prisma', 'mongodb', 'openapi', 'graphql', 'proto', 'ts-fastify'] as const;
const UPDATE = process.env['PAB_UPDATE'] === '1';
const FILTER = process.env['PAB_CASES'];

/** A node host that resolves relative paths against the repository root, whatever the working directory. */
function repoHost(): Host {
  const node = createNodeHost();
  return {
    readFile: (path) => node.readFile(isAbsolute(path) ? path : join(ROOT, path)),
    resolvePath: (from, path) => node.resolvePath(from, path),
  };
}

function matchesFilter(name: string): boolean {
  if (!FILTER) return true;
  return FILTER.split(',').some((pattern) => {
    const re = new RegExp(`^${pattern.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return re.test(name);
  });
}

function caseNames(): string[] {
  return readdirSync(join(ROOT, GOLDEN_DIR))
    .filter((name) => statSync(join(ROOT, GOLDEN_DIR, name)).isDirectory())
    .sort();
}

/** The spec path of a case, relative to the repository root. */
function specOf(name: string): string {
  const dir = `${GOLDEN_DIR}/${name}`;
  const inputs = ['input.pab', 'input.yaml', 'spec.txt'].filter((f) => existsSync(join(ROOT, dir, f)));
  if (inputs.length !== 1) throw new Error(`${dir} needs exactly one of input.pab, input.yaml and spec.txt`);
  if (inputs[0] === 'spec.txt') return readFileSync(join(ROOT, dir, 'spec.txt'), 'utf8').trim();
  return `${dir}/${inputs[0]}`;
}

/** Every file under `dir`, as POSIX paths relative to it, sorted. */
function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/** What a case produces: `<target>/<path>` → content, plus `diagnostics.txt` when checking or the targets report diagnostics. */
function produce(host: Host, spec: string): { files: Map<string, string>; errors: string[]; emitted?: RunTargetsResult } {
  const validated = validateSpec(host, spec);
  const files = new Map<string, string>();
  const emitted = validated.model ? runTargets(validated.model, { targets: TARGETS, specPath: spec, templateDirs: [] }) : undefined;
  // Diagnostics of checking and of the targets (e.g. a construct a dialect cannot express), in one file.
  const diagnostics = sortDiagnostics([...validated.diagnostics, ...(emitted?.diagnostics ?? [])]);
  const rendered = renderDiagnostics('pretty', diagnostics, { files: validated.loaded.files, color: false });
  if (diagnostics.length > 0) files.set('diagnostics.txt', rendered);
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
  if (!emitted) return { files, errors };
  for (const f of emitted.files) files.set(`${f.target}/${f.path}`, f.content);
  return { files, errors, emitted };
}

const cases = caseNames().filter(matchesFilter);

describe('output goldens', () => {
  it('finds the cases, one per example and more', () => {
    if (FILTER) return;
    expect(cases).toEqual(expect.arrayContaining(['example-assistant', 'example-bank', 'example-blog', 'example-shop']));
    for (const name of cases) expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  for (const name of cases) {
    describe(name, () => {
      const spec = specOf(name);
      const expectedDir = join(ROOT, GOLDEN_DIR, name, 'expected');
      const { files: actual, errors } = produce(repoHost(), spec);

      if (UPDATE && errors.length === 0) {
        rmSync(expectedDir, { recursive: true, force: true });
        for (const [path, content] of actual) {
          mkdirSync(dirname(join(expectedDir, path)), { recursive: true });
          writeFileSync(join(expectedDir, path), content);
        }
      }
      const expected = new Map(listFiles(expectedDir).map((p) => [p, readFileSync(join(expectedDir, p), 'utf8')]));

      it('checks and compiles without errors', () => {
        expect(errors).toEqual([]);
      });

      it('produces no file that is not expected', () => {
        expect([...actual.keys()].filter((p) => !expected.has(p)), 'extra files (PAB_UPDATE=1 to accept)').toEqual([]);
      });

      it('produces every expected file', () => {
        expect([...expected.keys()].filter((p) => !actual.has(p)), 'missing files (PAB_UPDATE=1 to accept)').toEqual([]);
      });

      it('produces each expected file byte for byte', () => {
        for (const [path, content] of expected) {
          if (actual.has(path)) expect.soft(actual.get(path), `${GOLDEN_DIR}/${name}/expected/${path}`).toBe(content);
        }
      });
    });
  }
});

describe('determinism', () => {
  it('gives identical output when run twice', () => {
    const spec = 'examples/bank/backend.pab';
    const a = produce(repoHost(), spec);
    const b = produce(repoHost(), spec);
    expect(a.errors).toEqual([]);
    expect([...b.files]).toEqual([...a.files]);
  });

  /**
   * Mappings keyed by user names keep their order: it is declaration order,
   * which the IR keeps. Every other mapping (the sections, the settings of a
   * field, a resource, auth…) may be written in any order.
   */
  const NAME_KEYED = new Set([
    'enums', 'entities', 'fields', 'resources', 'actions', 'input', 'access', 'oauth2', 'roles', 'policies',
    'queries', 'rateLimit', 'aggregates', 'commands', 'events', 'projections', 'sagas', 'steps', 'services',
    'operations', 'mcp', 'tools', 'prompts', 'arguments',
  ]);

  function reorder(doc: Document): void {
    const visit = (node: unknown, key: string | undefined): void => {
      if (isMap(node)) {
        if (key === undefined || !NAME_KEYED.has(key)) node.items.reverse();
        for (const pair of node.items) visit(pair.value, String((pair.key as { value?: unknown })?.value ?? pair.key));
      } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
        for (const item of (node as { items: unknown[] }).items) visit(item, undefined);
      }
    };
    visit(doc.contents, undefined);
  }

  it('does not depend on the order of settings in a YAML spec', () => {
    const text = readFileSync(join(ROOT, 'examples/blog/backend.yaml'), 'utf8');
    const doc = parseDocument(text);
    reorder(doc);
    const reordered = stringify(doc);
    expect(reordered).not.toBe(text);
    expect(reordered.indexOf('deploy:')).toBeLessThan(reordered.indexOf('backend:'));
    const original = produce(createMemoryHost({ 'backend.yaml': text }), 'backend.yaml');
    const shuffled = produce(createMemoryHost({ 'backend.yaml': reordered }), 'backend.yaml');
    expect(original.errors).toEqual([]);
    expect(shuffled.errors).toEqual([]);
    expect([...shuffled.files.keys()]).toEqual([...original.files.keys()]);
    for (const [path, content] of original.files) {
      if (path !== 'diagnostics.txt') expect.soft(shuffled.files.get(path), path).toBe(content);
    }
  });
});
