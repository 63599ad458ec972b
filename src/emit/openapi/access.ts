/**
 * Access rules as OpenAPI sees them: whether an operation needs a signed-in
 * caller (security requirements, 401), whether a signed-in caller can still
 * be refused (403), the rule's canonical spec text (`x-pab-access`) and a
 * sentence for the operation's description ("Requires role ADMIN or STAFF.").
 */
import type { AccessRule } from '../../model/model.js';
import { mdLiteral } from './markdown.js';

/** The rule in spec spelling: `role(ADMIN, STAFF) or owner(customer)`. */
export function accessSource(rule: AccessRule): string {
  const nested = (r: AccessRule): string => {
    const s = accessSource(r);
    return r.kind === 'and' || r.kind === 'or' ? `(${s})` : s;
  };
  switch (rule.kind) {
    case 'public':
    case 'authenticated':
      return rule.kind;
    case 'role':
      return `role(${rule.roles.join(', ')})`;
    case 'permission':
      return `permission(${rule.permission})`;
    case 'owner':
      return `owner(${rule.field})`;
    case 'policy':
      return `policy(${rule.policy})`;
    case 'condition':
      return rule.condition.source;
    case 'not':
      return `not ${nested(rule.rule)}`;
    case 'and':
    case 'or':
      return rule.rules.map(nested).join(` ${rule.kind} `);
  }
}

/** Anyone may call it, signed in or not. */
export function isPublic(rule: AccessRule): boolean {
  return rule.kind === 'public';
}

/** A signed-in caller may still be refused (403): anything beyond `public` and `authenticated`. */
export function mayForbid(rule: AccessRule): boolean {
  return rule.kind !== 'public' && rule.kind !== 'authenticated';
}

/** The rule in words, for a sentence: `role ADMIN or STAFF`, `the record's owner (\`customer\`)`. */
function ruleWords(rule: AccessRule): string {
  const nested = (r: AccessRule): string => {
    const s = ruleWords(r);
    return r.kind === 'and' || r.kind === 'or' ? `(${s})` : s;
  };
  switch (rule.kind) {
    case 'public':
      return 'anyone';
    case 'authenticated':
      return 'a signed-in user';
    case 'role':
      return `${rule.roles.length === 1 ? 'role' : 'one of the roles'} ${rule.roles.join(' or ')}`;
    case 'permission':
      return `permission \`${rule.permission}\``;
    case 'owner':
      return `the owner of the record (\`${rule.field}\`)`;
    case 'policy':
      return `policy \`${rule.policy}\` (${mdLiteral(rule.condition.source)})`;
    case 'condition':
      return mdLiteral(rule.condition.source);
    case 'not':
      return `not ${nested(rule.rule)}`;
    case 'and':
    case 'or':
      return rule.rules.map(nested).join(` ${rule.kind} `);
  }
}

/** One sentence on who may call an operation: "Open to anyone.", "Requires role ADMIN or STAFF." */
export function accessSentence(rule: AccessRule): string {
  if (rule.kind === 'public') return 'Open to anyone.';
  if (rule.kind === 'authenticated') return 'Requires a signed-in user.';
  return `Requires ${ruleWords(rule)}.`;
}
