/**
 * The `yaml` package's runtime values, taken from its browser build
 * (`browser/dist`, ES modules). Both builds are the same code except for
 * Node-only extras: the Node build reads `process.env.LOG_TOKENS` for every
 * token its parser reads (a debugging switch; each read is a call into the
 * C++ environment lookup, about a tenth of the time of reading a large spec),
 * `LOG_STREAM` for every document, and warns through `process.emitWarning`
 * (never reached here) and decodes `!!binary` (not in the core schema). Every
 * module of pab takes yaml's values from here, so only one copy is loaded;
 * types still come from 'yaml'. Should a future release drop the browser
 * build, the package entry point is used.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Yaml = typeof import('yaml');

async function loadYaml(): Promise<Yaml> {
  // The Node entry point is <package>/dist/index.js; the browser build is <package>/browser/dist/index.js.
  const browser = join(dirname(createRequire(import.meta.url).resolve('yaml')), '..', 'browser', 'dist', 'index.js');
  if (existsSync(browser)) return (await import(pathToFileURL(browser).href)) as Yaml;
  return import('yaml');
}

const yaml = await loadYaml();

export const { Composer, Parser, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit } = yaml;
