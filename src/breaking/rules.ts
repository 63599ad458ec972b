/**
 * The rules of `pab diff --breaking`: one stable id per kind of breaking
 * change (the diagnostic code is `breaking-<id>`) and the camelCase name a
 * spec uses to approve it in `compatibility { allow name(subject) }`.
 *
 * Modelled on oasdiff's and `buf breaking`'s checks: what makes a client
 * written against the old contract fail against the new one (a request it
 * sends is refused, a response it reads lacks or changes something, stored
 * data is lost). Pure data, shared by the checker (approval names), the
 * comparison and the documentation.
 */
import { ALLOWABLE_RULES } from '../check/rules/migrations.js';

export interface BreakingRule {
  /** Stable kebab-case id; the diagnostic code is `breaking-<id>`. */
  readonly id: string;
  /** The approval name: `allow <approval>(<subject>)`. */
  readonly approval: string;
  /** What the subject names, for messages and documentation. */
  readonly subject: string;
  readonly summary: string;
}

export const BREAKING_RULES = [
  { id: 'operation-removed', approval: 'removeOperation', subject: 'resource.operation, resource.action or Aggregate.Command', summary: 'An operation, action or command clients call is gone (or no longer offered in an API style).' },
  { id: 'operation-moved', approval: 'moveOperation', subject: 'resource.operation or resource.action', summary: 'An operation answers at another method or path.' },
  { id: 'field-removed', approval: 'removeField', subject: 'Entity.field, Event.field or resource.action.field', summary: 'A field clients read or send is gone (removed or renamed).' },
  { id: 'field-type-changed', approval: 'changeFieldType', subject: 'Entity.field, Event.field or resource.action.field', summary: 'A field has a different type (or became a list, or stopped being one).' },
  { id: 'field-narrowed', approval: 'narrowField', subject: 'Entity.field or resource.action.field', summary: 'A request field accepts fewer values: a shorter maximum length, a larger minimum, a new or changed pattern, a smaller decimal.' },
  { id: 'field-now-required', approval: 'requireField', subject: 'Entity.field or resource.action.field', summary: 'A request field clients could leave out must now be sent.' },
  { id: 'required-field-added', approval: 'addRequiredField', subject: 'Entity.field or resource.action.field', summary: 'A new field every create request (or action call) must send.' },
  { id: 'field-now-optional', approval: 'makeFieldOptional', subject: 'Entity.field or Event.field', summary: 'A response field that was always present may now be null.' },
  { id: 'enum-value-removed', approval: 'removeEnumValue', subject: 'Enum.VALUE', summary: 'An enum value clients send or read is gone.' },
  { id: 'parameter-removed', approval: 'removeParameter', subject: 'resource.parameter', summary: 'A filter, sort value or search field of a list is gone.' },
  { id: 'pagination-changed', approval: 'changePagination', subject: 'resource', summary: 'A list pages differently (cursor and offset swapped) or returns fewer items per page at most.' },
  { id: 'output-changed', approval: 'changeOutput', subject: 'resource.action', summary: 'An action answers with another type, or with nothing.' },
  { id: 'access-stricter', approval: 'restrictAccess', subject: 'resource.operation or Aggregate.Command', summary: 'An operation\'s access rule changed (other than to `public`): callers allowed before may be refused.' },
  { id: 'auth-changed', approval: 'changeAuth', subject: 'jwt, session, apiKey or oauth2.provider', summary: 'A sign-in method is gone or its token, cookie or header contract changed.' },
  { id: 'type-removed', approval: 'removeType', subject: 'Entity or Enum', summary: 'A GraphQL type or protobuf message/enum clients name is gone (its entity or enum was removed or renamed).' },
  { id: 'package-changed', approval: 'changePackage', subject: 'the old protobuf package', summary: 'The protobuf package changed (the backend was renamed): every gRPC client calls services that no longer exist.' },
  { id: 'event-removed', approval: 'removeEvent', subject: 'Event', summary: 'A domain event subscribers consume is gone.' },
  { id: 'field-number-changed', approval: 'renumberField', subject: 'Message.field', summary: 'A protobuf field has a different number: old clients decode garbage.' },
  { id: 'schema-change', approval: 'dropColumn', subject: 'table or table.column', summary: 'A destructive database change (an error of the migration lint): approved with the lint\'s own rule name, e.g. `dropColumn(orders.note)`, in `compatibility` or `migrations`.' },
] as const satisfies readonly BreakingRule[];

export type BreakingRuleId = (typeof BREAKING_RULES)[number]['id'];

export function ruleById(id: BreakingRuleId): BreakingRule {
  return BREAKING_RULES.find((r) => r.id === id)!;
}

/** The migration lint's rules that can be allowed (`migrations { allow … }`); also approve schema changes here. */
export const SCHEMA_APPROVALS = ALLOWABLE_RULES;

/** The approval names a `compatibility { allow … }` entry may use. */
export const APPROVAL_NAMES: readonly string[] = [
  ...BREAKING_RULES.filter((r) => r.id !== 'schema-change').map((r) => r.approval),
  ...SCHEMA_APPROVALS,
];
