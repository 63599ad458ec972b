/**
 * Benchmark: load (parse + JSON Schema) and check time for specs of N
 * entities, each with a resource, in both syntaxes; then a full compile to
 * every registered target (into an in-memory output folder) and a no-op recompile. Runs the compiled code in
 * dist/ (`npm run bench` builds it first), each size in a fresh process, and
 * prints one row per size. Time should grow linearly: the µs/entity column
 * stays flat. Override with BENCH_SIZES=500,1000 and BENCH_RUNS=5.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);

async function measure(format, n, runs) {
  const { createMemoryHost } = await import('../dist/core/host.js');
  const { loadSpec } = await import('../dist/syntax/load.js');
  const { checkSpec } = await import('../dist/check/index.js');
  const { parsePabSpec } = await import('../dist/syntax/pab/index.js');
  const { printYamlSpec } = await import('../dist/syntax/yaml/print.js');
  const { createSourceFile } = await import('../dist/core/source-file.js');
  const { generatePab } = await import('./generate.mjs');
  const pab = generatePab(n);
  const parsed = parsePabSpec(createSourceFile('gen.pab', pab));
  const text = format === 'pab' ? pab : printYamlSpec(parsed.ast.document, parsed.ast.comments);
  const path = format === 'pab' ? 'backend.pab' : 'backend.yaml';
  const host = createMemoryHost({ [path]: text });
  const rows = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const loaded = loadSpec(host, path);
    const t1 = performance.now();
    const checked = checkSpec(loaded.document, loaded.spans);
    const t2 = performance.now();
    const errors = [...loaded.diagnostics, ...checked.diagnostics].filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`generated ${format} spec of ${n} entities has errors: ${errors[0].message}`);
    rows.push({ load: t1 - t0, check: t2 - t1 });
  }
  // Full compile (all targets, into an in-memory output folder) and a no-op recompile.
  const { planCompile } = await import('../dist/compile.js');
  const { applyPlan } = await import('../dist/output/apply.js');
  const { createMemoryOutputFs } = await import('../dist/output/fs.js');
  const out = createMemoryOutputFs();
  // Every registered target: the budget is for a compile to all spec-level targets.
  const { targetNames } = await import('../dist/emit/registry.js');
  const req = { spec: path, out: 'out', force: false, targets: targetNames() };
  const compileOnce = () => {
    const t0 = performance.now();
    const result = planCompile(host, req, () => out, () => false);
    if (!result.plan) throw new Error(`compile of ${n} entities failed: ${result.diagnostics[0]?.message}`);
    applyPlan(result.plan, out);
    return performance.now() - t0;
  };
  const compileFull = compileOnce();
  const noop = [];
  for (let r = 0; r < runs; r++) noop.push(compileOnce());
  const first = rows[0];
  const best = rows.reduce((a, b) => (a.load + a.check <= b.load + b.check ? a : b));
  const rss = process.memoryUsage().rss / 1e6;
  return { lines: text.split('\n').length, first, best, rss, compileFull, compileNoop: Math.min(...noop) };
}

/**
 * The command as users run it: `pab compile` to every target into a fresh
 * output folder in a new process (wall time and peak RSS, by /usr/bin/time),
 * then the same command again, which the compile cache answers.
 */
async function measureCli(n) {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { generatePab } = await import('./generate.mjs');
  const { targetNames } = await import('../dist/emit/registry.js');
  const dir = mkdtempSync(join(tmpdir(), 'pab-bench-'));
  writeFileSync(join(dir, 'backend.pab'), generatePab(n));
  const bin = fileURLToPath(new URL('../bin/pab.js', import.meta.url));
  const env = { ...process.env, PAB_CACHE_DIR: join(dir, '.cache') };
  const args = ['-f', 'rss=%M', process.execPath, bin, 'compile', 'backend.pab', '--out', 'out', '--target', targetNames().join(',')];
  const run = () => {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', args, { cwd: dir, env, encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`pab compile failed: ${r.stderr}`);
    return { ms, rss: Number(/rss=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 };
  };
  try {
    return { full: run(), noop: run() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--one') {
  const [format, n, runs] = [process.argv[3], Number(process.argv[4]), Number(process.argv[5])];
  console.log(JSON.stringify(await measure(format, n, runs)));
} else {
  const sizes = (process.env.BENCH_SIZES ?? '250,500,1000,2000').split(',').map(Number);
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const f = (x) => x.toFixed(0).padStart(7);
  console.log('parse + validate (load = parse and JSON Schema, check = semantic checks), ms; first run and best of ' + runs);
  console.log('syntax  entities   lines   first:load  check  total   best:load  check  total  µs/entity   compile  no-op   RSS MB');
  for (const format of ['pab', 'yaml']) {
    for (const n of sizes) {
      const out = execFileSync(process.execPath, [self, '--one', format, String(n), String(runs)], { encoding: 'utf8' });
      const m = JSON.parse(out);
      const firstTotal = m.first.load + m.first.check;
      const bestTotal = m.best.load + m.best.check;
      console.log(
        `${format.padEnd(6)}  ${String(n).padStart(8)}  ${String(m.lines).padStart(6)}  ${f(m.first.load)}${f(m.first.check)}${f(firstTotal)}    ${f(m.best.load)}${f(m.best.check)}${f(bestTotal)}  ${f((bestTotal * 1000) / n)}  ${f(m.compileFull)}${f(m.compileNoop)}  ${f(m.rss)}`,
      );
    }
  }
  console.log('\npab compile (the command, new process, every target), ms and peak RSS MB; budget at 2,000 entities: 1600 ms, 400 MB, no-op 15%');
  console.log('entities   full   RSS MB   no-op   no-op %');
  for (const n of sizes) {
    const c = await measureCli(n);
    console.log(`${String(n).padStart(8)}${f(c.full.ms)}  ${f(c.full.rss)}${f(c.noop.ms)}  ${f((c.noop.ms * 100) / c.full.ms)}`);
  }
}
