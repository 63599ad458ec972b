/**
 * Target `ts-fastify`: a runnable TypeScript service (Fastify 5, Prisma 7
 * with a driver adapter, PGlite when no `DATABASE_URL` is set). The layout,
 * the runtime modules and their contracts are described in `DESIGN.md`
 * next to this file.
 *
 * Reused, never re-derived: the Prisma data model (`../prisma/schema.ts`,
 * with this project's generator block), the SQL migrations and their history
 * over this target's own previous output (`../sql/target.ts`), the OpenAPI
 * document (`../openapi/document.ts`: served as it is, and its schemas
 * validate requests and serialize responses) and the shared API contract
 * (`../api/shapes.ts`). Code under `src/generated/` is pab's; the files
 * under `src/extensions/` are scaffold (created once, then the user's).
 */
import { createSpan } from '../../core/span.js';
import { diag } from '../../diagnostics/codes/ts-fastify.js';
import type { ServiceModel } from '../../model/model.js';
import type { Emitter, EmitContext, OutputFile } from '../emitter.js';
import { prismaLineComment, prismaString } from '../escape.js';
import { generatedHeader } from '../header.js';
import { buildDocument } from '../openapi/document.js';
import { jsonText } from '../openapi/json.js';
import { layoutSchema } from '../prisma/layout.js';
import { buildPrismaSchema } from '../prisma/schema.js';
import { buildSchema } from '../sql/schema.js';
import { allowancesOf, lintDiagnostics, pendingMigration, readHistory, reportUnsupported } from '../sql/target.js';
import { adminTables, withAdminTables } from './admin-model.js';
import { authTables, withAuthTables } from './auth-model.js';
import { projectFiles } from './project.js';
import { clientFiles, tracingFile } from './clients.js';
import { deployFiles } from './deploy.js';
import { buildView } from './view-model.js';

export type TsFastifyOptions = Record<string, never>;

const MIGRATION_FILE = /^migrations\/(\d{4,})_([a-z0-9_]+)\/(up\.sql|down\.sql|snapshot\.json)$/;

/** The generator block of this project's schema.prisma: the client goes to src/generated/prisma as ESM for Node. */
function generatorLines(previewFeatures: readonly string[]): string[] {
  const pairs: [string, string][] = [
    ['provider', prismaString('prisma-client')],
    ['output', prismaString('../src/generated/prisma')],
    ['moduleFormat', prismaString('esm')],
    ['runtime', prismaString('nodejs')],
  ];
  if (previewFeatures.length > 0) pairs.push(['previewFeatures', `[${previewFeatures.map(prismaString).join(', ')}]`]);
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${k.padEnd(width)} = ${v}`);
}

/** Exports a scaffold file on disk lacks, for the warning `ts-fastify-scaffold-outdated`. */
function missingExports(previous: ReadonlyMap<string, string>, path: string, names: readonly string[]): string[] {
  const text = previous.get(path);
  if (text === undefined) return [];
  return names.filter((n) => !new RegExp(`export\\s+(?:async\\s+)?(?:function|const|let)\\s+${n.replace(/\$/g, '\\$')}\\b`).test(text));
}

export const tsFastifyTarget: Emitter<TsFastifyOptions> = {
  name: 'ts-fastify',
  description: 'A runnable TypeScript service: Fastify 5, Prisma 7 (PGlite without DATABASE_URL), migrations, access rules, metrics, generated tests.',
  options: [],
  defaults: {},
  emit(model: ServiceModel, ctx: EmitContext<TsFastifyOptions>): OutputFile[] {
    const database = model.backend.database ?? 'postgres';
    const o = model.backend.origin;
    if (database === 'mongodb' || database === 'sqlite') {
      ctx.report(diag('ts-fastify-database-unsupported', { database }, { span: createSpan(o.file, o.start, o.end) }));
      return [];
    }
    const header = generatedHeader('ts', ctx.specPath).trimEnd();
    // The sign-in tables join the spec's entities in the Prisma schema and the migrations (not in the API).
    const tables = authTables(model, (entity, reason) => {
      const a = model.auth!.origin;
      ctx.report(diag('ts-fastify-auth-unsupported', { entity, reason }, { span: createSpan(a.file, a.start, a.end) }));
    });
    // The spec's roles (seed data) and the admin override's audit log, likewise.
    const admin = adminTables(model, (entity) => {
      const e = model.entities.find((x) => x.name === entity)!.origin;
      ctx.report(diag('ts-fastify-admin-tables-unsupported', { entity }, { span: createSpan(e.file, e.start, e.end) }));
    });
    const stored = withAdminTables(withAuthTables(model, tables), admin);
    const { schema, renames } = buildSchema(stored, database, reportUnsupported('ts-fastify', database, ctx.report));
    const prisma = buildPrismaSchema(stored, schema, ctx.report);
    const preamble = model.backend.doc === undefined ? [] : model.backend.doc.split(/\r\n?|[\n\u0085\u2028\u2029]/).map((l) => prismaLineComment(l).trimEnd());
    const layout = layoutSchema(prisma, generatedHeader('prisma', ctx.specPath).trimEnd(), preamble, '../src/generated/prisma');
    const prismaView = { ...layout, generator: generatorLines(prisma.previewFeatures) };
    const doc = buildDocument(model, ctx.report);
    const reported = new Set<string>();
    const view = buildView(model, doc, prisma, (condition, origin) => {
      const resource = model.resources.find((r) => r.origin === origin)?.name ?? '';
      const key = `${resource}\u0000${condition}`;
      if (reported.has(key)) return;
      reported.add(key);
      ctx.report(diag('ts-fastify-access-unsupported', { resource, condition }, { span: createSpan(origin.file, origin.start, origin.end) }));
    }, tables, admin);

    const files: OutputFile[] = [
      ...projectFiles(model, ctx, { header, database, view, prismaSchema: ctx.render('schema.prisma.njk', prismaView) }),
      { path: 'openapi.json', content: jsonText(doc), kind: 'generated' },
      ...clientFiles(model, { specPath: ctx.specPath, report: ctx.report }),
      tracingFile(model, { specPath: ctx.specPath }),
      ...deployFiles(model, { specPath: ctx.specPath, report: ctx.report }),
    ];

    for (const r of view.resources) {
      const path = `src/extensions/actions/${r.file}.ts`;
      for (const name of missingExports(ctx.previous, path, r.actions.map((a) => a.ident))) {
        ctx.report(diag('ts-fastify-scaffold-outdated', { file: path, name }, { span: createSpan(o.file, o.start, o.end) }));
      }
    }

    const history = readHistory(ctx.previous, database);
    history.problems.forEach(ctx.report);
    for (const [path, content] of ctx.previous) {
      if (MIGRATION_FILE.test(path)) files.push({ path, content, kind: 'generated', immutable: true });
    }
    if (history.problems.length === 0) {
      const pending = pendingMigration(history, schema, renames, generatedHeader('sql', ctx.specPath));
      lintDiagnostics(pending?.findings ?? [], allowancesOf(model), model).forEach(ctx.report);
      if (pending) {
        files.push(
          { path: `migrations/${pending.folder}/up.sql`, content: pending.up, kind: 'generated', immutable: true },
          { path: `migrations/${pending.folder}/down.sql`, content: pending.down, kind: 'generated', immutable: true },
          { path: `migrations/${pending.folder}/snapshot.json`, content: pending.snapshot, kind: 'generated', immutable: true },
        );
      }
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};
