/**
 * Compiling specs to the SQL targets for the database tests, the way
 * `pab compile` does but in memory: `planCompile` over a host (the
 * repository on disk, or spec text in memory), into an in-memory output
 * folder, then `applyPlan` when nothing blocks. Keeping the output folder
 * between compiles makes each compile see the previous one's migrations as
 * history, exactly as on disk.
 *
 * Also lists the specs the tests run: every example (`examples/<name>/backend.*`)
 * and every golden fixture (`test/fixtures/golden/<case>/input.*` or `spec.txt`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemoryHost, createNodeHost, type Host } from '../../src/core/host.js';
import { planCompile } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { createMemoryOutputFs, type MemoryOutputFs } from '../../src/output/fs.js';
import { applyPlan } from '../../src/output/apply.js';
import { hasBlockers, planOutput } from '../../src/output/plan.js';
import { readManifest, readPreviousOutput } from '../../src/output/manifest.js';
import { runTargets } from '../../src/emit/run.js';
import { validateSpec } from '../../src/pipeline.js';
import { DIALECTS, TARGET_OF, type Dialect } from './helpers.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = 'out';

/** A node host that resolves relative paths against the repository root. */
export function repoHost(): Host {
  const node = createNodeHost();
  return {
    readFile: (path) => node.readFile(isAbsolute(path) ? path : join(REPO_ROOT, path)),
    resolvePath: (from, path) => node.resolvePath(from, path),
  };
}

/**
 * Every example's root spec and every golden fixture's spec, as `{name, spec}` with
 * repository-relative paths; a golden fixture whose `spec.txt` names an example is
 * the same spec, listed once under both names.
 */
export function repositorySpecs(): { name: string; spec: string }[] {
  const examples = readdirSync(join(REPO_ROOT, 'examples')).sort().map((name) => {
    const file = readdirSync(join(REPO_ROOT, 'examples', name)).find((f) => /^backend\.(pab|ya?ml)$/.test(f));
    if (!file) throw new Error(`examples/${name} has no backend.pab or backend.yaml`);
    return { name: `examples/${name}`, spec: `examples/${name}/${file}` };
  });
  const goldenDir = 'test/fixtures/golden';
  const golden = readdirSync(join(REPO_ROOT, goldenDir)).sort().flatMap((name) => {
    const dir = `${goldenDir}/${name}`;
    const input = ['input.pab', 'input.yaml'].find((f) => existsSync(join(REPO_ROOT, dir, f)));
    if (input) return [{ name: `golden/${name}`, spec: `${dir}/${input}` }];
    if (existsSync(join(REPO_ROOT, dir, 'spec.txt'))) {
      return [{ name: `golden/${name}`, spec: readFileSync(join(REPO_ROOT, dir, 'spec.txt'), 'utf8').trim() }];
    }
    return [];
  });
  const bySpec = new Map<string, string[]>();
  for (const { name, spec } of [...examples, ...golden]) bySpec.set(spec, [...(bySpec.get(spec) ?? []), name]);
  return [...bySpec].map(([spec, names]) => ({ name: names.length > 1 ? `${names[0]} (= ${names.slice(1).join(', ')})` : names[0]!, spec }));
}

export interface Migration {
  readonly folder: string;
  readonly up: string;
  readonly down: string;
}

/** One SQL target's output: `schema.sql` and the migrations in order. */
export interface SqlOutput {
  readonly schema: string;
  readonly migrations: readonly Migration[];
}

export interface CompileOutcome {
  readonly diagnostics: readonly Diagnostic[];
  /** True when the plan was applied (no errors, nothing blocking). */
  readonly written: boolean;
  /** Paths written by this compile, relative to the target folder (`sql-postgres/…`). */
  readonly writtenPaths: readonly string[];
}

