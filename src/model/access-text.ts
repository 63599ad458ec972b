/**
 * An access rule as one line of spec text (`owner(customer) or role(ADMIN)`):
 * for messages about rules (breaking changes, denials in a generated service).
 */
import type { AccessRule } from './expr.js';

export function accessRuleText(rule: AccessRule): string {
  switch (rule.kind) {
    case 'public': return 'public';
    case 'authenticated': return 'authenticated';
    case 'role': return `role(${rule.roles.join(', ')})`;
    case 'permission': return `permission(${rule.permission})`;
    case 'owner': return `owner(${rule.field})`;
    case 'policy': return `policy(${rule.policy})`;
    case 'and':
    case 'or': return rule.rules.map((r) => (r.kind === 'and' || r.kind === 'or' ? `(${accessRuleText(r)})` : accessRuleText(r))).join(` ${rule.kind} `);
    case 'not': return `not ${accessRuleText(rule.rule)}`;
    case 'condition': return rule.condition.source;
  }
}
