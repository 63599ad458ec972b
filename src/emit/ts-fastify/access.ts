/**
 * Access rules of the IR as the generated `access.ts` evaluates them: plain
 * data (`Rule`), with record paths already spelled as Prisma fields (relation
 * fields to walk, then the scalar field), so the runtime turns a condition
 * into a Prisma `where` without knowing the model. What the runtime cannot
 * express (arithmetic, comparing two fields, a composite foreign key) becomes
 * `deny`, reported by the caller as a warning: the operation fails closed.
 */
import type { AccessRule, Auth, Entity, Expr, ServiceModel } from '../../model/model.js';

export type RuleValue = { readonly user: string } | { readonly literal: string | number | boolean | null } | { readonly now: true };
export type RuleCond =
  | { readonly kind: 'cmp'; readonly path: readonly string[]; readonly op: string; readonly value: RuleValue }
  | { readonly kind: 'in'; readonly path: readonly string[]; readonly negated: boolean; readonly values: readonly RuleValue[] }
  | { readonly kind: 'and' | 'or'; readonly conds: readonly RuleCond[] }
  | { readonly kind: 'not'; readonly cond: RuleCond }
  | { readonly kind: 'deny' };
export type Rule =
  | { readonly kind: 'public' | 'authenticated' | 'deny' }
  | { readonly kind: 'role'; readonly roles: readonly string[] }
  | { readonly kind: 'permission'; readonly permission: string }
  | { readonly kind: 'owner'; readonly path: readonly string[] }
  | { readonly kind: 'where'; readonly cond: RuleCond }
  | { readonly kind: 'and' | 'or'; readonly rules: readonly Rule[] }
  | { readonly kind: 'not'; readonly rule: Rule };

/** Entity name → spec field name → Prisma field name. */
export type PrismaFieldNames = ReadonlyMap<string, ReadonlyMap<string, string>>;

export interface RuleContext {
  readonly model: ServiceModel;
  readonly names: PrismaFieldNames;
  /** Called with the source of each part the runtime cannot evaluate. */
  readonly unsupported: (what: string) => void;
}

const FLIP: Readonly<Record<string, string>> = { '=': '=', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function prismaName(ctx: RuleContext, entity: string, field: string): string {
  return ctx.names.get(entity)?.get(field) ?? field;
}

/** A record path (`cart.customer`) as Prisma fields, or undefined when it cannot be one. */
function fieldPath(expr: Extract<Expr, { kind: 'field' }>, entity: Entity, ctx: RuleContext): string[] | undefined {
  const entities = new Map(ctx.model.entities.map((e) => [e.name, e]));
  let current = entity;
  const out: string[] = [];
  for (let i = 0; i < expr.path.length; i++) {
    const name = expr.path[i]!;
    const field = current.fields.find((f) => f.name === name);
    if (field === undefined) return undefined;
    const last = i === expr.path.length - 1;
    if (field.kind === 'relation') {
      if (last) {
        const columns = expr.columns ?? field.foreignKey;
        if (columns.length !== 1) return undefined;
        out.push(prismaName(ctx, current.name, columns[0]!));
        return out;
      }
      if (field.list) return undefined;
      out.push(prismaName(ctx, current.name, field.name));
      current = entities.get(field.target)!;
      continue;
    }
    if (!last) return undefined;
    out.push(prismaName(ctx, current.name, field.name));
  }
  return out;
}

function valueOf(expr: Expr): RuleValue | undefined {
  switch (expr.kind) {
    case 'literal': return { literal: expr.value };
    case 'enumValue': return { literal: expr.value };
    case 'user': return { user: expr.path.join('.') };
    case 'now': return { now: true };
    default: return undefined;
  }
}

function condOf(expr: Expr, entity: Entity, ctx: RuleContext, source: string): RuleCond {
  const deny = (): RuleCond => {
    ctx.unsupported(source);
    return { kind: 'deny' };
  };
  switch (expr.kind) {
    case 'and':
    case 'or':
      return { kind: expr.kind, conds: [condOf(expr.left, entity, ctx, source), condOf(expr.right, entity, ctx, source)] };
    case 'not':
      return { kind: 'not', cond: condOf(expr.operand, entity, ctx, source) };
    case 'compare': {
      let field = expr.left;
      let other = expr.right;
      let op: string = expr.op;
      if (field.kind !== 'field') {
        [field, other] = [other, field];
        op = FLIP[op]!;
      }
      if (field.kind !== 'field') return deny();
      const path = fieldPath(field, entity, ctx);
      const value = valueOf(other);
      if (path === undefined || value === undefined) return deny();
      return { kind: 'cmp', path, op, value };
    }
    case 'field': {
      // A boolean field used as a condition: `active`, `not internal`.
      const path = fieldPath(expr, entity, ctx);
      return path === undefined ? deny() : { kind: 'cmp', path, op: '=', value: { literal: true } };
    }
    case 'in': {
      if (expr.value.kind !== 'field' || expr.list.kind !== 'list') return deny();
      const path = fieldPath(expr.value, entity, ctx);
      const values = expr.list.items.map(valueOf);
      if (path === undefined || values.some((v) => v === undefined)) return deny();
      return { kind: 'in', path, negated: expr.negated, values: values as RuleValue[] };
    }
    default:
      return deny();
  }
}

/** The runtime rule of an IR access rule on records of `entity`. */
export function compileRule(rule: AccessRule, entity: Entity, ctx: RuleContext): Rule {
  switch (rule.kind) {
    case 'public':
    case 'authenticated':
      return { kind: rule.kind };
    case 'role':
      return { kind: 'role', roles: rule.roles };
    case 'permission':
      return { kind: 'permission', permission: rule.permission };
    case 'owner': {
      if (rule.columns.length !== 1) {
        ctx.unsupported(`owner(${rule.field})`);
        return { kind: 'deny' };
      }
      return { kind: 'owner', path: [prismaName(ctx, entity.name, rule.columns[0]!)] };
    }
    case 'policy':
      return { kind: 'where', cond: condOf(rule.condition.expr, entity, ctx, `policy(${rule.policy}): ${rule.condition.source}`) };
    case 'condition':
      return { kind: 'where', cond: condOf(rule.condition.expr, entity, ctx, rule.condition.source) };
    case 'and':
    case 'or':
      return { kind: rule.kind, rules: rule.rules.map((r) => compileRule(r, entity, ctx)) };
    case 'not':
      return { kind: 'not', rule: compileRule(rule.rule, entity, ctx) };
  }
}

/** Each role: the roles it counts as (itself and, transitively, what it inherits) and all its permissions. */
export function roleTable(auth: Auth | undefined): Record<string, { is: string[]; permissions: string[] }> {
  const roles = new Map((auth?.roles ?? []).map((r) => [r.name, r]));
  const out: Record<string, { is: string[]; permissions: string[] }> = {};
  for (const role of roles.values()) {
    const seen = new Set<string>();
    const walk = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const parent of roles.get(name)?.inherits ?? []) walk(parent);
    };
    walk(role.name);
    Object.defineProperty(out, role.name, { value: { is: [...seen], permissions: [...role.allPermissions] }, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
