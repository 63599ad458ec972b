/**
 * The admin override and the role seed of the generated service (issue #7):
 * which specs get the role and audit tables, the override in access.ts, the
 * audit writer, the seed in migrations.ts and the generated tests. The
 * behaviour itself is proven by each project's generated tests (admin.test.ts
 * and the resources' override tests), run by the e2e on real databases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryHost } from '../../src/core/host.js';
import { compileProject, ROOT } from '../e2e/ts-fastify-project.js';

const blog = compileProject('examples/blog/backend.yaml');
const shop = compileProject('examples/shop/backend.pab');

describe('ts-fastify: roles and the admin override', () => {
  it('gives a spec with an audited admin role the audit log and the role tables', () => {
    const prisma = blog.files.get('prisma/schema.prisma')!;
    for (const model of ['PabAuthRole', 'PabAuthRolePermission', 'PabAuthAuditLog']) expect(prisma).toContain(`model ${model} {`);
    const up = [...blog.files].find(([path]) => /^migrations\/0001_[^/]+\/up\.sql$/.test(path))![1];
    expect(up).toContain('CREATE TABLE `pab_auth_audit_log`');
    expect(up).toContain('CREATE TABLE `pab_auth_role_permissions`');
    expect(up).toContain('FOREIGN KEY (`role`) REFERENCES `pab_auth_roles` (`name`) ON DELETE CASCADE');
  });

  it('makes the admin role pass every rule, recording each override', () => {
    const access = blog.files.get('src/generated/access.ts')!;
    expect(access).toContain('export const ADMIN_ROLE: string | undefined = "ADMIN";');
    expect(access).toContain('if (decision !== true && principal !== undefined && isAdmin(principal) && RULES[operationId] !== undefined) return { principal, override: info };');
    const audit = blog.files.get('src/generated/audit.ts')!;
    expect(audit).toContain('await db.prisma.pabAuthAuditLog.create({ data: entry });');
    expect(audit).toContain("throw new HttpProblem(503, 'The audit log cannot be written right now, so this admin override is refused. Try again later.');");
    expect(blog.files.get('src/generated/metrics.ts')).toContain("name: 'access_admin_overrides_total'");
    expect(blog.files.get('test/generated/admin.test.ts')).toContain("it('refuses an override (503) when its audit entry cannot be written'");
  });

  it('seeds the roles with their declared and inherited permissions at every migration', () => {
    const migrations = blog.files.get('src/generated/migrations.ts')!;
    expect(migrations).toContain('await syncRoles(db);');
    // ADMIN declares users.manage and inherits EDITOR's (and so AUTHOR's and READER's) permissions.
    expect(migrations).toMatch(/name: "ADMIN",\s+description: "Manages users and site settings.",\s+permissions: \[\s+\[\s+"comments.create",\s+true\s+\]/);
    expect(migrations).toMatch(/\[\s+"users.manage",\s+false\s+\]/);
    expect(migrations).toContain('ON DUPLICATE KEY UPDATE');
    expect(shop.files.get('src/generated/migrations.ts')).toContain('ON CONFLICT ("name") DO UPDATE');
  });

  it('gives a spec with roles but no admin the role tables only, and no override', () => {
    expect(shop.files.get('prisma/schema.prisma')).toContain('model PabAuthRole {');
    expect(shop.files.get('prisma/schema.prisma')).not.toContain('PabAuthAuditLog');
    expect(shop.files.has('src/generated/audit.ts')).toBe(false);
    expect(shop.files.get('src/generated/access.ts')).toContain('export const ADMIN_ROLE: string | undefined = undefined;');
    expect(shop.files.get('src/generated/app.ts')).not.toContain('withAdminAudit');
  });

  it('logs and counts overrides without storing them when the spec turns auditing off', () => {
    const path = 'examples/blog/backend.yaml';
    const text = readSpec(path).replace(/admin:\n(\s+)role: ADMIN\n\s+audit: true/, 'admin:\n$1role: ADMIN\n$1audit: false');
    expect(text).toContain('audit: false');
    const p = compileProject(path, new Map(), createMemoryHost({ [path]: text }));
    expect(p.files.get('prisma/schema.prisma')).not.toContain('PabAuthAuditLog');
    expect(p.files.get('src/generated/audit.ts')).toContain('export function auditLog(_db: Database): AuditWriter | undefined {');
    expect(p.files.get('test/generated/admin.test.ts')).not.toContain('refuses an override (503)');
  });

  it('warns and keeps no roles or audit log when an entity takes one of their names', () => {
    const path = 'examples/blog/backend.yaml';
    const text = readSpec(path).replace(/^entities:\n/m, 'entities:\n  PabAuthAuditLog:\n    fields:\n      note: string\n');
    const p = compileProject(path, new Map(), createMemoryHost({ [path]: text }));
    const warning = p.diagnostics.find((d) => d.code === 'ts-fastify-admin-tables-unsupported');
    expect(warning?.message).toContain('`PabAuthAuditLog` takes the name of a table');
    expect(p.files.has('src/generated/audit.ts')).toBe(false);
    expect(p.files.get('src/generated/access.ts')).toContain('export const ADMIN_ROLE: string | undefined = undefined;');
  });
});

function readSpec(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
