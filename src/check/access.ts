/**
 * Resolves access rules (`syntax/expr/access.ts`) into IR `AccessRule`s.
 * First the missing-context check: a rule that needs signed-in users requires
 * an `auth` section, and one that needs to know who the user is (roles,
 * permissions, owner, `user.x`) requires an identity; when context is missing
 * it is reported once per rule and the names in it are not checked (they
 * could not resolve). Then roles, permissions, policies and owner fields are
 * resolved, and attribute comparisons go through `conditions.ts`.
 */
import type { Span } from '../core/span.js';
import { didYouMeanHint } from '../diagnostics/did-you-mean.js';
import type { AccessRule, Condition } from '../model/expr.js';
import { parseAccessRule, type AccessNode } from '../syntax/expr/access.js';
import type { ExprNode } from '../syntax/expr/condition.js';
import { parseCondition } from '../syntax/expr/condition.js';
import { at, ptr, reportAll, reportAt, sourceAt, type CheckContext } from './context.js';
import { resolveConditionNode, type ConditionScope } from './conditions.js';
import { lookupField, lookupName } from './lookup.js';
import { accessRuleOf, conditionOf, keptQuiet } from './parsed.js';
import type { EntityInfo } from './symbols.js';

export interface AccessScope {
  /** "the access rule of `list` in resource `orders`". */
  readonly what: string;
  /** The record the rule is about; absent for a command without an entity. */
  readonly entity?: EntityInfo;
  /** The aggregate of a command without entity (for `owner(...)` messages). */
  readonly aggregate?: string;
}

/** The identity entity, if the spec declares one that resolves. */
export function identityOf(ctx: CheckContext): EntityInfo | undefined {
  const name = ctx.doc.auth?.identity?.entity;
  return typeof name === 'string' ? ctx.entities.get(name) : undefined;
}

function usesUser(expr: ExprNode): boolean {
  switch (expr.kind) {
    case 'path': return expr.segments[0]!.name === 'user';
    case 'binary': return usesUser(expr.left) || usesUser(expr.right);
    case 'not':
    case 'negate': return usesUser(expr.operand);
    case 'call': return expr.args.some(usesUser);
    case 'tuple': return expr.items.some(usesUser);
    default: return false;
  }
}

/** The first term needing auth (`needsIdentity`: needing to know the user), with its span and text. */
function firstNeed(node: AccessNode, needsIdentity: boolean): { term: string; span: Span } | undefined {
  switch (node.kind) {
    case 'public': return undefined;
    case 'authenticated':
    case 'policy': return needsIdentity ? undefined : { term: node.kind === 'policy' ? `policy(${node.name.name})` : 'authenticated', span: node.span };
    case 'role': return { term: `role(${node.roles.map((r) => r.name).join(', ')})`, span: node.span };
    case 'permission': return { term: `permission(${node.name})`, span: node.span };
    case 'owner': return { term: `owner(${node.field.name})`, span: node.span };
    case 'condition': return usesUser(node.expr) ? { term: 'user', span: node.span } : undefined;
    case 'not': return firstNeed(node.rule, needsIdentity);
    case 'and':
    case 'or': return node.rules.map((r) => firstNeed(r, needsIdentity)).find((x) => x !== undefined);
  }
}

/** Reports missing auth/identity; true when the rule's context is present. */
function contextIsPresent(ctx: CheckContext, node: AccessNode): boolean {
  if (ctx.doc.auth?.identity !== undefined) return true; // everything a rule can need is there
  const needAuth = firstNeed(node, false);
  if (needAuth && ctx.doc.auth === undefined) {
    reportAt(ctx, 'access-needs-auth', { term: needAuth.term }, at(needAuth.span));
    return false;
  }
  const needUser = firstNeed(node, true);
  if (needUser && ctx.doc.auth !== undefined && ctx.doc.auth.identity === undefined) {
    reportAt(ctx, 'access-needs-identity', { term: needUser.term }, at(needUser.span));
    return false;
  }
  return true;
}

function resolveOwner(ctx: CheckContext, node: Extract<AccessNode, { kind: 'owner' }>, scope: AccessScope): AccessRule | undefined {
  if (!scope.entity) {
    reportAt(ctx, 'owner-without-record', { aggregate: scope.aggregate ?? '' }, at(node.span));
    return undefined;
  }
  const f = lookupField(ctx, scope.entity, node.field.name, node.field.span);
  const identity = identityOf(ctx);
  if (!f?.type || !identity?.key) return undefined;
  const base = f.type.base;
  if (base.kind === 'entity' && base.name === identity.name && !f.type.list) {
    const fks = scope.entity.foreignKeys.get(f.name);
    return fks ? { kind: 'owner', field: f.name, columns: fks.map((c) => c.name) } : undefined;
  }
  const keyCols = identity.key.columns;
  const holdsId = keyCols.length === 1 && !f.type.list && JSON.stringify(keyCols[0]!.base) === JSON.stringify(base);
  if (holdsId) return { kind: 'owner', field: f.name, columns: [f.name] };
  reportAt(ctx, 'owner-not-user', { field: f.name, identity: identity.name }, at(node.field.span));
  return undefined;
}