/** Compiles `spec` (read through `host`) to the SQL targets into `fs`, like `pab compile --out out`. */
export function compileInto(host: Host, spec: string, fs: MemoryOutputFs, dialects: readonly Dialect[] = DIALECTS): CompileOutcome {
  const result = planCompile(host, { spec, out: OUT, targets: dialects.map((d) => TARGET_OF[d]), force: false }, () => fs, () => false);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !result.plan || hasBlockers(result.plan)) return { diagnostics: result.diagnostics, written: false, writtenPaths: [] };
  const applied = applyPlan(result.plan, fs);
  return { diagnostics: result.diagnostics, written: true, writtenPaths: applied.written };
}

/** A destructive change a compile is told to allow: `allow <rule> <subject>` in a spec's `migrations` block. */
export interface Allow {
  readonly rule: string;
  readonly subject: string;
}

/**
 * `compileInto` with the spec's `migrations { allow … }` entries given here:
 * the checked model gets them (the model has the section; the spec syntax for
 * it may not exist yet), then the targets run and the output is planned and
 * applied as `planCompile` does.
 */
export function compileWithAllowances(host: Host, spec: string, fs: MemoryOutputFs, allow: readonly Allow[], dialects: readonly Dialect[] = DIALECTS): CompileOutcome {
  const validated = validateSpec(host, spec);
  const checkErrors = validated.diagnostics.filter((d) => d.severity === 'error');
  if (!validated.model || checkErrors.length > 0) return { diagnostics: validated.diagnostics, written: false, writtenPaths: [] };
  const origin = validated.model.backend.origin;
  const model = { ...validated.model, migrations: { allow: allow.map((a) => ({ ...a, origin })) } };
  const targets = dialects.map((d) => TARGET_OF[d]);
  const manifest = readManifest(fs);
  if (!manifest.ok) throw new Error(manifest.error);
  const emitted = runTargets(model, {
    targets,
    specPath: basename(spec),
    templateDirs: [],
    host,
    previous: (target) => {
      const out = new Map<string, string>();
      for (const [path, content] of readPreviousOutput(fs, manifest.manifest, target)) out.set(path.slice(target.length + 1), content);
      return out;
    },
  });
  const diagnostics = [...validated.diagnostics, ...emitted.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, written: false, writtenPaths: [] };
  const plan = planOutput(emitted.files.map((f) => ({ ...f, path: `${f.target}/${f.path}` })), fs, { force: false, targets });
  if (hasBlockers(plan)) return { diagnostics, written: false, writtenPaths: [] };
  return { diagnostics, written: true, writtenPaths: applyPlan(plan, fs).written };
}

/** The SQL output of `dialect` held by `fs`. */
export function sqlOutput(fs: MemoryOutputFs, dialect: Dialect): SqlOutput {
  const files = fs.snapshot();
  const prefix = `${TARGET_OF[dialect]}/`;
  const schema = files[`${prefix}schema.sql`];
  if (schema === undefined) throw new Error(`no ${prefix}schema.sql in the output`);
  const folders = new Set<string>();
  for (const path of Object.keys(files)) {
    const m = new RegExp(`^${prefix}migrations/([^/]+)/up\\.sql$`).exec(path);
    if (m) folders.add(m[1]!);
  }
  const migrations = [...folders].sort().map((folder) => ({
    folder,
    up: files[`${prefix}migrations/${folder}/up.sql`]!,
    down: files[`${prefix}migrations/${folder}/down.sql`]!,
  }));
  return { schema, migrations };
}

/** Compiles one repository spec from scratch; fails on errors. */
export function compileRepositorySpec(spec: string): { fs: MemoryOutputFs; outcome: CompileOutcome } {
  const fs = createMemoryOutputFs();
  const outcome = compileInto(repoHost(), spec, fs);
  if (!outcome.written) {
    throw new Error(`${spec} did not compile:\n${outcome.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n')}`);
  }
  return { fs, outcome };
}

/** A memory host holding one spec file. */
export function specHost(text: string, path = 'backend.pab'): Host {
  return createMemoryHost({ [path]: text });
}
