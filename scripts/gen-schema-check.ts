// Writes src/syntax/schema-check.generated.ts, the precompiled schema check (npx tsx scripts/gen-schema-check.ts).
import { writeFileSync } from 'node:fs';
import { renderSchemaCheck } from '../src/syntax/schema-code.js';

writeFileSync(new URL('../src/syntax/schema-check.generated.ts', import.meta.url), renderSchemaCheck());
console.log('wrote src/syntax/schema-check.generated.ts');