/**
 * A policy resolved against the entity it is used on; problems are reported at
 * the policy's own tokens. Without an entity, the record-less resolution.
 */
function resolvePolicyOn(ctx: CheckContext, name: string, entity: EntityInfo | undefined): Condition | undefined {
  const pointer = ptr('auth', 'policies', name);
  const text = ctx.names.policies.get(name);
  if (text === undefined || !entity) return ctx.resolved.conditions.get(pointer);
  const scope: ConditionScope = { what: `policy \`${name}\` on \`${entity.name}\``, entity, user: identityOf(ctx) ?? null, joins: true };
  const quick = conditionOf(ctx, text);
  if (quick) {
    const since = ctx.diagnostics.length;
    const c = resolveConditionNode(ctx, quick, scope);
    if (keptQuiet(ctx, since)) return c;
  }
  const { node } = parseCondition(sourceAt(ctx, pointer, text), `policy \`${name}\``);
  return node && resolveConditionNode(ctx, node, scope);
}

function resolveTerm(ctx: CheckContext, node: AccessNode, scope: AccessScope): AccessRule | undefined {
  switch (node.kind) {
    case 'public':
    case 'authenticated': return { kind: node.kind };
    case 'role': {
      const found = node.roles.map((r) => lookupName(ctx.names.roles, r.name, (hint) => reportAt(ctx, 'unknown-role', { role: r.name }, at(r.span, hint))));
      return found.every((x) => x !== undefined) ? { kind: 'role', roles: node.roles.map((r) => r.name) } : undefined;
    }
    case 'permission': {
      const known = ctx.names.permissions;
      if (known.has(node.name)) return { kind: 'permission', permission: node.name };
      reportAt(ctx, 'unknown-permission', { permission: node.name }, at(node.nameSpan, didYouMeanHint(node.name, known)));
      return undefined;
    }
    case 'policy': {
      const p = lookupName(ctx.names.policies, node.name.name, (hint) => reportAt(ctx, 'unknown-policy', { policy: node.name.name }, at(node.name.span, hint)));
      const condition = p === undefined ? undefined : resolvePolicyOn(ctx, node.name.name, scope.entity);
      return condition && { kind: 'policy', policy: node.name.name, condition };
    }
    case 'owner': return resolveOwner(ctx, node, scope);
    default: return resolveComposite(ctx, node, scope);
  }
}

function resolveComposite(ctx: CheckContext, node: Extract<AccessNode, { kind: 'and' | 'or' | 'not' | 'condition' }>, scope: AccessScope): AccessRule | undefined {
  if (node.kind === 'not') {
    const rule = resolveTerm(ctx, node.rule, scope);
    return rule && { kind: 'not', rule };
  }
  if (node.kind === 'condition') {
    const cs: ConditionScope = { what: scope.what, user: identityOf(ctx) ?? null, joins: true, ...(scope.entity ? { entity: scope.entity } : {}) };
    const condition = resolveConditionNode(ctx, node.expr, cs);
    return condition && { kind: 'condition', condition };
  }
  const rules = node.rules.map((r) => resolveTerm(ctx, r, scope));
  return rules.every((r) => r !== undefined) ? { kind: node.kind, rules: rules as AccessRule[] } : undefined;
}

function resolveAccessNode(ctx: CheckContext, node: AccessNode, scope: AccessScope): AccessRule | undefined {
  return contextIsPresent(ctx, node) ? resolveTerm(ctx, node, scope) : undefined;
}

/**
 * Parses and resolves the access rule at `pointer` (first its memoized parse
 * without positions, see `parsed.ts`), caching the result for the model builder.
 */
export function resolveAccessAt(ctx: CheckContext, text: unknown, pointer: string, scope: AccessScope): AccessRule | undefined {
  if (typeof text !== 'string') return undefined;
  const quick = accessRuleOf(ctx, text);
  let rule: AccessRule | undefined;
  const since = ctx.diagnostics.length;
  if (quick) rule = resolveAccessNode(ctx, quick, scope);
  if (!quick || !keptQuiet(ctx, since)) {
    const { node, diagnostics } = parseAccessRule(sourceAt(ctx, pointer, text));
    reportAll(ctx, diagnostics);
    rule = node && resolveAccessNode(ctx, node, scope);
  }
  if (rule) ctx.resolved.access.set(pointer, rule);
  return rule;
}
