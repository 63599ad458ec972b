// Writes grammar/pab.ebnf and grammar/railroad.html from the parser (npm run grammar).
import { writeFileSync } from 'node:fs';
import { renderEbnf, renderRailroad } from '../src/syntax/pab/grammar-docs.js';

writeFileSync(new URL('../grammar/pab.ebnf', import.meta.url), renderEbnf());
writeFileSync(new URL('../grammar/railroad.html', import.meta.url), renderRailroad());
console.log('wrote grammar/pab.ebnf and grammar/railroad.html');
