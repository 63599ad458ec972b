/**
 * The tables of the spec's roles and of the admin override (issue #7), as IR
 * entities added to the spec's own like the sign-in tables, so the Prisma
 * schema and the SQL migrations (both dialects) come from the same machinery:
 *
 * - `pab_auth_roles` and `pab_auth_role_permissions`: the declared roles and
 *   every permission each has (declared or inherited), kept in step with the
 *   spec by `applyMigrations` (seed data that reports and admin tools can join
 *   to the users' role column; the service itself decides from the spec).
 * - `pab_auth_audit_log`: one row per request the admin role was let through
 *   only because it is the admin (`auth.admin … audit`): who, which rule it
 *   overrode, what it called. Rows name the actor by id without a foreign key,
 *   so they outlive the account.
 *
 * Unlike the sign-in tables these do not need password sign-in: any spec with
 * roles, or with an audited admin role, gets them.
 */
import type { Entity, Field, Index, Relation, ScalarField, ServiceModel } from '../../model/model.js';

/** The entity names of the role and audit tables (also their Prisma model names). */
export const ADMIN_ENTITIES = {
  role: 'PabAuthRole',
  rolePermission: 'PabAuthRolePermission',
  audit: 'PabAuthAuditLog',
} as const;

export interface AdminTables {
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
  /** The spec's roles are stored (and seeded). */
  readonly roles: boolean;
  /** Admin overrides are written to the audit log. */
  readonly audit: boolean;
}

/** The role and audit tables the spec needs; `refuse` gets the entity that takes one of their names (then there are none). */
export function adminTables(model: ServiceModel, refuse: (entity: string) => void = () => {}): AdminTables | undefined {
  const auth = model.auth;
  if (auth === undefined) return undefined;
  const roles = auth.roles.length > 0;
  const audit = auth.admin?.audit === true;
  if (!roles && !audit) return undefined;
  const taken = model.entities.find((e) => (Object.values(ADMIN_ENTITIES) as string[]).includes(e.name));
  if (taken !== undefined) {
    refuse(taken.name);
    return undefined;
  }
  const origin = auth.origin;
  const scalar = (name: string, column: string, type: ScalarField['type'], extra: Partial<ScalarField> = {}): ScalarField => ({
    kind: 'scalar', name, column, type, optional: false, list: false, implicit: false, id: false, unique: false, constraints: {}, origin, ...extra,
  });
  const text = (name: string, column: string, maxLength: number, optional = false): ScalarField => scalar(name, column, 'string', { optional, constraints: { maxLength } });
  const entity = (name: string, table: string, doc: string, fields: Field[], key: string[], indexes: Index[]): Entity => ({
    name, doc, table, fields, primaryKey: { fields: key, composite: key.length > 1, implicit: false }, timestamps: false, softDelete: false, indexes, checks: [], origin,
  });
  const index = (table: string, fields: readonly [string, string][]): Index => ({
    name: `${table}_${fields.map(([, column]) => column).join('_')}_idx`,
    fields: fields.map(([field]) => ({ field, direction: 'asc' as const })),
    unique: false,
    implicit: false,
    origin,
  });

  const entities: Entity[] = [];
  const relations: Relation[] = [];
  if (roles) {
    const relation = `${ADMIN_ENTITIES.rolePermission}.roleRef`;
    relations.push({
      name: relation,
      kind: 'manyToOne',
      owner: { entity: ADMIN_ENTITIES.rolePermission, field: 'roleRef' },
      selfRelation: false,
      foreignKey: { fields: ['role'], references: { entity: ADMIN_ENTITIES.role, fields: ['name'] }, optional: false, unique: false },
      onDelete: 'cascade',
      onUpdate: 'cascade',
      origin,
    });
    entities.push(
      entity(ADMIN_ENTITIES.role, 'pab_auth_roles', 'A role of the spec (seed data kept in step with it at every migration).', [
        { ...text('name', 'name', 100), id: true },
        text('description', 'description', 1000, true),
      ], ['name'], []),
      entity(ADMIN_ENTITIES.rolePermission, 'pab_auth_role_permissions', 'A permission a role has: declared on it, or inherited from a role it inherits.', [
        { kind: 'relation', name: 'roleRef', target: ADMIN_ENTITIES.role, relation, cardinality: 'manyToOne', foreignKey: ['role'], optional: false, list: false, implicit: false, origin },
        { ...text('role', 'role', 100), id: true, implicit: true, foreignKey: { relation, entity: ADMIN_ENTITIES.role, field: 'name' } },
        { ...text('permission', 'permission', 200), id: true },
        scalar('inherited', 'inherited', 'boolean'),
      ], ['role', 'permission'], []),
    );
  }
  if (audit) {
    entities.push(entity(ADMIN_ENTITIES.audit, 'pab_auth_audit_log', 'A request the admin role made past an access rule that would have refused it or limited it to some records.', [
      scalar('id', 'id', 'uuid', { id: true, default: { kind: 'uuid' } }),
      scalar('at', 'at', 'datetime'),
      text('actorId', 'actor_id', 255),
      text('actorRole', 'actor_role', 100),
      text('rule', 'rule', 200),
      text('ruleText', 'rule_text', 1000),
      text('method', 'method', 10),
      text('path', 'path', 2000),
      text('target', 'target', 1000, true),
      text('requestId', 'request_id', 200, true),
      text('address', 'address', 100, true),
    ], ['id'], [index('pab_auth_audit_log', [['at', 'at']]), index('pab_auth_audit_log', [['actorId', 'actor_id'], ['at', 'at']])]));
  }
  return { entities, relations, roles, audit };
}

/** The model with the role and audit tables added (for the Prisma schema and the SQL schema only). */
export function withAdminTables(model: ServiceModel, tables: AdminTables | undefined): ServiceModel {
  if (tables === undefined) return model;
  return { ...model, entities: [...model.entities, ...tables.entities], relations: [...model.relations, ...tables.relations] };
}
