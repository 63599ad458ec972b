/**
 * Diagnostics of the semantic checker (`src/check/`): references, duplicate
 * names, types, relations, missing context and per-area rules. Messages are one
 * sentence with names in backticks; parameters are plain names. Codes are
 * stable kebab-case; never rename or reuse one. Syntax errors inside
 * expression strings live in `syntax/expr/diagnostics.ts`.
 */
import { createDiagnosticFactory, defineDiagnostics } from '../diagnostic.js';

const tick = (s: string): string => `\`${s}\``;
const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const checkDiagnostics = defineDiagnostics({
  // ── Missing context ───────────────────────────────────────────────────────
  'missing-backend': {
    severity: 'error', summary: 'The spec has no `backend` header.',
    example: 'entities:\n  User: { fields: { email: { type: email } } }', fix: 'Add `backend: { name: MyApp, database: postgres }`.',
    message: () => 'The spec has no `backend` section; add `backend { name ... database ... }` (YAML: `backend: { name: MyApp, database: postgres }`).',
  },
  'missing-database': {
    severity: 'error', summary: 'Entities are declared but the backend names no database.',
    example: 'backend: { name: Shop }\nentities: { User: { fields: {} } }', fix: 'Add `database: postgres` (or mysql, sqlite, mongodb) to `backend`.',
    message: (p: { count: number }) => `The spec declares ${p.count} ${p.count === 1 ? 'entity' : 'entities'} but \`backend\` names no \`database\`; add \`database postgres\` (or mysql, sqlite, mongodb).`,
  },
  'database-unsupported-feature': {
    severity: 'warning', summary: 'A feature the chosen database does not support natively.',
    example: 'backend: { database: mongodb }\n# with a partial index', fix: 'Expect an emulation in generated code, or choose another database.',
    message: (p: { feature: string; database: string }) => `${p.feature} is not supported natively by ${p.database}; generated code will emulate it.`,
  },
  'access-needs-auth': {
    severity: 'error', summary: 'An access rule needs signed-in users but the spec has no `auth` section.',
    example: 'access: { list: "role(ADMIN)" }   # and no auth section', fix: 'Add an `auth` section with an identity and a sign-in method.',
    message: (p: { term: string }) => `Access rules need signed-in users (\`${p.term}\`), but the spec has no \`auth\` section. Add \`auth { identity {...} jwt {...} }\`.`,
  },
  'access-needs-identity': {
    severity: 'error', summary: 'An access rule reads the signed-in user but `auth` declares no identity.',
    example: 'auth: { jwt: {} }\n# with access "owner(customer)"', fix: 'Add `identity: { entity: User, login: [email], password: password }` to `auth`.',
    message: (p: { term: string }) => `\`${p.term}\` needs to know who the user is, but \`auth\` declares no \`identity\`. Add \`identity { entity User, login email, password password }\`.`,
  },
  'auth-missing-method': {
    severity: 'error', summary: 'The `auth` section declares no sign-in method.',
    example: 'auth: { identity: { entity: User, login: [email] } }', fix: 'Add `jwt: {}`, `session: {}`, `apiKey: {}` or `oauth2: {...}`.',
    message: () => 'The `auth` section declares no sign-in method; add `jwt {}`, `session {}`, `apiKey {}` or `oauth2 {...}`.',
  },
  'malformed-document': {
    severity: 'error', summary: 'A value of the wrong shape that structural validation should have caught.',
    example: 'fields: { email: 42 }', fix: 'Validate the document against schema/backend.schema.json before checking it.',
    message: (p: { where: string; expected: string }) => `${tick(p.where)} should be ${p.expected}; the document did not pass structural validation.`,
  },
  // ── References ────────────────────────────────────────────────────────────
  'unknown-type': {
    severity: 'error', summary: 'A type name that is neither a built-in type, an enum nor an entity.',
    example: 'status: { type: OrderStatsu }', fix: 'Correct the name, or declare the enum or entity.',
    message: (p: { name: string }) => `Unknown type ${tick(p.name)}; it is not a built-in type, an enum or an entity.`,
  },
  'unknown-entity': {
    severity: 'error', summary: 'A name that should be an entity is not declared.',
    example: 'resources: { orders: { entity: Ordr } }', fix: 'Correct the name, or declare the entity.',
    message: (p: { name: string }) => `Unknown entity ${tick(p.name)}.`,
  },
  'unknown-field': {
    severity: 'error', summary: 'A field name that the entity (or shape) does not have.',
    example: 'filter: [stauts]', fix: 'Correct the name, or declare the field.',
    message: (p: { field: string; owner: string }) => `${p.owner} has no field ${tick(p.field)}.`,
  },
  'unknown-enum-value': {
    severity: 'error', summary: 'A value that the enum does not declare.',
    example: 'status: { type: OrderStatus, default: PENDNG }', fix: 'Use one of the enum\'s values, or add the value to the enum.',
    message: (p: { value: string; enum: string }) => `Enum ${tick(p.enum)} has no value ${tick(p.value)}.`,
  },
  'unknown-role': {
    severity: 'error', summary: 'A role that `auth.roles` (or the role enum) does not declare.',
    example: 'access: { delete: "role(ADMN)" }', fix: 'Correct the name, or declare the role under `auth.roles`.',
    message: (p: { role: string }) => `Unknown role ${tick(p.role)}.`,
  },
  'unknown-permission': {
    severity: 'error', summary: 'A permission that no role grants.',
    example: 'access: { update: "permission(orders.wirte)" }', fix: 'Correct the name, or add it to a role\'s `permissions`.',
    message: (p: { permission: string }) => `No role grants the permission ${tick(p.permission)}.`,
  },
  'unknown-policy': {
    severity: 'error', summary: 'A `policy(name)` that `auth.policies` does not declare.',
    example: 'access: { get: "policy(sameTeem)" }', fix: 'Correct the name, or declare it under `auth.policies`.',
    message: (p: { policy: string }) => `Unknown policy ${tick(p.policy)}.`,
  },
  'unknown-event': {
    severity: 'error', summary: 'An event name that no aggregate declares.',
    example: 'emits: [OrderPlacd]', fix: 'Correct the name, or declare the event in an aggregate.',
    message: (p: { name: string }) => `Unknown event ${tick(p.name)}.`,
  },
  'unknown-command': {
    severity: 'error', summary: 'A command name that the aggregate (or any aggregate) does not declare.',
    example: 'do: Order.ConfirmOrdr', fix: 'Correct the name, or declare the command.',
    message: (p: { name: string; owner: string }) => `${p.owner} has no command ${tick(p.name)}.`,
  },
  'unknown-service': {
    severity: 'error', summary: 'A service name that is not declared.',
    example: 'do: paymnts.charge', fix: 'Correct the name, or declare the service.',
    message: (p: { name: string }) => `Unknown service or aggregate ${tick(p.name)}.`,
  },
  'unknown-service-operation': {
    severity: 'error', summary: 'An operation that the service does not declare.',
    example: 'do: payments.chrage', fix: 'Correct the name, or declare the operation in the service.',
    message: (p: { service: string; operation: string }) => `Service ${tick(p.service)} has no operation ${tick(p.operation)}.`,
  },
  'unknown-query': {
    severity: 'error', summary: 'A query name that is not declared.',
    example: 'tools: { find: { query: ordersByCustomr } }', fix: 'Correct the name, or declare the query.',
    message: (p: { name: string }) => `Unknown query ${tick(p.name)}.`,
  },
  'unknown-resource': {
    severity: 'error', summary: 'A resource name that is not declared.',
    example: 'parent: custmers', fix: 'Correct the name, or declare the resource.',
    message: (p: { name: string }) => `Unknown resource ${tick(p.name)}.`,
  },
  'unknown-resource-operation': {
    severity: 'error', summary: 'An operation or action that the resource does not have.',
    example: 'access: { udpate: "authenticated" }', fix: 'Use one of the resource\'s operations or actions.',
    message: (p: { resource: string; name: string }) => `Resource ${tick(p.resource)} has no operation or action ${tick(p.name)}.`,
  },
  'unknown-saga-trigger': {
    severity: 'error', summary: 'A saga `on` that is neither an event nor a command.',
    example: 'sagas: { Checkout: { on: OrderPlacd } }', fix: 'Name a declared event or command.',
    message: (p: { name: string }) => `${tick(p.name)} is neither an event nor a command.`,
  },
  'invalid-step-target': {
    severity: 'error', summary: 'A saga step target not of the form `service.operation` or `Aggregate.Command`.',
    example: 'do: charge', fix: 'Write `payments.charge` or `Order.ConfirmOrder`.',
    message: (p: { text: string }) => `${tick(p.text)} is not a step target; write \`service.operation\` or \`Aggregate.Command\`.`,
  },
  'unknown-function': {
    severity: 'error', summary: 'A function call in a condition other than now().',
    example: 'where: "createdAt > today()"', fix: 'Use `now()`, possibly with a duration: `now() - 7d`.',
    message: (p: { name: string }) => `Unknown function ${tick(`${p.name}()`)} in a condition; only \`now()\` is available.`,
  },
  // ── Duplicates and reserved names ─────────────────────────────────────────
  'duplicate-field': {
    severity: 'error', summary: 'Two fields whose names differ only in case (SQL and GraphQL fold case).',
    example: 'fields: { email: {...}, Email: {...} }', fix: 'Rename one of them.',
    message: (p: { field: string; other: string; owner: string }) => `${p.owner} has fields ${tick(p.other)} and ${tick(p.field)}, which differ only in case.`,
  },
  'duplicate-type-name': {
    severity: 'error', summary: 'An enum and an entity with the same name.',
    example: 'enums: { Status: [...] }\nentities: { Status: {...} }', fix: 'Rename one of them.',
    message: (p: { name: string }) => `${tick(p.name)} is declared both as an enum and as an entity.`,
  },
  'duplicate-enum-value': {
    severity: 'error', summary: 'An enum value listed twice.',
    example: 'Role: [ADMIN, ADMIN]', fix: 'Remove the repeated value.',
    message: (p: { value: string; enum: string }) => `Enum ${tick(p.enum)} lists ${tick(p.value)} more than once.`,
  },
  'duplicate-command': {
    severity: 'error', summary: 'A command name used in two aggregates (command names are global).',
    example: 'aggregates: { A: { commands: { Cancel: ... } }, B: { commands: { Cancel: ... } } }', fix: 'Rename one, e.g. `CancelOrder`.',
    message: (p: { name: string; other: string }) => `Command ${tick(p.name)} is also declared in aggregate ${tick(p.other)}; command names must be unique.`,
  },
  'duplicate-event': {
    severity: 'error', summary: 'An event name used in two aggregates (events are global).',
    example: 'aggregates: { A: { events: { Created: ... } }, B: { events: { Created: ... } } }', fix: 'Rename one, e.g. `OrderCreated`.',
    message: (p: { name: string; other: string }) => `Event ${tick(p.name)} is also declared in aggregate ${tick(p.other)}; event names must be unique.`,
  },
  'duplicate-endpoint': {
    severity: 'error', summary: 'Two operations or actions with the same method and path.',
    example: 'two resources with path /orders', fix: 'Give one resource another `path`.',
    message: (p: { route: string; other: string }) => `${tick(p.route)} is also the route of ${p.other}.`,
  },
  'duplicate-table': {
    severity: 'error', summary: 'Two entities mapped to the same table.',
    example: 'Order: { table: items }\nItem: {}', fix: 'Set a different `table` on one of them.',
    message: (p: { table: string; other: string }) => `Table ${tick(p.table)} is also the table of entity ${tick(p.other)}.`,
  },
  'duplicate-column': {
    severity: 'error', summary: 'Two fields of an entity mapped to the same column.',
    example: 'a: { type: int, column: x }\nb: { type: int, column: x }', fix: 'Change one `column`.',
    message: (p: { column: string; field: string; other: string }) => `Field ${tick(p.field)} maps to column ${tick(p.column)}, like field ${tick(p.other)}.`,
  },
  'duplicate-index-name': {
    severity: 'error', summary: 'Two indexes with the same name.',
    example: 'indexes: [{ fields: [a], name: ix }, { fields: [b], name: ix }]', fix: 'Rename one index.',
    message: (p: { name: string }) => `Index name ${tick(p.name)} is used more than once.`,
  },
  'duplicate-step': {
    severity: 'error', summary: 'Two saga steps with the same name.',
    example: 'steps: [{ name: charge, ... }, { name: charge, ... }]', fix: 'Rename one step.',
    message: (p: { step: string; saga: string }) => `Saga ${tick(p.saga)} has more than one step named ${tick(p.step)}.`,
  },
  'reserved-field-name': {
    severity: 'error', summary: 'A declared field whose name the compiler needs for a derived field.',
    example: 'timestamps: true\nfields: { createdAt: { type: datetime } }', fix: 'Remove or rename the field.',
    message: (p: { field: string; reason: string }) => `Field ${tick(p.field)} conflicts with ${p.reason}.`,
  },
  // ── Types, defaults, constraints ──────────────────────────────────────────
  'default-type-mismatch': {
    severity: 'error', summary: 'A default value that does not fit the field type.',
    example: 'age: { type: int, default: "ten" }', fix: 'Write a value of the field\'s type.',
    message: (p: { value: string; field: string; type: string }) => `Default ${p.value} does not fit field ${tick(p.field)} of type ${tick(p.type)}.`,
  },
  'default-function-mismatch': {
    severity: 'error', summary: 'now(), uuid() or autoincrement() on a field type it does not apply to.',
    example: 'count: { type: int, default: "now()" }', fix: 'now() fits date/datetime, uuid() uuid/string, autoincrement() an int/bigint id.',
    message: (p: { fn: string; field: string; allowed: string }) => `\`${p.fn}()\` cannot be the default of ${tick(p.field)}; it only fits ${p.allowed}.`,
  },
  'constraint-not-applicable': {
    severity: 'error', summary: 'A validation constraint on a type it does not apply to.',
    example: 'name: { type: string, min: 1 }', fix: 'min/max apply to numbers; minLength/maxLength/pattern to strings.',
    message: (p: { constraint: string; field: string; type: string; applies: string }) => `\`${p.constraint}\` does not apply to ${tick(p.field)} of type ${tick(p.type)}; it is for ${p.applies}.`,
  },
  'invalid-pattern': {
    severity: 'error', summary: 'A `pattern` that is not a valid regular expression.',
    example: 'pattern: "[a-z"', fix: 'Correct the regular expression (ECMAScript syntax).',
    message: (p: { field: string; error: string }) => `The pattern of ${tick(p.field)} is not a valid regular expression: ${p.error}.`,
  },
  'invalid-range': {
    severity: 'error', summary: 'A lower bound greater than its upper bound.',
    example: 'age: { type: int, min: 10, max: 1 }', fix: 'Swap or correct the bounds.',
    message: (p: { low: string; high: string; where: string }) => `${tick(p.low)} is greater than ${tick(p.high)} in ${p.where}.`,
  },
  'invalid-decimal': {
    severity: 'error', summary: 'decimal precision outside 1..65 or scale outside 0..precision.',
    example: 'type: "decimal(2, 5)"', fix: 'Use 1 <= precision <= 65 and 0 <= scale <= precision.',
    message: (p: { precision: number; scale: number }) => `\`decimal(${p.precision}, ${p.scale})\` needs 1 <= precision <= 65 and 0 <= scale <= precision.`,
  },
  'secret-misuse': {
    severity: 'error', summary: 'A `secret` field used where its value would be exposed or compared.',
    example: 'password: { type: secret, unique: true }', fix: 'Secrets cannot be ids, unique, indexed, filtered, sorted or searched.',
    message: (p: { field: string; use: string }) => `Secret field ${tick(p.field)} cannot be ${p.use}.`,
  },
  'not-indexable': {
    severity: 'error', summary: 'A json or bytes field in a key, index or sort.',
    example: 'indexes: [{ fields: [payload] }]   # payload json', fix: 'Index or sort by a scalar field instead.',
    message: (p: { field: string; type: string; use: string }) => `Field ${tick(p.field)} of type ${tick(p.type)} cannot be ${p.use}.`,
  },
  'field-has-no-column': {
    severity: 'error', summary: 'A relation side without a column (a list, or the inverse of a one-to-one) used where a column is needed.',
    example: 'filter: [orders]   # orders Order[]', fix: 'Use a scalar field or the relation side that holds the foreign key.',
    message: (p: { field: string; use: string }) => `${tick(p.field)} is a relation whose foreign key is on the other side, so it has no column and cannot be ${p.use}.`,
  },
  'invalid-primary-key': {
    severity: 'error', summary: 'A primary key field that is optional, a list, or otherwise unfit.',
    example: 'code: { type: "string?", id: true }', fix: 'Key fields must be required, single-valued scalars, enums or single relations.',
    message: (p: { field: string; reason: string }) => `Field ${tick(p.field)} cannot be part of the primary key: ${p.reason}.`,
  },
  'conflicting-primary-key': {
    severity: 'error', summary: 'Both `id: true` fields and an entity-level `id` list.',
    example: 'id: [a, b]\nfields: { c: { type: int, id: true } }', fix: 'Declare the key once.',
    message: (p: { entity: string }) => `Entity ${tick(p.entity)} declares its key both with \`id: true\` on fields and with an \`id\` list; keep one.`,
  },
  'primary-key-cycle': {
    severity: 'error', summary: 'Primary keys made of relations that lead back to the same entity.',
    example: 'A: { id: [b] }  B: { id: [a] }', fix: 'Give one of the entities a key of its own.',
    message: (p: { entity: string }) => `The primary key of ${tick(p.entity)} refers back to itself through relations.`,
  },
  'scalar-list-unsupported': {
    severity: 'warning', summary: 'A list of scalars on a database without array columns.',
    example: 'tags: { type: "string[]" }   # mysql', fix: 'Use postgres or mongodb, json, or an entity for the items.',
    message: (p: { field: string; database: string }) => `List field ${tick(p.field)} has no native column type on ${p.database}; it will be stored as json.`,
  },
  // ── Relations ─────────────────────────────────────────────────────────────
  'relation-missing-inverse': {
    severity: 'error', summary: 'A list of entities without a back-reference on the other side.',
    example: 'User: { orders: Order[] }   # Order has no User field', fix: 'Add a field of the owner\'s type to the target, e.g. `customer User`.',
    message: (p: { field: string; entity: string; target: string }) => `${tick(`${p.entity}.${p.field}`)} lists ${tick(p.target)} records, but ${tick(p.target)} has no field referring back to ${tick(p.entity)}; add one, e.g. \`${p.entity.charAt(0).toLowerCase()}${p.entity.slice(1)} ${p.entity}\`.`,
  },
  'ambiguous-relation': {
    severity: 'error', summary: 'Several relations between the same two entities without `relation.name`.',
    example: 'Message: { from: User, to: User }\nUser: { sent: Message[], received: Message[] }', fix: 'Give both sides of each pair the same `relation: { name: ... }`.',
    message: (p: { field: string; entity: string; target: string }) => `${tick(`${p.entity}.${p.field}`)} is one of several relations between ${tick(p.entity)} and ${tick(p.target)}; pair the two sides of each with the same \`relation.name\`.`,
  },
  'duplicate-relation-name': {
    severity: 'error', summary: 'More than two fields share a relation name.',
    example: 'a: { type: User, relation: { name: x } } ... three times', fix: 'A relation name pairs exactly two fields; rename the others.',
    message: (p: { name: string }) => `Relation name ${tick(p.name)} is used by more than two fields.`,
  },
  'one-to-one-owner': {
    severity: 'error', summary: 'A one-to-one relation whose owning side is not marked unique.',
    example: 'User: { profile: Profile }\nProfile: { user: User }', fix: 'Mark the side that holds the foreign key `unique: true` (only that side).',
    message: (p: { a: string; b: string }) => `${tick(p.a)} and ${tick(p.b)} form a one-to-one relation; mark exactly one of them \`unique: true\` to say which side holds the foreign key.`,
  },
  'set-null-on-required': {
    severity: 'error', summary: '`onDelete: setNull` on a required relation.',
    example: 'customer: { type: User, relation: { onDelete: setNull } }', fix: 'Make the field optional (`User?`) or use another action.',
    message: (p: { field: string; property: string }) => `${tick(`${p.property}: setNull`)} needs ${tick(p.field)} to be optional (e.g. \`User?\`).`,
  },
  'invalid-through': {
    severity: 'error', summary: 'A `through` entity that is misplaced or lacks references to both sides.',
    example: 'tags: { type: "Tag[]", relation: { through: PostTag } }', fix: 'The join entity needs a single reference to each side.',
    message: (p: { text: string }) => p.text,
  },
  'relation-misuse': {
    severity: 'error', summary: 'A property that a relation field cannot have (default, check, constraints, column).',
    example: 'customer: { type: User, default: "x" }', fix: 'Remove the property; put defaults and checks on scalar fields.',
    message: (p: { field: string; property: string }) => `Relation field ${tick(p.field)} cannot have ${tick(p.property)}.`,
  },
  'relation-options-ignored': {
    severity: 'warning', summary: '`relation` options on a field that is not a relation.',
    example: 'name: { type: string, relation: { onDelete: cascade } }', fix: 'Remove the `relation` options.',
    message: (p: { field: string }) => `${tick(p.field)} is not a relation, so its \`relation\` options are ignored.`,
  },
  // ── Conditions ────────────────────────────────────────────────────────────
  'condition-type-mismatch': {
    severity: 'error', summary: 'An operator applied to values of incompatible types.',
    example: 'check: "total > \\"abc\\""', fix: 'Compare values of the same kind.',
    message: (p: { text: string }) => p.text,
  },
  'condition-not-boolean': {
    severity: 'error', summary: 'A condition that is a value, not true/false.',
    example: 'where: "total"', fix: 'Compare the value, e.g. `total > 0`.',
    message: (p: { what: string }) => `${sentence(p.what)} is a value, not a condition; compare it, e.g. \`total > 0\`.`,
  },
  'param-not-allowed': {
    severity: 'error', summary: 'A `$param` where no parameters exist (checks, indexes, access rules).',
    example: 'check: "total > $min"', fix: 'Parameters are only for queries; use a literal.',
    message: (p: { name: string; what: string }) => `\`$${p.name}\` is a parameter, but ${p.what} has none; parameters are for queries.`,
  },
  'param-type-conflict': {
    severity: 'error', summary: 'A parameter compared with values of different types.',
    example: 'where: "total = $x and name = $x"', fix: 'Use two parameters.',
    message: (p: { name: string; a: string; b: string }) => `\`$${p.name}\` is compared with both ${p.a} and ${p.b}; use two parameters.`,
  },
  'param-type-unknown': {
    severity: 'error', summary: 'A parameter whose type cannot be inferred (not compared with a field).',
    example: 'where: "$a = $b"', fix: 'Compare each parameter with a field.',
    message: (p: { name: string }) => `The type of \`$${p.name}\` cannot be inferred; compare it with a field.`,
  },
  'condition-path-not-allowed': {
    severity: 'error', summary: 'A dotted path through relations where only own fields are allowed.',
    example: 'check: "customer.age > 18"', fix: 'Checks and index conditions can only use the entity\'s own fields.',
    message: (p: { path: string; what: string }) => `${tick(p.path)} reaches through a relation, but ${p.what} can only use the entity's own fields.`,
  },
  // ── Resources and access ──────────────────────────────────────────────────
  'invalid-pagination': {
    severity: 'error', summary: 'A default page size above the maximum.',
    example: 'pagination: { style: cursor, default: 200, max: 100 }', fix: 'Make `default` at most `max`.',
    message: (p: { default: number; max: number }) => `The default page size ${p.default} is greater than the maximum ${p.max}.`,
  },
  'access-operation-disabled': {
    severity: 'warning', summary: 'An access rule for an operation the resource does not enable.',
    example: 'operations: [list]\naccess: { delete: "role(ADMIN)" }', fix: 'Enable the operation or remove the rule.',
    message: (p: { operation: string; resource: string }) => `Resource ${tick(p.resource)} does not enable ${tick(p.operation)}, so its access rule is unused.`,
  },
  'owner-not-user': {
    severity: 'error', summary: '`owner(field)` naming a field that does not identify a user.',
    example: 'access: { get: "owner(status)" }', fix: 'Name a relation to the identity entity or a field holding the user\'s id.',
    message: (p: { field: string; identity: string }) => `\`owner(${p.field})\` needs ${tick(p.field)} to be a relation to ${tick(p.identity)} or a field holding a ${tick(p.identity)} id.`,
  },
  'owner-without-record': {
    severity: 'error', summary: '`owner(...)` on a command whose aggregate has no entity.',
    example: 'commands: { Cancel: { access: "owner(customer)" } }', fix: 'Set the aggregate\'s `entity`, or use another rule.',
    message: (p: { aggregate: string }) => `\`owner(...)\` needs a record, but aggregate ${tick(p.aggregate)} has no \`entity\`.`,
  },
  'parent-cycle': {
    severity: 'error', summary: 'Resources nested in each other in a loop.',
    example: 'a: { parent: b }\nb: { parent: a }', fix: 'Remove one `parent`.',
    message: (p: { resource: string }) => `Resource ${tick(p.resource)} is nested inside itself through \`parent\`.`,
  },
  'parent-without-relation': {
    severity: 'error', summary: 'A nested resource whose entity has no single reference to the parent\'s entity.',
    example: 'orders: { entity: Order, parent: products }', fix: 'Add a field of the parent entity\'s type, or remove `parent`.',
    message: (p: { entity: string; parentEntity: string; count: number }) => p.count === 0
      ? `Entity ${tick(p.entity)} has no field referring to ${tick(p.parentEntity)}, so it cannot be nested under it.`
      : `Entity ${tick(p.entity)} has ${p.count} fields referring to ${tick(p.parentEntity)}; nesting needs exactly one.`,
  },
  'search-without-fields': {
    severity: 'error', summary: 'The `search` operation without `search` fields.',
    example: 'operations: [search]', fix: 'Add `search: [name, description]`.',
    message: (p: { resource: string }) => `Resource ${tick(p.resource)} enables \`search\` but lists no \`search\` fields.`,
  },
  'search-field-not-text': {
    severity: 'error', summary: 'A search field that is not text-like.',
    example: 'search: [total]', fix: 'Search string, text, email or url fields.',
    message: (p: { field: string; type: string }) => `Search field ${tick(p.field)} has type ${tick(p.type)}; only string, text, email and url fields can be searched.`,
  },
  // ── Auth ──────────────────────────────────────────────────────────────────
  'identity-login-not-unique': {
    severity: 'warning', summary: 'A login field that is not unique.',
    example: 'identity: { entity: User, login: [email] }   # email not unique', fix: 'Mark the field `unique: true`.',
    message: (p: { field: string }) => `Login field ${tick(p.field)} is not unique, so two users could share it; mark it \`unique: true\`.`,
  },
  'password-not-secret': {
    severity: 'error', summary: 'The identity password field is not of type `secret`.',
    example: 'password: { type: string }', fix: 'Declare it `type: secret`.',
    message: (p: { field: string; type: string }) => `Password field ${tick(p.field)} has type ${tick(p.type)}; it must be \`secret\` so it is hashed and never returned.`,
  },
  'identity-role-not-enum': {
    severity: 'error', summary: 'The identity role field is not an enum.',
    example: 'role: { type: string }', fix: 'Declare an enum of role names and use it as the field type.',
    message: (p: { field: string }) => `Role field ${tick(p.field)} must have an enum type listing the role names.`,
  },
  'role-not-in-enum': {
    severity: 'error', summary: 'A declared role missing from the identity role enum.',
    example: 'roles: { AUDITOR: {} }   # Role enum lacks AUDITOR', fix: 'Add the value to the enum.',
    message: (p: { role: string; enum: string }) => `Role ${tick(p.role)} is not a value of ${tick(p.enum)}, the type of the identity's role field.`,
  },
  'role-inherits-cycle': {
    severity: 'error', summary: 'Roles that inherit from each other in a loop.',
    example: 'A: { inherits: [B] }\nB: { inherits: [A] }', fix: 'Remove one `inherits` entry.',
    message: (p: { role: string }) => `Role ${tick(p.role)} inherits from itself.`,
  },
  'weak-password-policy': {
    severity: 'warning', summary: 'A password minimum length below 8.',
    example: 'password: { minLength: 6 }', fix: 'Use at least 8 (12 is the default).',
    message: (p: { minLength: number }) => `A minimum password length of ${p.minLength} is weak; use at least 8 (the default is 12).`,
  },
  'invalid-header-value': {
    severity: 'error', summary: 'A security header value that cannot be sent in HTTP.',
    example: 'headers: { referrerPolicy: "no-referrer\\n" }', fix: 'Write the value on one line with printable ASCII characters only.',
    message: (p: { header: string }) => `The \`${p.header}\` value cannot be sent as an HTTP header: it must be one line of printable ASCII characters (no control characters or non-ASCII letters).`,
  },
  'csrf-without-session': {
    severity: 'warning', summary: '`csrf` set while sessions are not the only method.',
    example: 'session: { csrf: false }', fix: 'CSRF protection matters for cookie sessions; remove it otherwise.',
    message: () => 'CSRF protection only applies to cookie sessions; this setting has no effect without `session`.',
  },
  'literal-environment-value': {
    severity: 'warning', summary: 'A secret or deployment-specific value written literally instead of read from the environment.',
    example: 'url: "https://payments.example.com"', fix: 'Write `env(NAME)` and set the variable in each environment.',
    message: (p: { what: string }) => `${p.what} is written literally; read it from the environment with \`env(NAME)\` so it can differ per environment and stay out of the repository.`,
  },
  // ── Numbers, CQRS, sagas, MCP, deploy ─────────────────────────────────────
  'invalid-migration-allowance': {
    severity: 'error', summary: 'A `migrations { allow … }` entry that is not `rule(subject)` with a known rule.',
    example: 'migrations {\n  allow dropColum(orders.note)\n}',
    fix: 'Write `rule(subject)` with one of the rules dropTable, dropColumn, dropEnumValue, narrowType, changeType, addRequiredColumn, setNotNull; the migration error names the exact entry to write.',
    message: (p: { entry: string; problem: string }) => `The allowance ${tick(p.entry)} ${p.problem}.`,
  },
  'invalid-breaking-approval': {
    severity: 'error', summary: 'A `compatibility { allow … }` entry that is not `rule(subject)` with a known rule.',
    example: 'compatibility {\n  version "2.0.0"\n  allow removeFeild(Member.bio)\n}',
    fix: 'Write `rule(subject)` with a rule of `pab diff --breaking` (removeOperation, removeField, …) or of the migration lint (dropColumn, …); the breaking-change error names the exact entry to write.',
    message: (p: { entry: string; problem: string }) => `The approval ${tick(p.entry)} ${p.problem}.`,
  },
  'breaking-approvals-stale': {
    severity: 'warning', summary: 'Breaking-change approvals written for an earlier release than the backend\'s `version`.',
    example: 'backend Shop { version "2.1.0" }\ncompatibility {\n  version "2.0.0"\n  allow removeField(Member.bio)\n}',
    fix: 'Remove the `allow` entries once their release has shipped (the baseline now includes those changes), so they cannot approve a later change by accident.',
    message: (p: { approved: string; current: string }) => `The approvals in \`compatibility\` are for version ${p.approved}, but the backend is now version ${p.current}: the baseline has moved on and they are stale.`,
  },
  'value-out-of-range': {
    severity: 'error', summary: 'A number outside its sensible range.',
    example: 'snapshotEvery: 0', fix: 'Use a value in the stated range.',
    message: (p: { what: string; range: string; value: number }) => `${p.what} must be ${p.range}, not ${p.value}.`,
  },
  'command-emits-nothing': {
    severity: 'warning', summary: 'A command that emits no event.',
    example: 'commands: { Cancel: { emits: [] } }', fix: 'List the events it emits.',
    message: (p: { command: string }) => `Command ${tick(p.command)} emits no event, so it changes nothing observable.`,
  },
  'projection-key-not-field': {
    severity: 'error', summary: 'A projection key that is not one of its fields.',
    example: 'key: orderId   # no field orderId', fix: 'Declare the key field in `fields`.',
    message: (p: { key: string; projection: string }) => `Key ${tick(p.key)} is not a field of projection ${tick(p.projection)}.`,
  },
  'projection-key-missing-in-event': {
    severity: 'warning', summary: 'A source event without the projection key field.',
    example: 'from: [OrderPlaced]   # OrderPlaced has no orderId', fix: 'Add the key field to the event.',
    message: (p: { key: string; event: string }) => `Event ${tick(p.event)} has no field ${tick(p.key)}, so the projection cannot find its row.`,
  },
  'step-without-compensation': {
    severity: 'warning', summary: 'A saga step with side effects and no compensation in a compensating saga.',
    example: 'steps: [{ name: charge, do: payments.charge }]', fix: 'Add `compensate`, or set `onFailure: halt`.',
    message: (p: { step: string }) => `Step ${tick(p.step)} has no \`compensate\`, so its effect stays when a later step fails.`,
  },
  'mcp-source-count': {
    severity: 'error', summary: 'An MCP tool or resource without exactly one source.',
    example: 'tools: { t: { query: q, command: C } }', fix: 'Keep exactly one of the sources.',
    message: (p: { what: string; sources: string }) => `${p.what} needs exactly one of ${p.sources}.`,
  },
  'readonly-command-tool': {
    severity: 'warning', summary: 'An MCP tool marked readonly that runs a command.',
    example: 'tools: { cancel: { command: CancelOrder, readonly: true } }', fix: 'Remove `readonly`: commands change state.',
    message: (p: { tool: string }) => `Tool ${tick(p.tool)} runs a command, which changes state, yet is marked \`readonly\`.`,
  },
  'prompt-placeholder-undeclared': {
    severity: 'error', summary: 'A `{{name}}` placeholder without a declared argument.',
    example: 'template: "Review {{orderId}}"   # no arguments', fix: 'Declare the argument or fix the placeholder.',
    message: (p: { name: string; prompt: string }) => `Prompt ${tick(p.prompt)} uses \`{{${p.name}}}\` but declares no argument ${tick(p.name)}.`,
  },
  'prompt-argument-unused': {
    severity: 'warning', summary: 'A prompt argument that the template never uses.',
    example: 'arguments: { orderId: uuid }   # template has no {{orderId}}', fix: 'Use it as `{{orderId}}` or remove it.',
    message: (p: { name: string; prompt: string }) => `Prompt ${tick(p.prompt)} declares argument ${tick(p.name)} but its template never uses it.`,
  },
});

export const diag = createDiagnosticFactory(checkDiagnostics);
export type CheckCode = keyof typeof checkDiagnostics;
