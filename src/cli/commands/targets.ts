/**
 * `pab targets`: every target with its one-line description and options,
 * from the registry (the only list of targets there is).
 */
import { TARGETS } from '../../emit/registry.js';
import { EXIT, type CliIo } from '../io.js';

export function runTargets(io: CliIo): number {
  const width = Math.max(...TARGETS.map((t) => t.name.length));
  const lines: string[] = [];
  for (const t of TARGETS) {
    lines.push(`${t.name.padEnd(width)}  ${t.description}`);
    for (const o of t.options) {
      const def = o.default === undefined ? '' : ` (default: ${String(o.default)})`;
      lines.push(`${' '.repeat(width)}    --${o.name} <${o.type}>  ${o.description}${def}`);
    }
  }
  io.stdout(lines.join('\n') + '\n');
  return EXIT.ok;
}
