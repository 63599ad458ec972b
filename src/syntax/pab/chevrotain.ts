/**
 * Chevrotain's runtime values, loaded from the single-file bundle the package
 * ships (`lib/chevrotain.mjs`). The package's entry point imports lodash-es,
 * which is some 600 separate ES modules: resolving and loading them costs
 * about half a second of every start. The bundle is the same code (lodash
 * inlined) in one file. Every module of pab takes Chevrotain's values from
 * here, so only one copy is ever loaded; types still come from 'chevrotain'.
 * Should a future release drop the bundle, the package entry point is used.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Chevrotain = typeof import('chevrotain');

async function loadChevrotain(): Promise<Chevrotain> {
  // The entry point is <package>/lib/src/api.js; the bundle is <package>/lib/chevrotain.mjs.
  const bundle = join(dirname(createRequire(import.meta.url).resolve('chevrotain')), '..', 'chevrotain.mjs');
  if (existsSync(bundle)) return (await import(pathToFileURL(bundle).href)) as Chevrotain;
  return import('chevrotain');
}

const chevrotain = await loadChevrotain();

export const { createSyntaxDiagramsCode, createToken, EmbeddedActionsParser, EOF, Lexer } = chevrotain;
