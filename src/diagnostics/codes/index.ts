/**
 * Every diagnostic registry, in a stable order, for the generated reference
 * (`grammar/DIAGNOSTICS.md`, see `diagnostics/docs.ts`) and the registry tests.
 * A new registry (a file in this folder, or any other `defineDiagnostics` call,
 * such as the expression registry in `syntax/expr/diagnostics.ts`) MUST be
 * added to `ALL_REGISTRIES` below; `test/diagnostics/registry.test.ts` fails
 * until it is.
 */
import type { DiagnosticTable } from '../diagnostic.js';
import { exprDiagnostics } from '../../syntax/expr/diagnostics.js';
import { breakingDiagnostics } from './breaking.js';
import { checkDiagnostics } from './check.js';
import { compileDiagnostics } from './compile.js';
import { emitDiagnostics } from './emit.js';
import { graphqlDiagnostics } from './graphql.js';
import { loadDiagnostics } from './load.js';
import { mongodbDiagnostics } from './mongodb.js';
import { openapiDiagnostics } from './openapi.js';
import { pabDiagnostics } from './pab.js';
import { prismaDiagnostics } from './prisma.js';
import { protoDiagnostics } from './proto.js';
import { schemaDiagnostics } from './schema.js';
import { sqlDiagnostics } from './sql.js';
import { tsFastifyDiagnostics } from './ts-fastify.js';
import { tsFastifyDeployDiagnostics } from './ts-fastify-deploy.js';
import { yamlDiagnostics } from './yaml.js';

export interface RegistryInfo {
  /** The registry's file stem in `src/diagnostics/codes/` ("pab", "schema"); `expr` for `syntax/expr/diagnostics.ts`. */
  readonly owner: string;
  /** Section title in the reference ("YAML front end"). */
  readonly title: string;
  readonly table: DiagnosticTable;
}

/** In pipeline order: loading, the two front ends, structural validation, expressions, checking, targets (running them, then each target's own). */
export const ALL_REGISTRIES: readonly RegistryInfo[] = [
  { owner: 'load', title: 'Loading spec files', table: loadDiagnostics },
  { owner: 'pab', title: '.pab front end', table: pabDiagnostics },
  { owner: 'yaml', title: 'YAML front end', table: yamlDiagnostics },
  { owner: 'schema', title: 'Structural validation', table: schemaDiagnostics },
  { owner: 'expr', title: 'Expressions', table: exprDiagnostics },
  { owner: 'check', title: 'Semantic checks', table: checkDiagnostics },
  { owner: 'emit', title: 'Running targets', table: emitDiagnostics },
  { owner: 'mongodb', title: 'MongoDB target', table: mongodbDiagnostics },
  { owner: 'compile', title: 'Compiling into an output folder', table: compileDiagnostics },
  { owner: 'sql', title: 'SQL targets and migrations', table: sqlDiagnostics },
  { owner: 'prisma', title: 'Prisma target', table: prismaDiagnostics },
  { owner: 'openapi', title: 'OpenAPI target', table: openapiDiagnostics },
  { owner: 'graphql', title: 'GraphQL target', table: graphqlDiagnostics },
  { owner: 'proto', title: 'Protobuf target', table: protoDiagnostics },
  { owner: 'ts-fastify', title: 'TypeScript Fastify service target', table: tsFastifyDiagnostics },
  { owner: 'ts-fastify-deploy', title: 'ts-fastify target: deploy files and service clients', table: tsFastifyDeployDiagnostics },
  { owner: 'breaking', title: 'Breaking changes (pab diff --breaking)', table: breakingDiagnostics },
];
