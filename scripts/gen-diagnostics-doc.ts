// Writes grammar/DIAGNOSTICS.md from the diagnostic registries (npm run docs:diagnostics).
import { writeFileSync } from 'node:fs';
import { renderDiagnosticsDoc } from '../src/diagnostics/docs.js';

writeFileSync(new URL('../grammar/DIAGNOSTICS.md', import.meta.url), renderDiagnosticsDoc());
console.log('wrote grammar/DIAGNOSTICS.md');
