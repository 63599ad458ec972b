/**
 * Benchmark: parse + schema + check time for specs of N entities (each with a
 * resource), in both syntaxes. Prints a table; run with `npm run bench`.
 * Time should grow linearly: the last column (µs per entity) stays flat.
 */
import { createMemoryHost } from '../src/core/host.js';
import { hasErrors } from '../src/diagnostics/diagnostic.js';
import { validateSpec } from '../src/pipeline.js';
import { printYamlSpec } from '../src/syntax/yaml/print.js';
import { parsePabSpec } from '../src/syntax/pab/index.js';
import { createSourceFile } from '../src/core/source-file.js';
import { generatePab } from './generate.js';

const sizes = (process.env['BENCH_SIZES'] ?? '125,250,500,1000,2000').split(',').map(Number);
const runs = Number(process.env['BENCH_RUNS'] ?? 5);

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log('syntax  entities   lines   median ms   µs/entity   heap MB');
for (const format of ['pab', 'yaml'] as const) {
  for (const n of sizes) {
    const pab = generatePab(n);
    const parsed = parsePabSpec(createSourceFile('gen.pab', pab));
    const text = format === 'pab' ? pab : printYamlSpec(parsed.ast!.document, parsed.ast!.comments);
    const path = format === 'pab' ? 'backend.pab' : 'backend.yaml';
    const host = createMemoryHost({ [path]: text });
    const first = validateSpec(host, path);
    if (hasErrors(first.diagnostics)) {
      console.error(first.diagnostics.slice(0, 5));
      throw new Error(`generated ${format} spec of ${n} entities does not validate`);
    }
    const times: number[] = [];
    for (let r = 0; r < runs; r++) times.push(time(() => validateSpec(host, path)));
    const ms = median(times);
    const heap = process.memoryUsage().heapUsed / 1e6;
    console.log(
      `${format.padEnd(6)}  ${String(n).padStart(8)}  ${String(text.split('\n').length).padStart(6)}  ${ms.toFixed(1).padStart(10)}  ${((ms * 1000) / n).toFixed(0).padStart(10)}  ${heap.toFixed(0).padStart(8)}`,
    );
  }
}
