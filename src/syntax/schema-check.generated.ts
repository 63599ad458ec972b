// @ts-nocheck
// Generated from schema/backend.schema.json by scripts/gen-schema-check.ts
// (see src/syntax/schema-code.ts). Do not edit.
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://pab.dev/schema/backend.schema.json","title":"pab backend spec","description":"A pab backend spec (backend.yaml): the structural contract of the spec document. Names, types and expressions are checked by `pab check`.","type":"object","additionalProperties":false,"properties":{"imports":{"type":"array","description":"Other spec files merged into this one, by path relative to this file.","items":{"type":"string","description":"A spec file path.","minLength":1}},"backend":{"$ref":"#/$defs/Backend","description":"The backend itself: name, database, API styles, compile defaults."},"enums":{"type":"object","description":"Enums, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/EnumEntry"}},"entities":{"type":"object","description":"Entities (tables or collections), by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Entity"}},"resources":{"type":"object","description":"API resources, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Resource"}},"auth":{"$ref":"#/$defs/Auth","description":"Authentication and authorization."},"aggregates":{"type":"object","description":"Event-sourced aggregates, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Aggregate"}},"projections":{"type":"object","description":"Read models built from events, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Projection"}},"sagas":{"type":"object","description":"Long-running processes with compensation, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Saga"}},"services":{"type":"object","description":"External services, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Service"}},"queries":{"type":"object","description":"Named queries, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Query"}},"mcp":{"type":"object","description":"Model Context Protocol servers, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/McpServer"}},"deploy":{"$ref":"#/$defs/Deploy","description":"How the backend is packaged and deployed."},"migrations":{"$ref":"#/$defs/Migrations","description":"Destructive schema changes the next migration may make."},"compatibility":{"$ref":"#/$defs/Compatibility","description":"Breaking API changes approved for a release, for `pab diff --breaking`."}},"$defs":{"Identifier":{"title":"Name","description":"A name: letters, digits and `_`, not starting with a digit, and not one of the words and, or, not, in, true, false, null, asc, desc.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","not":{"enum":["and","or","not","in","true","false","null","asc","desc"]}},"QualifiedName":{"title":"Qualified name","description":"Two names joined by a dot, e.g. `payments.charge` or `Order.PlaceOrder`.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$"},"OrderedField":{"title":"Field with direction","description":"A field name, optionally followed by ` asc` or ` desc`, e.g. `createdAt desc`.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*( (asc|desc))?$"},"Duration":{"title":"Duration","description":"A number followed by a unit: `ms`, `s`, `m`, `h`, `d` or `w`, e.g. `500ms`, `30s`, `15m`, `7d`.","type":"string","pattern":"^[0-9]+(ms|s|m|h|d|w)$"},"Rate":{"title":"Rate","description":"A count per unit of time: `second`, `minute`, `hour` or `day`, e.g. `100/minute`.","type":"string","pattern":"^[0-9]+/(second|minute|hour|day)$"},"Expr":{"title":"Expression","description":"A condition in pab's expression language, e.g. `status = PENDING and total > 0`.","type":"string","minLength":1},"TypeExpr":{"title":"Type","description":"A type expression, e.g. `string`, `decimal(12, 2)`, `Order[]`, `text?`.","type":"string","minLength":1},"EnvOrString":{"title":"Value or environment variable","description":"A literal string, or `env(NAME)` to read it from the environment at start-up.","type":"string","minLength":1},"Path":{"title":"Path","description":"A URL path starting with `/`, e.g. `/orders` or `/{id}/cancel`.","type":"string","pattern":"^/"},"Database":{"title":"Database","description":"The database the generated backend uses.","type":"string","enum":["postgres","mysql","sqlite","mongodb"]},"ApiStyle":{"title":"API style","description":"An API style: `rest`, `graphql` or `grpc`.","type":"string","enum":["rest","graphql","grpc"]},"Operation":{"title":"Operation","description":"A standard resource operation.","type":"string","enum":["list","get","create","update","delete","search"]},"ReferentialAction":{"title":"Referential action","description":"What happens to referencing rows when the referenced row changes.","type":"string","enum":["cascade","restrict","setNull","setDefault","noAction"]},"HttpMethod":{"title":"HTTP method","description":"An HTTP method.","type":"string","enum":["GET","POST","PUT","PATCH","DELETE"]},"Backend":{"title":"Backend","description":"The backend itself: its name, database, API styles and compile defaults.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/Identifier","description":"The backend's name, e.g. `Shop`."},"doc":{"type":"string","description":"Documentation for the backend; shown in generated API docs and code comments."},"version":{"type":"string","description":"The API version, e.g. `1.2.0`.","minLength":1},"database":{"$ref":"#/$defs/Database","description":"The database: `postgres`, `mysql`, `sqlite` or `mongodb`."},"api":{"type":"array","description":"The API styles to expose: `rest`, `graphql`, `grpc`.","items":{"$ref":"#/$defs/ApiStyle"},"uniqueItems":true},"targets":{"type":"array","description":"Default targets for `pab compile`, e.g. `openapi`, `prisma`.","items":{"type":"string","description":"A target name.","minLength":1},"uniqueItems":true},"output":{"type":"string","description":"Default output folder, relative to the spec.","minLength":1},"templates":{"type":"string","description":"Folder of template overrides, relative to the spec.","minLength":1}}},"EnumValue":{"title":"Enum value","description":"An enum value with a doc comment.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/Identifier","description":"The value's name, e.g. `PENDING`."},"doc":{"type":"string","description":"Documentation for the value; shown in generated API docs and code comments."}}},"EnumValueEntry":{"title":"Enum value","description":"A value: its name, or `{name, doc}` when it has a doc comment.","anyOf":[{"$ref":"#/$defs/Identifier"},{"$ref":"#/$defs/EnumValue"}]},"EnumValueList":{"title":"Enum values","description":"The enum's values, in order.","type":"array","minItems":1,"items":{"$ref":"#/$defs/EnumValueEntry"}},"Enum":{"title":"Enum","description":"An enum: a closed set of named values.","type":"object","additionalProperties":false,"required":["values"],"properties":{"doc":{"type":"string","description":"Documentation for the enum; shown in generated API docs and code comments."},"values":{"$ref":"#/$defs/EnumValueList","description":"The enum's values, in order. A value is its name, or `{name, doc}` when it has a doc comment."}}},"EnumEntry":{"title":"Enum","description":"An enum: `{values: [...]}`, or just the list of value names, e.g. `[ADMIN, CUSTOMER]`.","anyOf":[{"$ref":"#/$defs/EnumValueList"},{"$ref":"#/$defs/Enum"}]},"Relation":{"title":"Relation","description":"Options of a relation field.","type":"object","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/Identifier","description":"Pairs the two sides when an entity has several relations to the same entity."},"onDelete":{"$ref":"#/$defs/ReferentialAction","description":"What happens to this row when the referenced row is deleted."},"onUpdate":{"$ref":"#/$defs/ReferentialAction","description":"What happens to this row when the referenced key changes."},"through":{"$ref":"#/$defs/Identifier","description":"Explicit join entity of a many-to-many relation."}}},"Field":{"title":"Field","description":"A field: its type and constraints.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"$ref":"#/$defs/TypeExpr","description":"The field's type, e.g. `string`, `email`, `decimal(12, 2)`, `Order[]`, `text?`."},"doc":{"type":"string","description":"Documentation for the field; shown in generated API docs and code comments."},"id":{"type":"boolean","description":"This field is the primary key."},"unique":{"type":"boolean","description":"Values must be unique."},"default":{"type":["string","number","boolean"],"description":"A literal (string, number, boolean, enum value name) or a call: `now()`, `uuid()`, `autoincrement()`."},"check":{"$ref":"#/$defs/Expr","description":"A condition every value must satisfy, e.g. `total >= 0`."},"pattern":{"type":"string","description":"A regular expression text values must match."},"min":{"type":"number","description":"The smallest allowed number."},"max":{"type":"number","description":"The largest allowed number."},"minLength":{"type":"integer","description":"The shortest allowed text length.","minimum":0},"maxLength":{"type":"integer","description":"The longest allowed text length.","minimum":0},"relation":{"$ref":"#/$defs/Relation","description":"Options of a relation field: name, onDelete, onUpdate, through."},"renamedFrom":{"$ref":"#/$defs/Identifier","description":"The field's previous name, so a migration renames instead of drop + add."},"column":{"type":"string","description":"Column name override.","minLength":1}}},"FieldEntry":{"title":"Field","description":"A field: `{type, ...}`, or just its type, e.g. `email: email`.","anyOf":[{"$ref":"#/$defs/TypeExpr"},{"$ref":"#/$defs/Field"}]},"Fields":{"type":"object","description":"Fields by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/FieldEntry"}},"Index":{"title":"Index","description":"A database index.","type":"object","additionalProperties":false,"required":["fields"],"properties":{"fields":{"type":"array","description":"Field names, each optionally followed by ` desc` or ` asc`.","items":{"$ref":"#/$defs/OrderedField"},"minItems":1,"uniqueItems":true},"unique":{"type":"boolean","description":"A unique index."},"where":{"$ref":"#/$defs/Expr","description":"Partial index condition."},"name":{"$ref":"#/$defs/Identifier","description":"Index name override."}}},"Entity":{"title":"Entity","description":"A stored entity (a table or collection).","type":"object","additionalProperties":false,"required":["fields"],"properties":{"doc":{"type":"string","description":"Documentation for the entity; shown in generated API docs and code comments."},"table":{"type":"string","description":"Table or collection name override.","minLength":1},"fields":{"$ref":"#/$defs/Fields","description":"The entity's fields, by name."},"id":{"type":"array","description":"Composite primary key: the field names.","items":{"$ref":"#/$defs/Identifier"},"minItems":1,"uniqueItems":true},"timestamps":{"type":"boolean","description":"Add `createdAt` and `updatedAt`."},"softDelete":{"type":"boolean","description":"Delete by setting `deletedAt` instead of removing the row."},"indexes":{"type":"array","description":"Indexes on the entity.","items":{"$ref":"#/$defs/Index"}},"checks":{"type":"array","description":"Table-level check constraints.","items":{"$ref":"#/$defs/Expr"}}}},"Pagination":{"title":"Pagination","description":"How list responses are paged.","type":"object","additionalProperties":false,"required":["style"],"properties":{"style":{"description":"`cursor` or `offset` pagination.","type":"string","enum":["cursor","offset"]},"default":{"type":"integer","description":"Default page size.","minimum":1},"max":{"type":"integer","description":"Largest page size a client may ask for.","minimum":1}}},"Action":{"title":"Action","description":"A custom endpoint on a resource.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the action; shown in generated API docs and code comments."},"method":{"$ref":"#/$defs/HttpMethod","description":"The HTTP method."},"path":{"$ref":"#/$defs/Path","description":"Relative to the resource path, e.g. `/{id}/cancel`."},"on":{"description":"`item` actions act on one record (default), `collection` actions on the set.","type":"string","enum":["item","collection"]},"input":{"$ref":"#/$defs/Fields","description":"The action's input fields, by name."},"output":{"$ref":"#/$defs/TypeExpr","description":"The action's result type."}}},"Resource":{"title":"Resource","description":"An API resource exposing an entity.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"doc":{"type":"string","description":"Documentation for the resource; shown in generated API docs and code comments."},"entity":{"$ref":"#/$defs/Identifier","description":"The entity this resource exposes."},"path":{"$ref":"#/$defs/Path","description":"The resource's base path, e.g. `/orders`."},"operations":{"type":"array","description":"The standard operations: list, get, create, update, delete, search.","items":{"$ref":"#/$defs/Operation"},"uniqueItems":true},"pagination":{"$ref":"#/$defs/Pagination","description":"How list responses are paged."},"filter":{"type":"array","description":"Fields clients may filter by.","items":{"$ref":"#/$defs/Identifier"},"uniqueItems":true},"sort":{"type":"array","description":"Sortable fields; the first is the default order. Each optionally followed by ` desc` or ` asc`.","items":{"$ref":"#/$defs/OrderedField"},"uniqueItems":true},"search":{"type":"array","description":"Fields matched by the `search` operation.","items":{"$ref":"#/$defs/Identifier"},"uniqueItems":true},"access":{"type":"object","description":"Access rule per operation or action name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Expr"}},"rateLimit":{"$ref":"#/$defs/Rate","description":"Requests allowed per client, e.g. `100/minute`."},"cache":{"$ref":"#/$defs/Duration","description":"Cache lifetime of list/get responses."},"expose":{"type":"array","description":"API styles exposing this resource; defaults to the backend's `api`.","items":{"$ref":"#/$defs/ApiStyle"},"uniqueItems":true},"parent":{"$ref":"#/$defs/Identifier","description":"Parent resource name, for nesting (e.g. /customers/{customerId}/orders)."},"actions":{"type":"object","description":"Custom endpoints, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Action"}}}},"Identity":{"title":"Identity","description":"Who signs in.","type":"object","additionalProperties":false,"required":["entity","login"],"properties":{"entity":{"$ref":"#/$defs/Identifier","description":"The entity of users who sign in."},"login":{"type":"array","description":"Fields a user signs in with (e.g. email, username).","items":{"$ref":"#/$defs/Identifier"},"minItems":1,"uniqueItems":true},"password":{"$ref":"#/$defs/Identifier","description":"The secret field holding the password hash."},"role":{"$ref":"#/$defs/Identifier","description":"Field holding the user's role (an enum of role names)."}}},"Jwt":{"title":"JWT","description":"JSON Web Token settings.","type":"object","additionalProperties":false,"properties":{"access":{"$ref":"#/$defs/Duration","description":"Access token lifetime, e.g. `15m`."},"refresh":{"$ref":"#/$defs/Duration","description":"Refresh token lifetime, e.g. `7d`."},"rotate":{"type":"boolean","description":"Issue a new refresh token on every refresh."},"algorithm":{"description":"Signing algorithm.","type":"string","enum":["HS256","RS256","ES256","EdDSA"]},"issuer":{"type":"string","description":"The `iss` claim.","minLength":1},"audience":{"type":"string","description":"The `aud` claim.","minLength":1},"secret":{"$ref":"#/$defs/EnvOrString","description":"The signing secret, usually `env(JWT_SECRET)`."}}},"Session":{"title":"Session","description":"Cookie session settings.","type":"object","additionalProperties":false,"properties":{"cookie":{"type":"string","description":"The cookie name.","minLength":1},"ttl":{"$ref":"#/$defs/Duration","description":"Session lifetime."},"sameSite":{"description":"The cookie's SameSite attribute.","type":"string","enum":["strict","lax","none"]},"secure":{"type":"boolean","description":"Send the cookie over HTTPS only."},"csrf":{"type":"boolean","description":"Require a CSRF token on state-changing requests."}}},"ApiKey":{"title":"API key","description":"API key authentication.","type":"object","additionalProperties":false,"properties":{"header":{"type":"string","description":"The header carrying the key.","minLength":1},"prefix":{"type":"string","description":"The prefix of generated keys.","minLength":1}}},"OAuth2Provider":{"title":"OAuth2 provider","description":"An OAuth2 / OpenID Connect sign-in provider.","type":"object","additionalProperties":false,"required":["clientId","clientSecret"],"properties":{"doc":{"type":"string","description":"Documentation for the provider (from a `///` comment in .pab); shown in generated docs."},"clientId":{"$ref":"#/$defs/EnvOrString","description":"The client id, e.g. `env(GOOGLE_CLIENT_ID)`."},"clientSecret":{"$ref":"#/$defs/EnvOrString","description":"The client secret, e.g. `env(GOOGLE_CLIENT_SECRET)`."},"issuer":{"type":"string","description":"The OpenID Connect issuer URL.","minLength":1},"authorizeUrl":{"type":"string","description":"The authorization endpoint URL.","minLength":1},"tokenUrl":{"type":"string","description":"The token endpoint URL.","minLength":1},"scopes":{"type":"array","description":"Scopes to request.","items":{"type":"string","description":"A scope.","minLength":1},"uniqueItems":true}}},"PasswordPolicy":{"title":"Password policy","description":"Password hashing and strength rules.","type":"object","additionalProperties":false,"properties":{"hash":{"description":"The password hash: `argon2id` or `bcrypt`.","type":"string","enum":["argon2id","bcrypt"]},"minLength":{"type":"integer","description":"The shortest allowed password.","minimum":1},"maxLength":{"type":"integer","description":"The longest allowed password.","minimum":1},"require":{"type":"array","description":"Character classes a password must contain.","items":{"description":"A character class.","type":"string","enum":["upper","lower","digit","symbol"]},"uniqueItems":true},"history":{"type":"integer","description":"How many previous passwords may not be reused.","minimum":0}}},"Lockout":{"title":"Lockout","description":"Lock an account after repeated failed sign-ins.","type":"object","additionalProperties":false,"required":["attempts","duration"],"properties":{"attempts":{"type":"integer","description":"Failed attempts before the account is locked.","minimum":1},"duration":{"$ref":"#/$defs/Duration","description":"How long the account stays locked."}}},"Mfa":{"title":"MFA","description":"Multi-factor authentication.","type":"object","additionalProperties":false,"required":["method"],"properties":{"method":{"description":"The second factor: `totp`.","type":"string","enum":["totp"]},"required":{"type":"boolean","description":"Every user must enroll (otherwise optional)."}}},"AuthRateLimit":{"title":"Auth rate limits","description":"Rate limit per auth endpoint.","type":"object","additionalProperties":false,"properties":{"login":{"$ref":"#/$defs/Rate","description":"Sign-in attempts, e.g. `5/minute`."},"register":{"$ref":"#/$defs/Rate","description":"Registrations."},"refresh":{"$ref":"#/$defs/Rate","description":"Token refreshes."},"passwordReset":{"$ref":"#/$defs/Rate","description":"Password reset requests."},"mfa":{"$ref":"#/$defs/Rate","description":"MFA code attempts."}}},"Role":{"title":"Role","description":"A role and its permissions.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the role; shown in generated API docs and code comments."},"permissions":{"type":"array","description":"Permissions granted to the role.","items":{"type":"string","description":"A permission.","minLength":1},"uniqueItems":true},"inherits":{"type":"array","description":"Roles whose permissions this role also has.","items":{"$ref":"#/$defs/Identifier"},"uniqueItems":true}}},"Admin":{"title":"Admin","description":"The administrator role.","type":"object","additionalProperties":false,"required":["role"],"properties":{"role":{"$ref":"#/$defs/Identifier","description":"The role that may override access rules."},"audit":{"type":"boolean","description":"Record every override in an audit log."}}},"Cors":{"title":"CORS","description":"Cross-origin requests.","type":"object","additionalProperties":false,"required":["origins"],"properties":{"origins":{"type":"array","description":"Allowed origins, e.g. `https://shop.example.com`.","items":{"type":"string","description":"An origin.","minLength":1},"minItems":1,"uniqueItems":true},"credentials":{"type":"boolean","description":"Allow credentials (cookies, authorization headers)."},"maxAge":{"$ref":"#/$defs/Duration","description":"How long browsers may cache the preflight response."}}},"SecurityHeaders":{"title":"Security headers","description":"HTTP security headers.","type":"object","additionalProperties":false,"properties":{"hsts":{"type":"boolean","description":"Send Strict-Transport-Security."},"contentSecurityPolicy":{"type":"string","description":"The Content-Security-Policy header value.","minLength":1},"frameOptions":{"description":"The X-Frame-Options header: `deny` or `sameorigin`.","type":"string","enum":["deny","sameorigin"]},"referrerPolicy":{"type":"string","description":"The Referrer-Policy header value.","minLength":1},"noSniff":{"type":"boolean","description":"Send X-Content-Type-Options: nosniff."}}},"Auth":{"title":"Auth","description":"Authentication and authorization.","type":"object","additionalProperties":false,"properties":{"identity":{"$ref":"#/$defs/Identity","description":"Who signs in: the user entity and its login fields."},"jwt":{"$ref":"#/$defs/Jwt","description":"JSON Web Token settings."},"session":{"$ref":"#/$defs/Session","description":"Cookie session settings."},"apiKey":{"$ref":"#/$defs/ApiKey","description":"API key authentication."},"oauth2":{"type":"object","description":"OAuth2 sign-in providers, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/OAuth2Provider"}},"password":{"$ref":"#/$defs/PasswordPolicy","description":"Password hashing and strength rules."},"lockout":{"$ref":"#/$defs/Lockout","description":"Lock an account after repeated failed sign-ins."},"mfa":{"$ref":"#/$defs/Mfa","description":"Multi-factor authentication."},"rateLimit":{"$ref":"#/$defs/AuthRateLimit","description":"Rate limit per auth endpoint: login, register, refresh, passwordReset, mfa."},"roles":{"type":"object","description":"Roles, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Role"}},"policies":{"type":"object","description":"Named attribute rules (ABAC), usable in access rules as `policy(name)`.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Expr"}},"admin":{"$ref":"#/$defs/Admin","description":"The administrator role."},"cors":{"$ref":"#/$defs/Cors","description":"Cross-origin requests."},"headers":{"$ref":"#/$defs/SecurityHeaders","description":"HTTP security headers."}}},"Command":{"title":"Command","description":"A command an aggregate handles.","type":"object","additionalProperties":false,"required":["emits"],"properties":{"doc":{"type":"string","description":"Documentation for the command; shown in generated API docs and code comments."},"input":{"$ref":"#/$defs/Fields","description":"The command's input fields, by name."},"emits":{"type":"array","description":"Events the command emits.","items":{"$ref":"#/$defs/Identifier"},"minItems":1,"uniqueItems":true},"access":{"$ref":"#/$defs/Expr","description":"Who may issue the command."}}},"Event":{"title":"Event","description":"An event an aggregate emits.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the event; shown in generated API docs and code comments."},"fields":{"$ref":"#/$defs/Fields","description":"The event's fields, by name."}}},"Aggregate":{"title":"Aggregate","description":"An event-sourced aggregate (CQRS).","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the aggregate; shown in generated API docs and code comments."},"entity":{"$ref":"#/$defs/Identifier","description":"The entity holding the aggregate's current state, if any."},"commands":{"type":"object","description":"Commands, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Command"}},"events":{"type":"object","description":"Events, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Event"}},"snapshotEvery":{"type":"integer","description":"Take a snapshot every N events.","minimum":1}}},"Projection":{"title":"Projection","description":"A read model built from events.","type":"object","additionalProperties":false,"required":["from","key"],"properties":{"doc":{"type":"string","description":"Documentation for the projection; shown in generated API docs and code comments."},"from":{"type":"array","description":"The events the projection is built from.","items":{"$ref":"#/$defs/Identifier"},"minItems":1,"uniqueItems":true},"key":{"$ref":"#/$defs/Identifier","description":"The field that identifies a row of the projection."},"fields":{"$ref":"#/$defs/Fields","description":"The projection's fields, by name."}}},"SagaStep":{"title":"Saga step","description":"One step of a saga.","type":"object","additionalProperties":false,"required":["name","do"],"properties":{"name":{"$ref":"#/$defs/Identifier","description":"The step's name."},"doc":{"type":"string","description":"Documentation for the step; shown in generated API docs and code comments."},"do":{"$ref":"#/$defs/QualifiedName","description":"`service.operation` or `Aggregate.Command`."},"compensate":{"$ref":"#/$defs/QualifiedName","description":"What undoes the step: `service.operation` or `Aggregate.Command`."},"timeout":{"$ref":"#/$defs/Duration","description":"How long the step may take."},"retry":{"type":"integer","description":"How many times to retry the step.","minimum":0}}},"Saga":{"title":"Saga","description":"A long-running process with compensation.","type":"object","additionalProperties":false,"required":["on","steps"],"properties":{"doc":{"type":"string","description":"Documentation for the saga; shown in generated API docs and code comments."},"on":{"$ref":"#/$defs/Identifier","description":"The event or command that starts the saga."},"steps":{"type":"array","description":"The steps, in order.","items":{"$ref":"#/$defs/SagaStep"},"minItems":1},"onFailure":{"description":"What happens when a step fails after its retries: `compensate` or `halt`.","type":"string","enum":["compensate","halt"]},"timeout":{"$ref":"#/$defs/Duration","description":"How long the whole saga may take."}}},"Retry":{"title":"Retry","description":"How failed calls are retried.","type":"object","additionalProperties":false,"required":["count"],"properties":{"count":{"type":"integer","description":"How many times to retry.","minimum":0},"backoff":{"description":"Delay growth between retries.","type":"string","enum":["exponential","linear","constant"]},"delay":{"$ref":"#/$defs/Duration","description":"The first delay."},"jitter":{"type":"boolean","description":"Randomize delays."}}},"Breaker":{"title":"Circuit breaker","description":"Stop calling a failing service for a while.","type":"object","additionalProperties":false,"required":["failures","reset"],"properties":{"failures":{"type":"integer","description":"Consecutive failures that open the breaker.","minimum":1},"reset":{"$ref":"#/$defs/Duration","description":"How long the breaker stays open."}}},"ServiceOperation":{"title":"Service operation","description":"An operation of an external service.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the operation; shown in generated API docs and code comments."},"method":{"$ref":"#/$defs/HttpMethod","description":"The HTTP method."},"path":{"$ref":"#/$defs/Path","description":"Relative to the service URL."},"input":{"$ref":"#/$defs/Fields","description":"The operation's input fields, by name."},"output":{"$ref":"#/$defs/TypeExpr","description":"The operation's result type."}}},"Service":{"title":"Service","description":"An external service the backend calls.","type":"object","additionalProperties":false,"required":["url"],"properties":{"doc":{"type":"string","description":"Documentation for the service; shown in generated API docs and code comments."},"url":{"$ref":"#/$defs/EnvOrString","description":"The base URL, usually `env(NAME)`."},"timeout":{"$ref":"#/$defs/Duration","description":"Timeout of each call."},"retry":{"$ref":"#/$defs/Retry","description":"How failed calls are retried."},"breaker":{"$ref":"#/$defs/Breaker","description":"Circuit breaker settings."},"fallback":{"description":"When the call fails or the breaker is open: fail fast, serve the last good response, or call user code.","type":"string","enum":["fail","cache","custom"]},"operations":{"type":"object","description":"Operations, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/ServiceOperation"}}}},"Query":{"title":"Query","description":"A named, optimized query.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"doc":{"type":"string","description":"Documentation for the query; shown in generated API docs and code comments."},"entity":{"$ref":"#/$defs/Identifier","description":"The entity queried."},"where":{"$ref":"#/$defs/Expr","description":"Conditions; `$name` are parameters."},"orderBy":{"type":"array","description":"Each a field name optionally followed by ` desc` or ` asc`.","items":{"$ref":"#/$defs/OrderedField"},"uniqueItems":true},"limit":{"type":"integer","description":"Largest number of rows returned.","minimum":1}}},"McpTool":{"title":"MCP tool","description":"A tool the MCP server offers. Exactly one of `query`, `command`, `operation`.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the tool; shown in generated API docs and code comments."},"query":{"$ref":"#/$defs/Identifier","description":"The query the tool runs."},"command":{"$ref":"#/$defs/Identifier","description":"The command the tool issues."},"operation":{"$ref":"#/$defs/QualifiedName","description":"The resource operation the tool calls: `resource.operation`."},"readonly":{"type":"boolean","description":"The tool does not change data."}},"oneOf":[{"required":["query"]},{"required":["command"]},{"required":["operation"]}]},"McpResource":{"title":"MCP resource","description":"A resource the MCP server offers. Exactly one of `entity`, `query`.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the resource; shown in generated API docs and code comments."},"entity":{"$ref":"#/$defs/Identifier","description":"The entity the resource reads."},"query":{"$ref":"#/$defs/Identifier","description":"The query the resource runs."},"uri":{"type":"string","description":"The resource URI or URI template.","minLength":1}},"oneOf":[{"required":["entity"]},{"required":["query"]}]},"McpPrompt":{"title":"MCP prompt","description":"A prompt template the MCP server offers.","type":"object","additionalProperties":false,"required":["template"],"properties":{"doc":{"type":"string","description":"Documentation for the prompt; shown in generated API docs and code comments."},"template":{"type":"string","description":"The prompt text; `{{name}}` inserts an argument.","minLength":1},"arguments":{"$ref":"#/$defs/Fields","description":"The prompt's arguments, by name."}}},"McpServer":{"title":"MCP server","description":"A Model Context Protocol server.","type":"object","additionalProperties":false,"required":["transport"],"properties":{"doc":{"type":"string","description":"Documentation for the server; shown in generated API docs and code comments."},"transport":{"description":"`stdio` or `http`.","type":"string","enum":["stdio","http"]},"path":{"$ref":"#/$defs/Path","description":"Path for the http transport."},"tools":{"type":"object","description":"Tools, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/McpTool"}},"resources":{"type":"object","description":"Resources, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/McpResource"}},"prompts":{"type":"object","description":"Prompts, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/McpPrompt"}}}},"Docker":{"title":"Docker","description":"The Docker image.","type":"object","additionalProperties":false,"properties":{"base":{"type":"string","description":"The base image, e.g. `node:20-bookworm-slim`.","minLength":1},"user":{"type":"string","description":"The user the app runs as.","minLength":1},"port":{"type":"integer","description":"The port the app listens on.","minimum":1,"maximum":65535}}},"Autoscale":{"title":"Autoscale","description":"Horizontal pod autoscaling.","type":"object","additionalProperties":false,"required":["max"],"properties":{"min":{"type":"integer","description":"The fewest replicas.","minimum":1},"max":{"type":"integer","description":"The most replicas.","minimum":1},"cpu":{"type":"integer","description":"Target CPU utilization, in percent.","minimum":1,"maximum":100}}},"Kubernetes":{"title":"Kubernetes","description":"Kubernetes manifests.","type":"object","additionalProperties":false,"properties":{"replicas":{"type":"integer","description":"How many replicas to run.","minimum":1},"namespace":{"type":"string","description":"The namespace.","minLength":1},"autoscale":{"$ref":"#/$defs/Autoscale","description":"Horizontal pod autoscaling."}}},"Observability":{"title":"Observability","description":"Logs, metrics and tracing.","type":"object","additionalProperties":false,"properties":{"logs":{"description":"Log format: `json` or `pretty`.","type":"string","enum":["json","pretty"]},"metrics":{"description":"Metrics: `prometheus` or `none`.","type":"string","enum":["prometheus","none"]},"tracing":{"description":"Tracing: `otel` or `none`.","type":"string","enum":["otel","none"]}}},"Deploy":{"title":"Deploy","description":"How the backend is packaged and deployed.","type":"object","additionalProperties":false,"properties":{"docker":{"$ref":"#/$defs/Docker","description":"The Docker image."},"compose":{"type":"array","description":"Backing services started next to the app by docker compose.","items":{"description":"A backing service.","type":"string","enum":["postgres","mysql","redis","rabbitmq","nats","mongodb"]},"uniqueItems":true},"kubernetes":{"$ref":"#/$defs/Kubernetes","description":"Kubernetes manifests."},"observability":{"$ref":"#/$defs/Observability","description":"Logs, metrics and tracing."}}},"Migrations":{"title":"Migrations","description":"Destructive schema changes the next migration may make.","type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","description":"Changes the migration lint may let through, each as `rule(subject)`, e.g. `dropColumn(orders.note)`.","items":{"type":"string","description":"`rule(subject)`: dropTable(table), dropColumn(table.column), dropEnumValue(enum), narrowType(table.column), changeType(table.column), addRequiredColumn(table.column), setNotNull(table.column).","minLength":1},"uniqueItems":true}}},"Compatibility":{"title":"Compatibility","description":"Breaking API changes approved for a release, for `pab diff --breaking`.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"type":"string","description":"The backend version the approved changes ship in. Once `backend.version` moves past it, the approvals are stale and pab says so.","minLength":1},"allow":{"type":"array","description":"Breaking changes to let through, each as `rule(subject)`, e.g. `removeField(Member.bio)` or `removeOperation(books.delete)`.","items":{"type":"string","description":"`rule(subject)`: a rule of `pab diff --breaking` (see grammar/LANGUAGE.md, compatibility) and the element it is about.","minLength":1},"uniqueItems":true}}}}};
const schema33 = {"title":"Name","description":"A name: letters, digits and `_`, not starting with a digit, and not one of the words and, or, not, in, true, false, null, asc, desc.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","not":{"enum":["and","or","not","in","true","false","null","asc","desc"]}};
const schema181 = {"title":"Migrations","description":"Destructive schema changes the next migration may make.","type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","description":"Changes the migration lint may let through, each as `rule(subject)`, e.g. `dropColumn(orders.note)`.","items":{"type":"string","description":"`rule(subject)`: dropTable(table), dropColumn(table.column), dropEnumValue(enum), narrowType(table.column), changeType(table.column), addRequiredColumn(table.column), setNotNull(table.column).","minLength":1},"uniqueItems":true}}};
const schema182 = {"title":"Compatibility","description":"Breaking API changes approved for a release, for `pab diff --breaking`.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"type":"string","description":"The backend version the approved changes ship in. Once `backend.version` moves past it, the approvals are stale and pab says so.","minLength":1},"allow":{"type":"array","description":"Breaking changes to let through, each as `rule(subject)`, e.g. `removeField(Member.bio)` or `removeOperation(books.delete)`.","items":{"type":"string","description":"`rule(subject)`: a rule of `pab diff --breaking` (see grammar/LANGUAGE.md, compatibility) and the element it is about.","minLength":1},"uniqueItems":true}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const schema32 = {"title":"Backend","description":"The backend itself: its name, database, API styles and compile defaults.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/Identifier","description":"The backend's name, e.g. `Shop`."},"doc":{"type":"string","description":"Documentation for the backend; shown in generated API docs and code comments."},"version":{"type":"string","description":"The API version, e.g. `1.2.0`.","minLength":1},"database":{"$ref":"#/$defs/Database","description":"The database: `postgres`, `mysql`, `sqlite` or `mongodb`."},"api":{"type":"array","description":"The API styles to expose: `rest`, `graphql`, `grpc`.","items":{"$ref":"#/$defs/ApiStyle"},"uniqueItems":true},"targets":{"type":"array","description":"Default targets for `pab compile`, e.g. `openapi`, `prisma`.","items":{"type":"string","description":"A target name.","minLength":1},"uniqueItems":true},"output":{"type":"string","description":"Default output folder, relative to the spec.","minLength":1},"templates":{"type":"string","description":"Folder of template overrides, relative to the spec.","minLength":1}}};
const schema34 = {"title":"Database","description":"The database the generated backend uses.","type":"string","enum":["postgres","mysql","sqlite","mongodb"]};
const schema35 = {"title":"API style","description":"An API style: `rest`, `graphql` or `grpc`.","type":"string","enum":["rest","graphql","grpc"]};
const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const func0 = require("ajv/dist/runtime/equal").default;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "doc")) || (key0 === "version")) || (key0 === "database")) || (key0 === "api")) || (key0 === "targets")) || (key0 === "output")) || (key0 === "templates"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((((((data0 === "and") || (data0 === "or")) || (data0 === "not")) || (data0 === "in")) || (data0 === "true")) || (data0 === "false")) || (data0 === "null")) || (data0 === "asc")) || (data0 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs7 = errors;
if(typeof data.doc !== "string"){
validate21.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data2 = data.version;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.database !== undefined){
let data3 = data.database;
const _errs11 = errors;
if(typeof data3 !== "string"){
validate21.errors = [{instancePath:instancePath+"/database",schemaPath:"#/$defs/Database/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data3 === "postgres") || (data3 === "mysql")) || (data3 === "sqlite")) || (data3 === "mongodb"))){
validate21.errors = [{instancePath:instancePath+"/database",schemaPath:"#/$defs/Database/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.api !== undefined){
let data4 = data.api;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data4)){
var valid4 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs16 = errors;
if(typeof data5 !== "string"){
validate21.errors = [{instancePath:instancePath+"/api/" + i0,schemaPath:"#/$defs/ApiStyle/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data5 === "rest") || (data5 === "graphql")) || (data5 === "grpc"))){
validate21.errors = [{instancePath:instancePath+"/api/" + i0,schemaPath:"#/$defs/ApiStyle/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs16 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i1 = data4.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data4[i1], data4[j0])){
validate21.errors = [{instancePath:instancePath+"/api",schemaPath:"#/properties/api/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/api",schemaPath:"#/properties/api/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.targets !== undefined){
let data6 = data.targets;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data6)){
var valid7 = true;
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
const _errs21 = errors;
if(errors === _errs21){
if(typeof data7 === "string"){
if(func2(data7) < 1){
validate21.errors = [{instancePath:instancePath+"/targets/" + i2,schemaPath:"#/properties/targets/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/targets/" + i2,schemaPath:"#/properties/targets/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs21 === errors;
if(!valid7){
break;
}
}
if(valid7){
let i3 = data6.length;
let j1;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data6[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
validate21.errors = [{instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break;
}
indices0[item0] = i3;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output !== undefined){
let data8 = data.output;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data8 === "string"){
if(func2(data8) < 1){
validate21.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/output",schemaPath:"#/properties/output/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.templates !== undefined){
let data9 = data.templates;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data9 === "string"){
if(func2(data9) < 1){
validate21.errors = [{instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/templates",schemaPath:"#/properties/templates/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"title":"Enum","description":"An enum: `{values: [...]}`, or just the list of value names, e.g. `[ADMIN, CUSTOMER]`.","anyOf":[{"$ref":"#/$defs/EnumValueList"},{"$ref":"#/$defs/Enum"}]};
const schema38 = {"title":"Enum values","description":"The enum's values, in order.","type":"array","minItems":1,"items":{"$ref":"#/$defs/EnumValueEntry"}};
const schema39 = {"title":"Enum value","description":"A value: its name, or `{name, doc}` when it has a doc comment.","anyOf":[{"$ref":"#/$defs/Identifier"},{"$ref":"#/$defs/EnumValue"}]};
const schema41 = {"title":"Enum value","description":"An enum value with a doc comment.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/Identifier","description":"The value's name, e.g. `PENDING`."},"doc":{"type":"string","description":"Documentation for the value; shown in generated API docs and code comments."}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "name") || (key0 === "doc"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((((((data0 === "and") || (data0 === "or")) || (data0 === "not")) || (data0 === "in")) || (data0 === "true")) || (data0 === "false")) || (data0 === "null")) || (data0 === "asc")) || (data0 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs7 = errors;
if(typeof data.doc !== "string"){
validate26.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
const _errs2 = errors;
const _errs4 = errors;
const _errs5 = errors;
if(!(((((((((data === "and") || (data === "or")) || (data === "not")) || (data === "in")) || (data === "true")) || (data === "false")) || (data === "null")) || (data === "asc")) || (data === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs5 === errors;
if(valid2){
const err1 = {instancePath,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
if(errors === _errs2){
if(typeof data === "string"){
if(!pattern4.test(data)){
const err2 = {instancePath,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs6 = errors;
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate25.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate25.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate25.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(Array.isArray(data)){
if(data.length < 1){
validate24.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate25(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"title":"Enum","description":"An enum: a closed set of named values.","type":"object","additionalProperties":false,"required":["values"],"properties":{"doc":{"type":"string","description":"Documentation for the enum; shown in generated API docs and code comments."},"values":{"$ref":"#/$defs/EnumValueList","description":"The enum's values, in order. A value is its name, or `{name, doc}` when it has a doc comment."}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.values === undefined) && (missing0 = "values")){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "doc") || (key0 === "values"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate30.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.values !== undefined){
const _errs4 = errors;
if(!(validate24(data.values, {instancePath:instancePath+"/values",parentData:data,parentDataProperty:"values",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items0 = true;
}
const _errs2 = errors;
if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate23.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":true};

const schema45 = {"title":"Entity","description":"A stored entity (a table or collection).","type":"object","additionalProperties":false,"required":["fields"],"properties":{"doc":{"type":"string","description":"Documentation for the entity; shown in generated API docs and code comments."},"table":{"type":"string","description":"Table or collection name override.","minLength":1},"fields":{"$ref":"#/$defs/Fields","description":"The entity's fields, by name."},"id":{"type":"array","description":"Composite primary key: the field names.","items":{"$ref":"#/$defs/Identifier"},"minItems":1,"uniqueItems":true},"timestamps":{"type":"boolean","description":"Add `createdAt` and `updatedAt`."},"softDelete":{"type":"boolean","description":"Delete by setting `deletedAt` instead of removing the row."},"indexes":{"type":"array","description":"Indexes on the entity.","items":{"$ref":"#/$defs/Index"}},"checks":{"type":"array","description":"Table-level check constraints.","items":{"$ref":"#/$defs/Expr"}}}};
const schema52 = {"title":"Expression","description":"A condition in pab's expression language, e.g. `status = PENDING and total > 0`.","type":"string","minLength":1};
const schema46 = {"type":"object","description":"Fields by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/FieldEntry"}};
const schema48 = {"title":"Field","description":"A field: `{type, ...}`, or just its type, e.g. `email: email`.","anyOf":[{"$ref":"#/$defs/TypeExpr"},{"$ref":"#/$defs/Field"}]};
const schema49 = {"title":"Type","description":"A type expression, e.g. `string`, `decimal(12, 2)`, `Order[]`, `text?`.","type":"string","minLength":1};
const schema50 = {"title":"Field","description":"A field: its type and constraints.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"$ref":"#/$defs/TypeExpr","description":"The field's type, e.g. `string`, `email`, `decimal(12, 2)`, `Order[]`, `text?`."},"doc":{"type":"string","description":"Documentation for the field; shown in generated API docs and code comments."},"id":{"type":"boolean","description":"This field is the primary key."},"unique":{"type":"boolean","description":"Values must be unique."},"default":{"type":["string","number","boolean"],"description":"A literal (string, number, boolean, enum value name) or a call: `now()`, `uuid()`, `autoincrement()`."},"check":{"$ref":"#/$defs/Expr","description":"A condition every value must satisfy, e.g. `total >= 0`."},"pattern":{"type":"string","description":"A regular expression text values must match."},"min":{"type":"number","description":"The smallest allowed number."},"max":{"type":"number","description":"The largest allowed number."},"minLength":{"type":"integer","description":"The shortest allowed text length.","minimum":0},"maxLength":{"type":"integer","description":"The longest allowed text length.","minimum":0},"relation":{"$ref":"#/$defs/Relation","description":"Options of a relation field: name, onDelete, onUpdate, through."},"renamedFrom":{"$ref":"#/$defs/Identifier","description":"The field's previous name, so a migration renames instead of drop + add."},"column":{"type":"string","description":"Column name override.","minLength":1}}};
const schema53 = {"title":"Relation","description":"Options of a relation field.","type":"object","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/Identifier","description":"Pairs the two sides when an entity has several relations to the same entity."},"onDelete":{"$ref":"#/$defs/ReferentialAction","description":"What happens to this row when the referenced row is deleted."},"onUpdate":{"$ref":"#/$defs/ReferentialAction","description":"What happens to this row when the referenced key changes."},"through":{"$ref":"#/$defs/Identifier","description":"Explicit join entity of a many-to-many relation."}}};
const schema55 = {"title":"Referential action","description":"What happens to referencing rows when the referenced row changes.","type":"string","enum":["cascade","restrict","setNull","setDefault","noAction"]};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "onDelete")) || (key0 === "onUpdate")) || (key0 === "through"))){
validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((((((data0 === "and") || (data0 === "or")) || (data0 === "not")) || (data0 === "in")) || (data0 === "true")) || (data0 === "false")) || (data0 === "null")) || (data0 === "asc")) || (data0 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.onDelete !== undefined){
let data1 = data.onDelete;
const _errs7 = errors;
if(typeof data1 !== "string"){
validate38.errors = [{instancePath:instancePath+"/onDelete",schemaPath:"#/$defs/ReferentialAction/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data1 === "cascade") || (data1 === "restrict")) || (data1 === "setNull")) || (data1 === "setDefault")) || (data1 === "noAction"))){
validate38.errors = [{instancePath:instancePath+"/onDelete",schemaPath:"#/$defs/ReferentialAction/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.onUpdate !== undefined){
let data2 = data.onUpdate;
const _errs10 = errors;
if(typeof data2 !== "string"){
validate38.errors = [{instancePath:instancePath+"/onUpdate",schemaPath:"#/$defs/ReferentialAction/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data2 === "cascade") || (data2 === "restrict")) || (data2 === "setNull")) || (data2 === "setDefault")) || (data2 === "noAction"))){
validate38.errors = [{instancePath:instancePath+"/onUpdate",schemaPath:"#/$defs/ReferentialAction/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.through !== undefined){
let data3 = data.through;
const _errs13 = errors;
const _errs14 = errors;
const _errs16 = errors;
const _errs17 = errors;
if(!(((((((((data3 === "and") || (data3 === "or")) || (data3 === "not")) || (data3 === "in")) || (data3 === "true")) || (data3 === "false")) || (data3 === "null")) || (data3 === "asc")) || (data3 === "desc"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid6 = _errs17 === errors;
if(valid6){
validate38.errors = [{instancePath:instancePath+"/through",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
if(errors === _errs14){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate38.errors = [{instancePath:instancePath+"/through",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/through",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema50.properties, key0))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate37.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/TypeExpr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/TypeExpr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs5 = errors;
if(typeof data.doc !== "string"){
validate37.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs7 = errors;
if(typeof data.id !== "boolean"){
validate37.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unique !== undefined){
const _errs9 = errors;
if(typeof data.unique !== "boolean"){
validate37.errors = [{instancePath:instancePath+"/unique",schemaPath:"#/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.default !== undefined){
let data4 = data.default;
const _errs11 = errors;
if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
validate37.errors = [{instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: schema50.properties.default.type},message:"must be string,number,boolean"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.check !== undefined){
let data5 = data.check;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate37.errors = [{instancePath:instancePath+"/check",schemaPath:"#/$defs/Expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/check",schemaPath:"#/$defs/Expr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pattern !== undefined){
const _errs16 = errors;
if(typeof data.pattern !== "string"){
validate37.errors = [{instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.min !== undefined){
let data7 = data.min;
const _errs18 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate37.errors = [{instancePath:instancePath+"/min",schemaPath:"#/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.max !== undefined){
let data8 = data.max;
const _errs20 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate37.errors = [{instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minLength !== undefined){
let data9 = data.minLength;
const _errs22 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate37.errors = [{instancePath:instancePath+"/minLength",schemaPath:"#/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs22){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate37.errors = [{instancePath:instancePath+"/minLength",schemaPath:"#/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxLength !== undefined){
let data10 = data.maxLength;
const _errs24 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate37.errors = [{instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate37.errors = [{instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.relation !== undefined){
const _errs26 = errors;
if(!(validate38(data.relation, {instancePath:instancePath+"/relation",parentData:data,parentDataProperty:"relation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.renamedFrom !== undefined){
let data12 = data.renamedFrom;
const _errs27 = errors;
const _errs28 = errors;
const _errs30 = errors;
const _errs31 = errors;
if(!(((((((((data12 === "and") || (data12 === "or")) || (data12 === "not")) || (data12 === "in")) || (data12 === "true")) || (data12 === "false")) || (data12 === "null")) || (data12 === "asc")) || (data12 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid4 = _errs31 === errors;
if(valid4){
validate37.errors = [{instancePath:instancePath+"/renamedFrom",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
if(errors === _errs28){
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
validate37.errors = [{instancePath:instancePath+"/renamedFrom",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/renamedFrom",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.column !== undefined){
let data13 = data.column;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data13 === "string"){
if(func2(data13) < 1){
validate37.errors = [{instancePath:instancePath+"/column",schemaPath:"#/properties/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data === "string"){
if(func2(data) < 1){
const err0 = {instancePath,schemaPath:"#/$defs/TypeExpr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/$defs/TypeExpr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate36.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate36.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate36.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
const _errs2 = errors;
const _errs4 = errors;
const _errs5 = errors;
if(!(((((((((key0 === "and") || (key0 === "or")) || (key0 === "not")) || (key0 === "in")) || (key0 === "true")) || (key0 === "false")) || (key0 === "null")) || (key0 === "asc")) || (key0 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs5 === errors;
if(valid2){
const err1 = {instancePath,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
if(errors === _errs2){
if(typeof key0 === "string"){
if(!pattern4.test(key0)){
const err2 = {instancePath,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err4 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate35.errors = vErrors;
return false;
break;
}
}
if(valid0){
for(const key1 in data){
const _errs7 = errors;
if(!(validate36(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid3 = _errs7 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"title":"Index","description":"A database index.","type":"object","additionalProperties":false,"required":["fields"],"properties":{"fields":{"type":"array","description":"Field names, each optionally followed by ` desc` or ` asc`.","items":{"$ref":"#/$defs/OrderedField"},"minItems":1,"uniqueItems":true},"unique":{"type":"boolean","description":"A unique index."},"where":{"$ref":"#/$defs/Expr","description":"Partial index condition."},"name":{"$ref":"#/$defs/Identifier","description":"Index name override."}}};
const schema61 = {"title":"Field with direction","description":"A field name, optionally followed by ` asc` or ` desc`, e.g. `createdAt desc`.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*( (asc|desc))?$"};
const pattern14 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*( (asc|desc))?$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.fields === undefined) && (missing0 = "fields")){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "fields") || (key0 === "unique")) || (key0 === "where")) || (key0 === "name"))){
validate43.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.fields !== undefined){
let data0 = data.fields;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate43.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate43.errors = [{instancePath:instancePath+"/fields/" + i0,schemaPath:"#/$defs/OrderedField/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*( (asc|desc))?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*( (asc|desc))?$"+"\""}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/fields/" + i0,schemaPath:"#/$defs/OrderedField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
validate43.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unique !== undefined){
const _errs7 = errors;
if(typeof data.unique !== "boolean"){
validate43.errors = [{instancePath:instancePath+"/unique",schemaPath:"#/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.where !== undefined){
let data3 = data.where;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate43.errors = [{instancePath:instancePath+"/where",schemaPath:"#/$defs/Expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/where",schemaPath:"#/$defs/Expr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data4 = data.name;
const _errs12 = errors;
const _errs13 = errors;
const _errs15 = errors;
const _errs16 = errors;
if(!(((((((((data4 === "and") || (data4 === "or")) || (data4 === "not")) || (data4 === "in")) || (data4 === "true")) || (data4 === "false")) || (data4 === "null")) || (data4 === "asc")) || (data4 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid6 = _errs16 === errors;
if(valid6){
validate43.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
if(errors === _errs13){
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
validate43.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.fields === undefined) && (missing0 = "fields")){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "doc") || (key0 === "table")) || (key0 === "fields")) || (key0 === "id")) || (key0 === "timestamps")) || (key0 === "softDelete")) || (key0 === "indexes")) || (key0 === "checks"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate34.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.table !== undefined){
let data1 = data.table;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate34.errors = [{instancePath:instancePath+"/table",schemaPath:"#/properties/table/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/table",schemaPath:"#/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
const _errs6 = errors;
if(!(validate35(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data3 = data.id;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
if(data3.length < 1){
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs9 = errors;
const _errs10 = errors;
const _errs12 = errors;
const _errs13 = errors;
if(!(((((((((data4 === "and") || (data4 === "or")) || (data4 === "not")) || (data4 === "in")) || (data4 === "true")) || (data4 === "false")) || (data4 === "null")) || (data4 === "asc")) || (data4 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid3 = _errs13 === errors;
if(valid3){
validate34.errors = [{instancePath:instancePath+"/id/" + i0,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
if(errors === _errs10){
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
validate34.errors = [{instancePath:instancePath+"/id/" + i0,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/id/" + i0,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamps !== undefined){
const _errs14 = errors;
if(typeof data.timestamps !== "boolean"){
validate34.errors = [{instancePath:instancePath+"/timestamps",schemaPath:"#/properties/timestamps/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.softDelete !== undefined){
const _errs16 = errors;
if(typeof data.softDelete !== "boolean"){
validate34.errors = [{instancePath:instancePath+"/softDelete",schemaPath:"#/properties/softDelete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.indexes !== undefined){
let data7 = data.indexes;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data7)){
var valid5 = true;
const len1 = data7.length;
for(let i2=0; i2<len1; i2++){
const _errs20 = errors;
if(!(validate43(data7[i2], {instancePath:instancePath+"/indexes/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid5 = _errs20 === errors;
if(!valid5){
break;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/indexes",schemaPath:"#/properties/indexes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.checks !== undefined){
let data9 = data.checks;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data9)){
var valid6 = true;
const len2 = data9.length;
for(let i3=0; i3<len2; i3++){
let data10 = data9[i3];
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data10 === "string"){
if(func2(data10) < 1){
validate34.errors = [{instancePath:instancePath+"/checks/" + i3,schemaPath:"#/$defs/Expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/checks/" + i3,schemaPath:"#/$defs/Expr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs23 === errors;
if(!valid6){
break;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"title":"Resource","description":"An API resource exposing an entity.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"doc":{"type":"string","description":"Documentation for the resource; shown in generated API docs and code comments."},"entity":{"$ref":"#/$defs/Identifier","description":"The entity this resource exposes."},"path":{"$ref":"#/$defs/Path","description":"The resource's base path, e.g. `/orders`."},"operations":{"type":"array","description":"The standard operations: list, get, create, update, delete, search.","items":{"$ref":"#/$defs/Operation"},"uniqueItems":true},"pagination":{"$ref":"#/$defs/Pagination","description":"How list responses are paged."},"filter":{"type":"array","description":"Fields clients may filter by.","items":{"$ref":"#/$defs/Identifier"},"uniqueItems":true},"sort":{"type":"array","description":"Sortable fields; the first is the default order. Each optionally followed by ` desc` or ` asc`.","items":{"$ref":"#/$defs/OrderedField"},"uniqueItems":true},"search":{"type":"array","description":"Fields matched by the `search` operation.","items":{"$ref":"#/$defs/Identifier"},"uniqueItems":true},"access":{"type":"object","description":"Access rule per operation or action name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Expr"}},"rateLimit":{"$ref":"#/$defs/Rate","description":"Requests allowed per client, e.g. `100/minute`."},"cache":{"$ref":"#/$defs/Duration","description":"Cache lifetime of list/get responses."},"expose":{"type":"array","description":"API styles exposing this resource; defaults to the backend's `api`.","items":{"$ref":"#/$defs/ApiStyle"},"uniqueItems":true},"parent":{"$ref":"#/$defs/Identifier","description":"Parent resource name, for nesting (e.g. /customers/{customerId}/orders)."},"actions":{"type":"object","description":"Custom endpoints, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Action"}}}};
const schema68 = {"title":"Path","description":"A URL path starting with `/`, e.g. `/orders` or `/{id}/cancel`.","type":"string","pattern":"^/"};
const schema69 = {"title":"Operation","description":"A standard resource operation.","type":"string","enum":["list","get","create","update","delete","search"]};
const schema70 = {"title":"Pagination","description":"How list responses are paged.","type":"object","additionalProperties":false,"required":["style"],"properties":{"style":{"description":"`cursor` or `offset` pagination.","type":"string","enum":["cursor","offset"]},"default":{"type":"integer","description":"Default page size.","minimum":1},"max":{"type":"integer","description":"Largest page size a client may ask for.","minimum":1}}};
const schema76 = {"title":"Rate","description":"A count per unit of time: `second`, `minute`, `hour` or `day`, e.g. `100/minute`.","type":"string","pattern":"^[0-9]+/(second|minute|hour|day)$"};
const schema77 = {"title":"Duration","description":"A number followed by a unit: `ms`, `s`, `m`, `h`, `d` or `w`, e.g. `500ms`, `30s`, `15m`, `7d`.","type":"string","pattern":"^[0-9]+(ms|s|m|h|d|w)$"};
const pattern18 = new RegExp("^/", "u");
const pattern23 = new RegExp("^[0-9]+/(second|minute|hour|day)$", "u");
const pattern24 = new RegExp("^[0-9]+(ms|s|m|h|d|w)$", "u");
const schema81 = {"title":"Action","description":"A custom endpoint on a resource.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the action; shown in generated API docs and code comments."},"method":{"$ref":"#/$defs/HttpMethod","description":"The HTTP method."},"path":{"$ref":"#/$defs/Path","description":"Relative to the resource path, e.g. `/{id}/cancel`."},"on":{"description":"`item` actions act on one record (default), `collection` actions on the set.","type":"string","enum":["item","collection"]},"input":{"$ref":"#/$defs/Fields","description":"The action's input fields, by name."},"output":{"$ref":"#/$defs/TypeExpr","description":"The action's result type."}}};
const schema82 = {"title":"HTTP method","description":"An HTTP method.","type":"string","enum":["GET","POST","PUT","PATCH","DELETE"]};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "doc") || (key0 === "method")) || (key0 === "path")) || (key0 === "on")) || (key0 === "input")) || (key0 === "output"))){
validate47.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate47.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.method !== undefined){
let data1 = data.method;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate47.errors = [{instancePath:instancePath+"/method",schemaPath:"#/$defs/HttpMethod/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data1 === "GET") || (data1 === "POST")) || (data1 === "PUT")) || (data1 === "PATCH")) || (data1 === "DELETE"))){
validate47.errors = [{instancePath:instancePath+"/method",schemaPath:"#/$defs/HttpMethod/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data2 = data.path;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern18.test(data2)){
validate47.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/Path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/Path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.on !== undefined){
let data3 = data.on;
const _errs10 = errors;
if(typeof data3 !== "string"){
validate47.errors = [{instancePath:instancePath+"/on",schemaPath:"#/properties/on/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data3 === "item") || (data3 === "collection"))){
validate47.errors = [{instancePath:instancePath+"/on",schemaPath:"#/properties/on/enum",keyword:"enum",params:{allowedValues: schema81.properties.on.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
const _errs12 = errors;
if(!(validate35(data.input, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output !== undefined){
let data5 = data.output;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate47.errors = [{instancePath:instancePath+"/output",schemaPath:"#/$defs/TypeExpr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/output",schemaPath:"#/$defs/TypeExpr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.entity === undefined) && (missing0 = "entity")){
validate46.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema66.properties, key0))){
validate46.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate46.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entity !== undefined){
let data1 = data.entity;
const _errs4 = errors;
const _errs5 = errors;
const _errs7 = errors;
const _errs8 = errors;
if(!(((((((((data1 === "and") || (data1 === "or")) || (data1 === "not")) || (data1 === "in")) || (data1 === "true")) || (data1 === "false")) || (data1 === "null")) || (data1 === "asc")) || (data1 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs8 === errors;
if(valid2){
validate46.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate46.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data2 = data.path;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern18.test(data2)){
validate46.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/Path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/Path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operations !== undefined){
let data3 = data.operations;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data3)){
var valid4 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs14 = errors;
if(typeof data4 !== "string"){
validate46.errors = [{instancePath:instancePath+"/operations/" + i0,schemaPath:"#/$defs/Operation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data4 === "list") || (data4 === "get")) || (data4 === "create")) || (data4 === "update")) || (data4 === "delete")) || (data4 === "search"))){
validate46.errors = [{instancePath:instancePath+"/operations/" + i0,schemaPath:"#/$defs/Operation/enum",keyword:"enum",params:{allowedValues: schema69.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
validate46.errors = [{instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pagination !== undefined){
let data5 = data.pagination;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((data5.style === undefined) && (missing1 = "style")){
validate46.errors = [{instancePath:instancePath+"/pagination",schemaPath:"#/$defs/Pagination/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs20 = errors;
for(const key1 in data5){
if(!(((key1 === "style") || (key1 === "default")) || (key1 === "max"))){
validate46.errors = [{instancePath:instancePath+"/pagination",schemaPath:"#/$defs/Pagination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data5.style !== undefined){
let data6 = data5.style;
const _errs21 = errors;
if(typeof data6 !== "string"){
validate46.errors = [{instancePath:instancePath+"/pagination/style",schemaPath:"#/$defs/Pagination/properties/style/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "cursor") || (data6 === "offset"))){
validate46.errors = [{instancePath:instancePath+"/pagination/style",schemaPath:"#/$defs/Pagination/properties/style/enum",keyword:"enum",params:{allowedValues: schema70.properties.style.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs21 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data5.default !== undefined){
let data7 = data5.default;
const _errs23 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate46.errors = [{instancePath:instancePath+"/pagination/default",schemaPath:"#/$defs/Pagination/properties/default/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs23){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
validate46.errors = [{instancePath:instancePath+"/pagination/default",schemaPath:"#/$defs/Pagination/properties/default/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid8 = _errs23 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data5.max !== undefined){
let data8 = data5.max;
const _errs25 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate46.errors = [{instancePath:instancePath+"/pagination/max",schemaPath:"#/$defs/Pagination/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs25){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
validate46.errors = [{instancePath:instancePath+"/pagination/max",schemaPath:"#/$defs/Pagination/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid8 = _errs25 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/pagination",schemaPath:"#/$defs/Pagination/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.filter !== undefined){
let data9 = data.filter;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data9)){
var valid9 = true;
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
const _errs29 = errors;
const _errs30 = errors;
const _errs32 = errors;
const _errs33 = errors;
if(!(((((((((data10 === "and") || (data10 === "or")) || (data10 === "not")) || (data10 === "in")) || (data10 === "true")) || (data10 === "false")) || (data10 === "null")) || (data10 === "asc")) || (data10 === "desc"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid11 = _errs33 === errors;
if(valid11){
validate46.errors = [{instancePath:instancePath+"/filter/" + i2,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
if(errors === _errs30){
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
validate46.errors = [{instancePath:instancePath+"/filter/" + i2,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/filter/" + i2,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs29 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i3 = data9.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data9[i3], data9[j1])){
validate46.errors = [{instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer1;
}
}
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort !== undefined){
let data11 = data.sort;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data11)){
var valid13 = true;
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
let data12 = data11[i4];
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data12 === "string"){
if(!pattern14.test(data12)){
validate46.errors = [{instancePath:instancePath+"/sort/" + i4,schemaPath:"#/$defs/OrderedField/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*( (asc|desc))?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*( (asc|desc))?$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/sort/" + i4,schemaPath:"#/$defs/OrderedField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid13 = _errs36 === errors;
if(!valid13){
break;
}
}
if(valid13){
let i5 = data11.length;
let j2;
if(i5 > 1){
outer2:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data11[i5], data11[j2])){
validate46.errors = [{instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"}];
return false;
break outer2;
}
}
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.search !== undefined){
let data13 = data.search;
const _errs39 = errors;
if(errors === _errs39){
if(Array.isArray(data13)){
var valid16 = true;
const len3 = data13.length;
for(let i6=0; i6<len3; i6++){
let data14 = data13[i6];
const _errs41 = errors;
const _errs42 = errors;
const _errs44 = errors;
const _errs45 = errors;
if(!(((((((((data14 === "and") || (data14 === "or")) || (data14 === "not")) || (data14 === "in")) || (data14 === "true")) || (data14 === "false")) || (data14 === "null")) || (data14 === "asc")) || (data14 === "desc"))){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid18 = _errs45 === errors;
if(valid18){
validate46.errors = [{instancePath:instancePath+"/search/" + i6,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
}
if(errors === _errs42){
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
validate46.errors = [{instancePath:instancePath+"/search/" + i6,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/search/" + i6,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs41 === errors;
if(!valid16){
break;
}
}
if(valid16){
let i7 = data13.length;
let j3;
if(i7 > 1){
outer3:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data13[i7], data13[j3])){
validate46.errors = [{instancePath:instancePath+"/search",schemaPath:"#/properties/search/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"}];
return false;
break outer3;
}
}
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/search",schemaPath:"#/properties/search/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.access !== undefined){
let data15 = data.access;
const _errs46 = errors;
if(errors === _errs46){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
const _errs48 = errors;
const _errs49 = errors;
const _errs51 = errors;
const _errs52 = errors;
if(!(((((((((key2 === "and") || (key2 === "or")) || (key2 === "not")) || (key2 === "in")) || (key2 === "true")) || (key2 === "false")) || (key2 === "null")) || (key2 === "asc")) || (key2 === "desc"))){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid22 = _errs52 === errors;
if(valid22){
const err4 = {instancePath:instancePath+"/access",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
if(errors === _errs49){
if(typeof key2 === "string"){
if(!pattern4.test(key2)){
const err5 = {instancePath:instancePath+"/access",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/access",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid20 = _errs48 === errors;
if(!valid20){
const err7 = {instancePath:instancePath+"/access",schemaPath:"#/properties/access/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate46.errors = vErrors;
return false;
break;
}
}
if(valid20){
for(const key3 in data15){
let data16 = data15[key3];
const _errs54 = errors;
const _errs55 = errors;
if(errors === _errs55){
if(typeof data16 === "string"){
if(func2(data16) < 1){
validate46.errors = [{instancePath:instancePath+"/access/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/access/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Expr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid23 = _errs54 === errors;
if(!valid23){
break;
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/access",schemaPath:"#/properties/access/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rateLimit !== undefined){
let data17 = data.rateLimit;
const _errs57 = errors;
const _errs58 = errors;
if(errors === _errs58){
if(typeof data17 === "string"){
if(!pattern23.test(data17)){
validate46.errors = [{instancePath:instancePath+"/rateLimit",schemaPath:"#/$defs/Rate/pattern",keyword:"pattern",params:{pattern: "^[0-9]+/(second|minute|hour|day)$"},message:"must match pattern \""+"^[0-9]+/(second|minute|hour|day)$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/rateLimit",schemaPath:"#/$defs/Rate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs57 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cache !== undefined){
let data18 = data.cache;
const _errs60 = errors;
const _errs61 = errors;
if(errors === _errs61){
if(typeof data18 === "string"){
if(!pattern24.test(data18)){
validate46.errors = [{instancePath:instancePath+"/cache",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/cache",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expose !== undefined){
let data19 = data.expose;
const _errs63 = errors;
if(errors === _errs63){
if(Array.isArray(data19)){
var valid27 = true;
const len4 = data19.length;
for(let i8=0; i8<len4; i8++){
let data20 = data19[i8];
const _errs65 = errors;
if(typeof data20 !== "string"){
validate46.errors = [{instancePath:instancePath+"/expose/" + i8,schemaPath:"#/$defs/ApiStyle/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data20 === "rest") || (data20 === "graphql")) || (data20 === "grpc"))){
validate46.errors = [{instancePath:instancePath+"/expose/" + i8,schemaPath:"#/$defs/ApiStyle/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid27 = _errs65 === errors;
if(!valid27){
break;
}
}
if(valid27){
let i9 = data19.length;
let j4;
if(i9 > 1){
outer4:
for(;i9--;){
for(j4 = i9; j4--;){
if(func0(data19[i9], data19[j4])){
validate46.errors = [{instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)"}];
return false;
break outer4;
}
}
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs63 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parent !== undefined){
let data21 = data.parent;
const _errs68 = errors;
const _errs69 = errors;
const _errs71 = errors;
const _errs72 = errors;
if(!(((((((((data21 === "and") || (data21 === "or")) || (data21 === "not")) || (data21 === "in")) || (data21 === "true")) || (data21 === "false")) || (data21 === "null")) || (data21 === "asc")) || (data21 === "desc"))){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid31 = _errs72 === errors;
if(valid31){
validate46.errors = [{instancePath:instancePath+"/parent",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs71;
if(vErrors !== null){
if(_errs71){
vErrors.length = _errs71;
}
else {
vErrors = null;
}
}
}
if(errors === _errs69){
if(typeof data21 === "string"){
if(!pattern4.test(data21)){
validate46.errors = [{instancePath:instancePath+"/parent",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate46.errors = [{instancePath:instancePath+"/parent",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.actions !== undefined){
let data22 = data.actions;
const _errs73 = errors;
if(errors === _errs73){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key4 in data22){
const _errs75 = errors;
const _errs76 = errors;
const _errs78 = errors;
const _errs79 = errors;
if(!(((((((((key4 === "and") || (key4 === "or")) || (key4 === "not")) || (key4 === "in")) || (key4 === "true")) || (key4 === "false")) || (key4 === "null")) || (key4 === "asc")) || (key4 === "desc"))){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid34 = _errs79 === errors;
if(valid34){
const err10 = {instancePath:instancePath+"/actions",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
if(errors === _errs76){
if(typeof key4 === "string"){
if(!pattern4.test(key4)){
const err11 = {instancePath:instancePath+"/actions",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/actions",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var valid32 = _errs75 === errors;
if(!valid32){
const err13 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate46.errors = vErrors;
return false;
break;
}
}
if(valid32){
for(const key5 in data22){
const _errs81 = errors;
if(!(validate47(data22[key5], {instancePath:instancePath+"/actions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data22,parentDataProperty:key5,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid35 = _errs81 === errors;
if(!valid35){
break;
}
}
}
}
else {
validate46.errors = [{instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs73 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema85 = {"title":"Auth","description":"Authentication and authorization.","type":"object","additionalProperties":false,"properties":{"identity":{"$ref":"#/$defs/Identity","description":"Who signs in: the user entity and its login fields."},"jwt":{"$ref":"#/$defs/Jwt","description":"JSON Web Token settings."},"session":{"$ref":"#/$defs/Session","description":"Cookie session settings."},"apiKey":{"$ref":"#/$defs/ApiKey","description":"API key authentication."},"oauth2":{"type":"object","description":"OAuth2 sign-in providers, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/OAuth2Provider"}},"password":{"$ref":"#/$defs/PasswordPolicy","description":"Password hashing and strength rules."},"lockout":{"$ref":"#/$defs/Lockout","description":"Lock an account after repeated failed sign-ins."},"mfa":{"$ref":"#/$defs/Mfa","description":"Multi-factor authentication."},"rateLimit":{"$ref":"#/$defs/AuthRateLimit","description":"Rate limit per auth endpoint: login, register, refresh, passwordReset, mfa."},"roles":{"type":"object","description":"Roles, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Role"}},"policies":{"type":"object","description":"Named attribute rules (ABAC), usable in access rules as `policy(name)`.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Expr"}},"admin":{"$ref":"#/$defs/Admin","description":"The administrator role."},"cors":{"$ref":"#/$defs/Cors","description":"Cross-origin requests."},"headers":{"$ref":"#/$defs/SecurityHeaders","description":"HTTP security headers."}}};
const schema97 = {"title":"API key","description":"API key authentication.","type":"object","additionalProperties":false,"properties":{"header":{"type":"string","description":"The header carrying the key.","minLength":1},"prefix":{"type":"string","description":"The prefix of generated keys.","minLength":1}}};
const schema102 = {"title":"Password policy","description":"Password hashing and strength rules.","type":"object","additionalProperties":false,"properties":{"hash":{"description":"The password hash: `argon2id` or `bcrypt`.","type":"string","enum":["argon2id","bcrypt"]},"minLength":{"type":"integer","description":"The shortest allowed password.","minimum":1},"maxLength":{"type":"integer","description":"The longest allowed password.","minimum":1},"require":{"type":"array","description":"Character classes a password must contain.","items":{"description":"A character class.","type":"string","enum":["upper","lower","digit","symbol"]},"uniqueItems":true},"history":{"type":"integer","description":"How many previous passwords may not be reused.","minimum":0}}};
const schema105 = {"title":"MFA","description":"Multi-factor authentication.","type":"object","additionalProperties":false,"required":["method"],"properties":{"method":{"description":"The second factor: `totp`.","type":"string","enum":["totp"]},"required":{"type":"boolean","description":"Every user must enroll (otherwise optional)."}}};
const schema121 = {"title":"Security headers","description":"HTTP security headers.","type":"object","additionalProperties":false,"properties":{"hsts":{"type":"boolean","description":"Send Strict-Transport-Security."},"contentSecurityPolicy":{"type":"string","description":"The Content-Security-Policy header value.","minLength":1},"frameOptions":{"description":"The X-Frame-Options header: `deny` or `sameorigin`.","type":"string","enum":["deny","sameorigin"]},"referrerPolicy":{"type":"string","description":"The Referrer-Policy header value.","minLength":1},"noSniff":{"type":"boolean","description":"Send X-Content-Type-Options: nosniff."}}};
const schema86 = {"title":"Identity","description":"Who signs in.","type":"object","additionalProperties":false,"required":["entity","login"],"properties":{"entity":{"$ref":"#/$defs/Identifier","description":"The entity of users who sign in."},"login":{"type":"array","description":"Fields a user signs in with (e.g. email, username).","items":{"$ref":"#/$defs/Identifier"},"minItems":1,"uniqueItems":true},"password":{"$ref":"#/$defs/Identifier","description":"The secret field holding the password hash."},"role":{"$ref":"#/$defs/Identifier","description":"Field holding the user's role (an enum of role names)."}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.entity === undefined) && (missing0 = "entity")) || ((data.login === undefined) && (missing0 = "login"))){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "entity") || (key0 === "login")) || (key0 === "password")) || (key0 === "role"))){
validate52.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.entity !== undefined){
let data0 = data.entity;
const _errs2 = errors;
const _errs3 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((((((data0 === "and") || (data0 === "or")) || (data0 === "not")) || (data0 === "in")) || (data0 === "true")) || (data0 === "false")) || (data0 === "null")) || (data0 === "asc")) || (data0 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
validate52.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate52.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.login !== undefined){
let data1 = data.login;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data1)){
if(data1.length < 1){
validate52.errors = [{instancePath:instancePath+"/login",schemaPath:"#/properties/login/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs9 = errors;
const _errs10 = errors;
const _errs12 = errors;
const _errs13 = errors;
if(!(((((((((data2 === "and") || (data2 === "or")) || (data2 === "not")) || (data2 === "in")) || (data2 === "true")) || (data2 === "false")) || (data2 === "null")) || (data2 === "asc")) || (data2 === "desc"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid5 = _errs13 === errors;
if(valid5){
validate52.errors = [{instancePath:instancePath+"/login/" + i0,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate52.errors = [{instancePath:instancePath+"/login/" + i0,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/login/" + i0,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs9 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
validate52.errors = [{instancePath:instancePath+"/login",schemaPath:"#/properties/login/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/login",schemaPath:"#/properties/login/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.password !== undefined){
let data3 = data.password;
const _errs14 = errors;
const _errs15 = errors;
const _errs17 = errors;
const _errs18 = errors;
if(!(((((((((data3 === "and") || (data3 === "or")) || (data3 === "not")) || (data3 === "in")) || (data3 === "true")) || (data3 === "false")) || (data3 === "null")) || (data3 === "asc")) || (data3 === "desc"))){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid8 = _errs18 === errors;
if(valid8){
validate52.errors = [{instancePath:instancePath+"/password",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
if(errors === _errs15){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate52.errors = [{instancePath:instancePath+"/password",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/password",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
let data4 = data.role;
const _errs19 = errors;
const _errs20 = errors;
const _errs22 = errors;
const _errs23 = errors;
if(!(((((((((data4 === "and") || (data4 === "or")) || (data4 === "not")) || (data4 === "in")) || (data4 === "true")) || (data4 === "false")) || (data4 === "null")) || (data4 === "asc")) || (data4 === "desc"))){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid10 = _errs23 === errors;
if(valid10){
validate52.errors = [{instancePath:instancePath+"/role",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
if(errors === _errs20){
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
validate52.errors = [{instancePath:instancePath+"/role",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/role",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema91 = {"title":"JWT","description":"JSON Web Token settings.","type":"object","additionalProperties":false,"properties":{"access":{"$ref":"#/$defs/Duration","description":"Access token lifetime, e.g. `15m`."},"refresh":{"$ref":"#/$defs/Duration","description":"Refresh token lifetime, e.g. `7d`."},"rotate":{"type":"boolean","description":"Issue a new refresh token on every refresh."},"algorithm":{"description":"Signing algorithm.","type":"string","enum":["HS256","RS256","ES256","EdDSA"]},"issuer":{"type":"string","description":"The `iss` claim.","minLength":1},"audience":{"type":"string","description":"The `aud` claim.","minLength":1},"secret":{"$ref":"#/$defs/EnvOrString","description":"The signing secret, usually `env(JWT_SECRET)`."}}};
const schema94 = {"title":"Value or environment variable","description":"A literal string, or `env(NAME)` to read it from the environment at start-up.","type":"string","minLength":1};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "access") || (key0 === "refresh")) || (key0 === "rotate")) || (key0 === "algorithm")) || (key0 === "issuer")) || (key0 === "audience")) || (key0 === "secret"))){
validate54.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.access !== undefined){
let data0 = data.access;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern24.test(data0)){
validate54.errors = [{instancePath:instancePath+"/access",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/access",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refresh !== undefined){
let data1 = data.refresh;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern24.test(data1)){
validate54.errors = [{instancePath:instancePath+"/refresh",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/refresh",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rotate !== undefined){
const _errs8 = errors;
if(typeof data.rotate !== "boolean"){
validate54.errors = [{instancePath:instancePath+"/rotate",schemaPath:"#/properties/rotate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.algorithm !== undefined){
let data3 = data.algorithm;
const _errs10 = errors;
if(typeof data3 !== "string"){
validate54.errors = [{instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data3 === "HS256") || (data3 === "RS256")) || (data3 === "ES256")) || (data3 === "EdDSA"))){
validate54.errors = [{instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema91.properties.algorithm.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issuer !== undefined){
let data4 = data.issuer;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate54.errors = [{instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.audience !== undefined){
let data5 = data.audience;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate54.errors = [{instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.secret !== undefined){
let data6 = data.secret;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data6 === "string"){
if(func2(data6) < 1){
validate54.errors = [{instancePath:instancePath+"/secret",schemaPath:"#/$defs/EnvOrString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate54.errors = [{instancePath:instancePath+"/secret",schemaPath:"#/$defs/EnvOrString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema95 = {"title":"Session","description":"Cookie session settings.","type":"object","additionalProperties":false,"properties":{"cookie":{"type":"string","description":"The cookie name.","minLength":1},"ttl":{"$ref":"#/$defs/Duration","description":"Session lifetime."},"sameSite":{"description":"The cookie's SameSite attribute.","type":"string","enum":["strict","lax","none"]},"secure":{"type":"boolean","description":"Send the cookie over HTTPS only."},"csrf":{"type":"boolean","description":"Require a CSRF token on state-changing requests."}}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "cookie") || (key0 === "ttl")) || (key0 === "sameSite")) || (key0 === "secure")) || (key0 === "csrf"))){
validate56.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.cookie !== undefined){
let data0 = data.cookie;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate56.errors = [{instancePath:instancePath+"/cookie",schemaPath:"#/properties/cookie/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate56.errors = [{instancePath:instancePath+"/cookie",schemaPath:"#/properties/cookie/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ttl !== undefined){
let data1 = data.ttl;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern24.test(data1)){
validate56.errors = [{instancePath:instancePath+"/ttl",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate56.errors = [{instancePath:instancePath+"/ttl",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sameSite !== undefined){
let data2 = data.sameSite;
const _errs7 = errors;
if(typeof data2 !== "string"){
validate56.errors = [{instancePath:instancePath+"/sameSite",schemaPath:"#/properties/sameSite/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data2 === "strict") || (data2 === "lax")) || (data2 === "none"))){
validate56.errors = [{instancePath:instancePath+"/sameSite",schemaPath:"#/properties/sameSite/enum",keyword:"enum",params:{allowedValues: schema95.properties.sameSite.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.secure !== undefined){
const _errs9 = errors;
if(typeof data.secure !== "boolean"){
validate56.errors = [{instancePath:instancePath+"/secure",schemaPath:"#/properties/secure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.csrf !== undefined){
const _errs11 = errors;
if(typeof data.csrf !== "boolean"){
validate56.errors = [{instancePath:instancePath+"/csrf",schemaPath:"#/properties/csrf/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"title":"OAuth2 provider","description":"An OAuth2 / OpenID Connect sign-in provider.","type":"object","additionalProperties":false,"required":["clientId","clientSecret"],"properties":{"doc":{"type":"string","description":"Documentation for the provider (from a `///` comment in .pab); shown in generated docs."},"clientId":{"$ref":"#/$defs/EnvOrString","description":"The client id, e.g. `env(GOOGLE_CLIENT_ID)`."},"clientSecret":{"$ref":"#/$defs/EnvOrString","description":"The client secret, e.g. `env(GOOGLE_CLIENT_SECRET)`."},"issuer":{"type":"string","description":"The OpenID Connect issuer URL.","minLength":1},"authorizeUrl":{"type":"string","description":"The authorization endpoint URL.","minLength":1},"tokenUrl":{"type":"string","description":"The token endpoint URL.","minLength":1},"scopes":{"type":"array","description":"Scopes to request.","items":{"type":"string","description":"A scope.","minLength":1},"uniqueItems":true}}};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.clientId === undefined) && (missing0 = "clientId")) || ((data.clientSecret === undefined) && (missing0 = "clientSecret"))){
validate58.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "doc") || (key0 === "clientId")) || (key0 === "clientSecret")) || (key0 === "issuer")) || (key0 === "authorizeUrl")) || (key0 === "tokenUrl")) || (key0 === "scopes"))){
validate58.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate58.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientId !== undefined){
let data1 = data.clientId;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate58.errors = [{instancePath:instancePath+"/clientId",schemaPath:"#/$defs/EnvOrString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/clientId",schemaPath:"#/$defs/EnvOrString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecret !== undefined){
let data2 = data.clientSecret;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate58.errors = [{instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/EnvOrString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/clientSecret",schemaPath:"#/$defs/EnvOrString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issuer !== undefined){
let data3 = data.issuer;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate58.errors = [{instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorizeUrl !== undefined){
let data4 = data.authorizeUrl;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate58.errors = [{instancePath:instancePath+"/authorizeUrl",schemaPath:"#/properties/authorizeUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/authorizeUrl",schemaPath:"#/properties/authorizeUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tokenUrl !== undefined){
let data5 = data.tokenUrl;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate58.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes !== undefined){
let data6 = data.scopes;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data6)){
var valid3 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(func2(data7) < 1){
validate58.errors = [{instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate58.errors = [{instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs18 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate58.errors = [{instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
else {
validate58.errors = [{instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema103 = {"title":"Lockout","description":"Lock an account after repeated failed sign-ins.","type":"object","additionalProperties":false,"required":["attempts","duration"],"properties":{"attempts":{"type":"integer","description":"Failed attempts before the account is locked.","minimum":1},"duration":{"$ref":"#/$defs/Duration","description":"How long the account stays locked."}}};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.attempts === undefined) && (missing0 = "attempts")) || ((data.duration === undefined) && (missing0 = "duration"))){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "attempts") || (key0 === "duration"))){
validate60.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.attempts !== undefined){
let data0 = data.attempts;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate60.errors = [{instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate60.errors = [{instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.duration !== undefined){
let data1 = data.duration;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern24.test(data1)){
validate60.errors = [{instancePath:instancePath+"/duration",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/duration",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema106 = {"title":"Auth rate limits","description":"Rate limit per auth endpoint.","type":"object","additionalProperties":false,"properties":{"login":{"$ref":"#/$defs/Rate","description":"Sign-in attempts, e.g. `5/minute`."},"register":{"$ref":"#/$defs/Rate","description":"Registrations."},"refresh":{"$ref":"#/$defs/Rate","description":"Token refreshes."},"passwordReset":{"$ref":"#/$defs/Rate","description":"Password reset requests."},"mfa":{"$ref":"#/$defs/Rate","description":"MFA code attempts."}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "login") || (key0 === "register")) || (key0 === "refresh")) || (key0 === "passwordReset")) || (key0 === "mfa"))){
validate62.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.login !== undefined){
let data0 = data.login;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern23.test(data0)){
validate62.errors = [{instancePath:instancePath+"/login",schemaPath:"#/$defs/Rate/pattern",keyword:"pattern",params:{pattern: "^[0-9]+/(second|minute|hour|day)$"},message:"must match pattern \""+"^[0-9]+/(second|minute|hour|day)$"+"\""}];
return false;
}
}
else {
validate62.errors = [{instancePath:instancePath+"/login",schemaPath:"#/$defs/Rate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.register !== undefined){
let data1 = data.register;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern23.test(data1)){
validate62.errors = [{instancePath:instancePath+"/register",schemaPath:"#/$defs/Rate/pattern",keyword:"pattern",params:{pattern: "^[0-9]+/(second|minute|hour|day)$"},message:"must match pattern \""+"^[0-9]+/(second|minute|hour|day)$"+"\""}];
return false;
}
}
else {
validate62.errors = [{instancePath:instancePath+"/register",schemaPath:"#/$defs/Rate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refresh !== undefined){
let data2 = data.refresh;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate62.errors = [{instancePath:instancePath+"/refresh",schemaPath:"#/$defs/Rate/pattern",keyword:"pattern",params:{pattern: "^[0-9]+/(second|minute|hour|day)$"},message:"must match pattern \""+"^[0-9]+/(second|minute|hour|day)$"+"\""}];
return false;
}
}
else {
validate62.errors = [{instancePath:instancePath+"/refresh",schemaPath:"#/$defs/Rate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.passwordReset !== undefined){
let data3 = data.passwordReset;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(!pattern23.test(data3)){
validate62.errors = [{instancePath:instancePath+"/passwordReset",schemaPath:"#/$defs/Rate/pattern",keyword:"pattern",params:{pattern: "^[0-9]+/(second|minute|hour|day)$"},message:"must match pattern \""+"^[0-9]+/(second|minute|hour|day)$"+"\""}];
return false;
}
}
else {
validate62.errors = [{instancePath:instancePath+"/passwordReset",schemaPath:"#/$defs/Rate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mfa !== undefined){
let data4 = data.mfa;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data4 === "string"){
if(!pattern23.test(data4)){
validate62.errors = [{instancePath:instancePath+"/mfa",schemaPath:"#/$defs/Rate/pattern",keyword:"pattern",params:{pattern: "^[0-9]+/(second|minute|hour|day)$"},message:"must match pattern \""+"^[0-9]+/(second|minute|hour|day)$"+"\""}];
return false;
}
}
else {
validate62.errors = [{instancePath:instancePath+"/mfa",schemaPath:"#/$defs/Rate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema113 = {"title":"Role","description":"A role and its permissions.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the role; shown in generated API docs and code comments."},"permissions":{"type":"array","description":"Permissions granted to the role.","items":{"type":"string","description":"A permission.","minLength":1},"uniqueItems":true},"inherits":{"type":"array","description":"Roles whose permissions this role also has.","items":{"$ref":"#/$defs/Identifier"},"uniqueItems":true}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "doc") || (key0 === "permissions")) || (key0 === "inherits"))){
validate64.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate64.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permissions !== undefined){
let data1 = data.permissions;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate64.errors = [{instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate64.errors = [{instancePath:instancePath+"/permissions/" + i0,schemaPath:"#/properties/permissions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate64.errors = [{instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
else {
validate64.errors = [{instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inherits !== undefined){
let data3 = data.inherits;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid3 = true;
const len1 = data3.length;
for(let i2=0; i2<len1; i2++){
let data4 = data3[i2];
const _errs10 = errors;
const _errs11 = errors;
const _errs13 = errors;
const _errs14 = errors;
if(!(((((((((data4 === "and") || (data4 === "or")) || (data4 === "not")) || (data4 === "in")) || (data4 === "true")) || (data4 === "false")) || (data4 === "null")) || (data4 === "asc")) || (data4 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid5 = _errs14 === errors;
if(valid5){
validate64.errors = [{instancePath:instancePath+"/inherits/" + i2,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
if(errors === _errs11){
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
validate64.errors = [{instancePath:instancePath+"/inherits/" + i2,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate64.errors = [{instancePath:instancePath+"/inherits/" + i2,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i3 = data3.length;
let j1;
if(i3 > 1){
outer0:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data3[i3], data3[j1])){
validate64.errors = [{instancePath:instancePath+"/inherits",schemaPath:"#/properties/inherits/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
else {
validate64.errors = [{instancePath:instancePath+"/inherits",schemaPath:"#/properties/inherits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema117 = {"title":"Admin","description":"The administrator role.","type":"object","additionalProperties":false,"required":["role"],"properties":{"role":{"$ref":"#/$defs/Identifier","description":"The role that may override access rules."},"audit":{"type":"boolean","description":"Record every override in an audit log."}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.role === undefined) && (missing0 = "role")){
validate66.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "role") || (key0 === "audit"))){
validate66.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.role !== undefined){
let data0 = data.role;
const _errs2 = errors;
const _errs3 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((((((data0 === "and") || (data0 === "or")) || (data0 === "not")) || (data0 === "in")) || (data0 === "true")) || (data0 === "false")) || (data0 === "null")) || (data0 === "asc")) || (data0 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
validate66.errors = [{instancePath:instancePath+"/role",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate66.errors = [{instancePath:instancePath+"/role",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/role",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.audit !== undefined){
const _errs7 = errors;
if(typeof data.audit !== "boolean"){
validate66.errors = [{instancePath:instancePath+"/audit",schemaPath:"#/properties/audit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema119 = {"title":"CORS","description":"Cross-origin requests.","type":"object","additionalProperties":false,"required":["origins"],"properties":{"origins":{"type":"array","description":"Allowed origins, e.g. `https://shop.example.com`.","items":{"type":"string","description":"An origin.","minLength":1},"minItems":1,"uniqueItems":true},"credentials":{"type":"boolean","description":"Allow credentials (cookies, authorization headers)."},"maxAge":{"$ref":"#/$defs/Duration","description":"How long browsers may cache the preflight response."}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.origins === undefined) && (missing0 = "origins")){
validate68.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "origins") || (key0 === "credentials")) || (key0 === "maxAge"))){
validate68.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.origins !== undefined){
let data0 = data.origins;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate68.errors = [{instancePath:instancePath+"/origins",schemaPath:"#/properties/origins/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate68.errors = [{instancePath:instancePath+"/origins/" + i0,schemaPath:"#/properties/origins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate68.errors = [{instancePath:instancePath+"/origins/" + i0,schemaPath:"#/properties/origins/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate68.errors = [{instancePath:instancePath+"/origins",schemaPath:"#/properties/origins/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
else {
validate68.errors = [{instancePath:instancePath+"/origins",schemaPath:"#/properties/origins/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.credentials !== undefined){
const _errs6 = errors;
if(typeof data.credentials !== "boolean"){
validate68.errors = [{instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxAge !== undefined){
let data3 = data.maxAge;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(!pattern24.test(data3)){
validate68.errors = [{instancePath:instancePath+"/maxAge",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate68.errors = [{instancePath:instancePath+"/maxAge",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema85.properties, key0))){
validate51.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.identity !== undefined){
const _errs2 = errors;
if(!(validate52(data.identity, {instancePath:instancePath+"/identity",parentData:data,parentDataProperty:"identity",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.jwt !== undefined){
const _errs3 = errors;
if(!(validate54(data.jwt, {instancePath:instancePath+"/jwt",parentData:data,parentDataProperty:"jwt",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.session !== undefined){
const _errs4 = errors;
if(!(validate56(data.session, {instancePath:instancePath+"/session",parentData:data,parentDataProperty:"session",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiKey !== undefined){
let data3 = data.apiKey;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
const _errs8 = errors;
for(const key1 in data3){
if(!((key1 === "header") || (key1 === "prefix"))){
validate51.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/$defs/ApiKey/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data3.header !== undefined){
let data4 = data3.header;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate51.errors = [{instancePath:instancePath+"/apiKey/header",schemaPath:"#/$defs/ApiKey/properties/header/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate51.errors = [{instancePath:instancePath+"/apiKey/header",schemaPath:"#/$defs/ApiKey/properties/header/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.prefix !== undefined){
let data5 = data3.prefix;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate51.errors = [{instancePath:instancePath+"/apiKey/prefix",schemaPath:"#/$defs/ApiKey/properties/prefix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate51.errors = [{instancePath:instancePath+"/apiKey/prefix",schemaPath:"#/$defs/ApiKey/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/apiKey",schemaPath:"#/$defs/ApiKey/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.oauth2 !== undefined){
let data6 = data.oauth2;
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
const _errs15 = errors;
const _errs16 = errors;
const _errs18 = errors;
const _errs19 = errors;
if(!(((((((((key2 === "and") || (key2 === "or")) || (key2 === "not")) || (key2 === "in")) || (key2 === "true")) || (key2 === "false")) || (key2 === "null")) || (key2 === "asc")) || (key2 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid5 = _errs19 === errors;
if(valid5){
const err1 = {instancePath:instancePath+"/oauth2",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
if(errors === _errs16){
if(typeof key2 === "string"){
if(!pattern4.test(key2)){
const err2 = {instancePath:instancePath+"/oauth2",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/oauth2",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid3 = _errs15 === errors;
if(!valid3){
const err4 = {instancePath:instancePath+"/oauth2",schemaPath:"#/properties/oauth2/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate51.errors = vErrors;
return false;
break;
}
}
if(valid3){
for(const key3 in data6){
const _errs21 = errors;
if(!(validate58(data6[key3], {instancePath:instancePath+"/oauth2/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var valid6 = _errs21 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/oauth2",schemaPath:"#/properties/oauth2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.password !== undefined){
let data8 = data.password;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs25 = errors;
for(const key4 in data8){
if(!(((((key4 === "hash") || (key4 === "minLength")) || (key4 === "maxLength")) || (key4 === "require")) || (key4 === "history"))){
validate51.errors = [{instancePath:instancePath+"/password",schemaPath:"#/$defs/PasswordPolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data8.hash !== undefined){
let data9 = data8.hash;
const _errs26 = errors;
if(typeof data9 !== "string"){
validate51.errors = [{instancePath:instancePath+"/password/hash",schemaPath:"#/$defs/PasswordPolicy/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "argon2id") || (data9 === "bcrypt"))){
validate51.errors = [{instancePath:instancePath+"/password/hash",schemaPath:"#/$defs/PasswordPolicy/properties/hash/enum",keyword:"enum",params:{allowedValues: schema102.properties.hash.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs26 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.minLength !== undefined){
let data10 = data8.minLength;
const _errs28 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate51.errors = [{instancePath:instancePath+"/password/minLength",schemaPath:"#/$defs/PasswordPolicy/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
validate51.errors = [{instancePath:instancePath+"/password/minLength",schemaPath:"#/$defs/PasswordPolicy/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.maxLength !== undefined){
let data11 = data8.maxLength;
const _errs30 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate51.errors = [{instancePath:instancePath+"/password/maxLength",schemaPath:"#/$defs/PasswordPolicy/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs30){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
validate51.errors = [{instancePath:instancePath+"/password/maxLength",schemaPath:"#/$defs/PasswordPolicy/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid8 = _errs30 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.require !== undefined){
let data12 = data8.require;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data12)){
var valid9 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
const _errs34 = errors;
if(typeof data13 !== "string"){
validate51.errors = [{instancePath:instancePath+"/password/require/" + i0,schemaPath:"#/$defs/PasswordPolicy/properties/require/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data13 === "upper") || (data13 === "lower")) || (data13 === "digit")) || (data13 === "symbol"))){
validate51.errors = [{instancePath:instancePath+"/password/require/" + i0,schemaPath:"#/$defs/PasswordPolicy/properties/require/items/enum",keyword:"enum",params:{allowedValues: schema102.properties.require.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs34 === errors;
if(!valid9){
break;
}
}
if(valid9){
let i1 = data12.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data12[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate51.errors = [{instancePath:instancePath+"/password/require",schemaPath:"#/$defs/PasswordPolicy/properties/require/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/password/require",schemaPath:"#/$defs/PasswordPolicy/properties/require/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs32 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data8.history !== undefined){
let data14 = data8.history;
const _errs36 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate51.errors = [{instancePath:instancePath+"/password/history",schemaPath:"#/$defs/PasswordPolicy/properties/history/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs36){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate51.errors = [{instancePath:instancePath+"/password/history",schemaPath:"#/$defs/PasswordPolicy/properties/history/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs36 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/password",schemaPath:"#/$defs/PasswordPolicy/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lockout !== undefined){
const _errs38 = errors;
if(!(validate60(data.lockout, {instancePath:instancePath+"/lockout",parentData:data,parentDataProperty:"lockout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mfa !== undefined){
let data16 = data.mfa;
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing0;
if((data16.method === undefined) && (missing0 = "method")){
validate51.errors = [{instancePath:instancePath+"/mfa",schemaPath:"#/$defs/Mfa/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs42 = errors;
for(const key5 in data16){
if(!((key5 === "method") || (key5 === "required"))){
validate51.errors = [{instancePath:instancePath+"/mfa",schemaPath:"#/$defs/Mfa/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs42 === errors){
if(data16.method !== undefined){
let data17 = data16.method;
const _errs43 = errors;
if(typeof data17 !== "string"){
validate51.errors = [{instancePath:instancePath+"/mfa/method",schemaPath:"#/$defs/Mfa/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data17 === "totp")){
validate51.errors = [{instancePath:instancePath+"/mfa/method",schemaPath:"#/$defs/Mfa/properties/method/enum",keyword:"enum",params:{allowedValues: schema105.properties.method.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid12 = _errs43 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data16.required !== undefined){
const _errs45 = errors;
if(typeof data16.required !== "boolean"){
validate51.errors = [{instancePath:instancePath+"/mfa/required",schemaPath:"#/$defs/Mfa/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid12 = _errs45 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/mfa",schemaPath:"#/$defs/Mfa/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rateLimit !== undefined){
const _errs47 = errors;
if(!(validate62(data.rateLimit, {instancePath:instancePath+"/rateLimit",parentData:data,parentDataProperty:"rateLimit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roles !== undefined){
let data20 = data.roles;
const _errs48 = errors;
if(errors === _errs48){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key6 in data20){
const _errs50 = errors;
const _errs51 = errors;
const _errs53 = errors;
const _errs54 = errors;
if(!(((((((((key6 === "and") || (key6 === "or")) || (key6 === "not")) || (key6 === "in")) || (key6 === "true")) || (key6 === "false")) || (key6 === "null")) || (key6 === "asc")) || (key6 === "desc"))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid15 = _errs54 === errors;
if(valid15){
const err6 = {instancePath:instancePath+"/roles",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
if(errors === _errs51){
if(typeof key6 === "string"){
if(!pattern4.test(key6)){
const err7 = {instancePath:instancePath+"/roles",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/roles",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid13 = _errs50 === errors;
if(!valid13){
const err9 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate51.errors = vErrors;
return false;
break;
}
}
if(valid13){
for(const key7 in data20){
const _errs56 = errors;
if(!(validate64(data20[key7], {instancePath:instancePath+"/roles/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data20,parentDataProperty:key7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var valid16 = _errs56 === errors;
if(!valid16){
break;
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policies !== undefined){
let data22 = data.policies;
const _errs57 = errors;
if(errors === _errs57){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key8 in data22){
const _errs59 = errors;
const _errs60 = errors;
const _errs62 = errors;
const _errs63 = errors;
if(!(((((((((key8 === "and") || (key8 === "or")) || (key8 === "not")) || (key8 === "in")) || (key8 === "true")) || (key8 === "false")) || (key8 === "null")) || (key8 === "asc")) || (key8 === "desc"))){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid19 = _errs63 === errors;
if(valid19){
const err11 = {instancePath:instancePath+"/policies",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
if(errors === _errs60){
if(typeof key8 === "string"){
if(!pattern4.test(key8)){
const err12 = {instancePath:instancePath+"/policies",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/policies",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid17 = _errs59 === errors;
if(!valid17){
const err14 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate51.errors = vErrors;
return false;
break;
}
}
if(valid17){
for(const key9 in data22){
let data23 = data22[key9];
const _errs65 = errors;
const _errs66 = errors;
if(errors === _errs66){
if(typeof data23 === "string"){
if(func2(data23) < 1){
validate51.errors = [{instancePath:instancePath+"/policies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate51.errors = [{instancePath:instancePath+"/policies/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Expr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs65 === errors;
if(!valid20){
break;
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs57 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.admin !== undefined){
const _errs68 = errors;
if(!(validate66(data.admin, {instancePath:instancePath+"/admin",parentData:data,parentDataProperty:"admin",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cors !== undefined){
const _errs69 = errors;
if(!(validate68(data.cors, {instancePath:instancePath+"/cors",parentData:data,parentDataProperty:"cors",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var valid0 = _errs69 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data26 = data.headers;
const _errs70 = errors;
const _errs71 = errors;
if(errors === _errs71){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
const _errs73 = errors;
for(const key10 in data26){
if(!(((((key10 === "hsts") || (key10 === "contentSecurityPolicy")) || (key10 === "frameOptions")) || (key10 === "referrerPolicy")) || (key10 === "noSniff"))){
validate51.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/$defs/SecurityHeaders/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs73 === errors){
if(data26.hsts !== undefined){
const _errs74 = errors;
if(typeof data26.hsts !== "boolean"){
validate51.errors = [{instancePath:instancePath+"/headers/hsts",schemaPath:"#/$defs/SecurityHeaders/properties/hsts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid23 = _errs74 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data26.contentSecurityPolicy !== undefined){
let data28 = data26.contentSecurityPolicy;
const _errs76 = errors;
if(errors === _errs76){
if(typeof data28 === "string"){
if(func2(data28) < 1){
validate51.errors = [{instancePath:instancePath+"/headers/contentSecurityPolicy",schemaPath:"#/$defs/SecurityHeaders/properties/contentSecurityPolicy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate51.errors = [{instancePath:instancePath+"/headers/contentSecurityPolicy",schemaPath:"#/$defs/SecurityHeaders/properties/contentSecurityPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid23 = _errs76 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data26.frameOptions !== undefined){
let data29 = data26.frameOptions;
const _errs78 = errors;
if(typeof data29 !== "string"){
validate51.errors = [{instancePath:instancePath+"/headers/frameOptions",schemaPath:"#/$defs/SecurityHeaders/properties/frameOptions/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data29 === "deny") || (data29 === "sameorigin"))){
validate51.errors = [{instancePath:instancePath+"/headers/frameOptions",schemaPath:"#/$defs/SecurityHeaders/properties/frameOptions/enum",keyword:"enum",params:{allowedValues: schema121.properties.frameOptions.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid23 = _errs78 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data26.referrerPolicy !== undefined){
let data30 = data26.referrerPolicy;
const _errs80 = errors;
if(errors === _errs80){
if(typeof data30 === "string"){
if(func2(data30) < 1){
validate51.errors = [{instancePath:instancePath+"/headers/referrerPolicy",schemaPath:"#/$defs/SecurityHeaders/properties/referrerPolicy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate51.errors = [{instancePath:instancePath+"/headers/referrerPolicy",schemaPath:"#/$defs/SecurityHeaders/properties/referrerPolicy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid23 = _errs80 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data26.noSniff !== undefined){
const _errs82 = errors;
if(typeof data26.noSniff !== "boolean"){
validate51.errors = [{instancePath:instancePath+"/headers/noSniff",schemaPath:"#/$defs/SecurityHeaders/properties/noSniff/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid23 = _errs82 === errors;
}
else {
var valid23 = true;
}
}
}
}
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/$defs/SecurityHeaders/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema123 = {"title":"Aggregate","description":"An event-sourced aggregate (CQRS).","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the aggregate; shown in generated API docs and code comments."},"entity":{"$ref":"#/$defs/Identifier","description":"The entity holding the aggregate's current state, if any."},"commands":{"type":"object","description":"Commands, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Command"}},"events":{"type":"object","description":"Events, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/Event"}},"snapshotEvery":{"type":"integer","description":"Take a snapshot every N events.","minimum":1}}};
const schema126 = {"title":"Command","description":"A command an aggregate handles.","type":"object","additionalProperties":false,"required":["emits"],"properties":{"doc":{"type":"string","description":"Documentation for the command; shown in generated API docs and code comments."},"input":{"$ref":"#/$defs/Fields","description":"The command's input fields, by name."},"emits":{"type":"array","description":"Events the command emits.","items":{"$ref":"#/$defs/Identifier"},"minItems":1,"uniqueItems":true},"access":{"$ref":"#/$defs/Expr","description":"Who may issue the command."}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.emits === undefined) && (missing0 = "emits")){
validate72.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "doc") || (key0 === "input")) || (key0 === "emits")) || (key0 === "access"))){
validate72.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate72.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
const _errs4 = errors;
if(!(validate35(data.input, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.emits !== undefined){
let data2 = data.emits;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
if(data2.length < 1){
validate72.errors = [{instancePath:instancePath+"/emits",schemaPath:"#/properties/emits/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
const _errs8 = errors;
const _errs10 = errors;
const _errs11 = errors;
if(!(((((((((data3 === "and") || (data3 === "or")) || (data3 === "not")) || (data3 === "in")) || (data3 === "true")) || (data3 === "false")) || (data3 === "null")) || (data3 === "asc")) || (data3 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid3 = _errs11 === errors;
if(valid3){
validate72.errors = [{instancePath:instancePath+"/emits/" + i0,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate72.errors = [{instancePath:instancePath+"/emits/" + i0,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate72.errors = [{instancePath:instancePath+"/emits/" + i0,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
validate72.errors = [{instancePath:instancePath+"/emits",schemaPath:"#/properties/emits/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate72.errors = [{instancePath:instancePath+"/emits",schemaPath:"#/properties/emits/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.access !== undefined){
let data4 = data.access;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate72.errors = [{instancePath:instancePath+"/access",schemaPath:"#/$defs/Expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate72.errors = [{instancePath:instancePath+"/access",schemaPath:"#/$defs/Expr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema130 = {"title":"Event","description":"An event an aggregate emits.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the event; shown in generated API docs and code comments."},"fields":{"$ref":"#/$defs/Fields","description":"The event's fields, by name."}}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "doc") || (key0 === "fields"))){
validate75.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate75.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
const _errs4 = errors;
if(!(validate35(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate75.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "doc") || (key0 === "entity")) || (key0 === "commands")) || (key0 === "events")) || (key0 === "snapshotEvery"))){
validate71.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate71.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entity !== undefined){
let data1 = data.entity;
const _errs4 = errors;
const _errs5 = errors;
const _errs7 = errors;
const _errs8 = errors;
if(!(((((((((data1 === "and") || (data1 === "or")) || (data1 === "not")) || (data1 === "in")) || (data1 === "true")) || (data1 === "false")) || (data1 === "null")) || (data1 === "asc")) || (data1 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs8 === errors;
if(valid2){
validate71.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate71.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate71.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.commands !== undefined){
let data2 = data.commands;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs11 = errors;
const _errs12 = errors;
const _errs14 = errors;
const _errs15 = errors;
if(!(((((((((key1 === "and") || (key1 === "or")) || (key1 === "not")) || (key1 === "in")) || (key1 === "true")) || (key1 === "false")) || (key1 === "null")) || (key1 === "asc")) || (key1 === "desc"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid5 = _errs15 === errors;
if(valid5){
const err2 = {instancePath:instancePath+"/commands",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
if(errors === _errs12){
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err3 = {instancePath:instancePath+"/commands",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/commands",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid3 = _errs11 === errors;
if(!valid3){
const err5 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate71.errors = vErrors;
return false;
break;
}
}
if(valid3){
for(const key2 in data2){
const _errs17 = errors;
if(!(validate72(data2[key2], {instancePath:instancePath+"/commands/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid6 = _errs17 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.events !== undefined){
let data4 = data.events;
const _errs18 = errors;
if(errors === _errs18){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key3 in data4){
const _errs20 = errors;
const _errs21 = errors;
const _errs23 = errors;
const _errs24 = errors;
if(!(((((((((key3 === "and") || (key3 === "or")) || (key3 === "not")) || (key3 === "in")) || (key3 === "true")) || (key3 === "false")) || (key3 === "null")) || (key3 === "asc")) || (key3 === "desc"))){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid9 = _errs24 === errors;
if(valid9){
const err7 = {instancePath:instancePath+"/events",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
if(errors === _errs21){
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err8 = {instancePath:instancePath+"/events",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/events",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var valid7 = _errs20 === errors;
if(!valid7){
const err10 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate71.errors = vErrors;
return false;
break;
}
}
if(valid7){
for(const key4 in data4){
const _errs26 = errors;
if(!(validate75(data4[key4], {instancePath:instancePath+"/events/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var valid10 = _errs26 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshotEvery !== undefined){
let data6 = data.snapshotEvery;
const _errs27 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate71.errors = [{instancePath:instancePath+"/snapshotEvery",schemaPath:"#/properties/snapshotEvery/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs27){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate71.errors = [{instancePath:instancePath+"/snapshotEvery",schemaPath:"#/properties/snapshotEvery/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema132 = {"title":"Projection","description":"A read model built from events.","type":"object","additionalProperties":false,"required":["from","key"],"properties":{"doc":{"type":"string","description":"Documentation for the projection; shown in generated API docs and code comments."},"from":{"type":"array","description":"The events the projection is built from.","items":{"$ref":"#/$defs/Identifier"},"minItems":1,"uniqueItems":true},"key":{"$ref":"#/$defs/Identifier","description":"The field that identifies a row of the projection."},"fields":{"$ref":"#/$defs/Fields","description":"The projection's fields, by name."}}};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.from === undefined) && (missing0 = "from")) || ((data.key === undefined) && (missing0 = "key"))){
validate79.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "doc") || (key0 === "from")) || (key0 === "key")) || (key0 === "fields"))){
validate79.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate79.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
let data1 = data.from;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
if(data1.length < 1){
validate79.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
const _errs7 = errors;
const _errs9 = errors;
const _errs10 = errors;
if(!(((((((((data2 === "and") || (data2 === "or")) || (data2 === "not")) || (data2 === "in")) || (data2 === "true")) || (data2 === "false")) || (data2 === "null")) || (data2 === "asc")) || (data2 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid3 = _errs10 === errors;
if(valid3){
validate79.errors = [{instancePath:instancePath+"/from/" + i0,schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate79.errors = [{instancePath:instancePath+"/from/" + i0,schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/from/" + i0,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
validate79.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
}
else {
validate79.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.key !== undefined){
let data3 = data.key;
const _errs11 = errors;
const _errs12 = errors;
const _errs14 = errors;
const _errs15 = errors;
if(!(((((((((data3 === "and") || (data3 === "or")) || (data3 === "not")) || (data3 === "in")) || (data3 === "true")) || (data3 === "false")) || (data3 === "null")) || (data3 === "asc")) || (data3 === "desc"))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid6 = _errs15 === errors;
if(valid6){
validate79.errors = [{instancePath:instancePath+"/key",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
if(errors === _errs12){
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
validate79.errors = [{instancePath:instancePath+"/key",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/key",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
const _errs16 = errors;
if(!(validate35(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate79.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema136 = {"title":"Saga","description":"A long-running process with compensation.","type":"object","additionalProperties":false,"required":["on","steps"],"properties":{"doc":{"type":"string","description":"Documentation for the saga; shown in generated API docs and code comments."},"on":{"$ref":"#/$defs/Identifier","description":"The event or command that starts the saga."},"steps":{"type":"array","description":"The steps, in order.","items":{"$ref":"#/$defs/SagaStep"},"minItems":1},"onFailure":{"description":"What happens when a step fails after its retries: `compensate` or `halt`.","type":"string","enum":["compensate","halt"]},"timeout":{"$ref":"#/$defs/Duration","description":"How long the whole saga may take."}}};
const schema138 = {"title":"Saga step","description":"One step of a saga.","type":"object","additionalProperties":false,"required":["name","do"],"properties":{"name":{"$ref":"#/$defs/Identifier","description":"The step's name."},"doc":{"type":"string","description":"Documentation for the step; shown in generated API docs and code comments."},"do":{"$ref":"#/$defs/QualifiedName","description":"`service.operation` or `Aggregate.Command`."},"compensate":{"$ref":"#/$defs/QualifiedName","description":"What undoes the step: `service.operation` or `Aggregate.Command`."},"timeout":{"$ref":"#/$defs/Duration","description":"How long the step may take."},"retry":{"type":"integer","description":"How many times to retry the step.","minimum":0}}};
const schema140 = {"title":"Qualified name","description":"Two names joined by a dot, e.g. `payments.charge` or `Order.PlaceOrder`.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$"};
const pattern58 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.do === undefined) && (missing0 = "do"))){
validate83.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "doc")) || (key0 === "do")) || (key0 === "compensate")) || (key0 === "timeout")) || (key0 === "retry"))){
validate83.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
const _errs3 = errors;
const _errs5 = errors;
const _errs6 = errors;
if(!(((((((((data0 === "and") || (data0 === "or")) || (data0 === "not")) || (data0 === "in")) || (data0 === "true")) || (data0 === "false")) || (data0 === "null")) || (data0 === "asc")) || (data0 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs6 === errors;
if(valid2){
validate83.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate83.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate83.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.doc !== undefined){
const _errs7 = errors;
if(typeof data.doc !== "string"){
validate83.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.do !== undefined){
let data2 = data.do;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern58.test(data2)){
validate83.errors = [{instancePath:instancePath+"/do",schemaPath:"#/$defs/QualifiedName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate83.errors = [{instancePath:instancePath+"/do",schemaPath:"#/$defs/QualifiedName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.compensate !== undefined){
let data3 = data.compensate;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(!pattern58.test(data3)){
validate83.errors = [{instancePath:instancePath+"/compensate",schemaPath:"#/$defs/QualifiedName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate83.errors = [{instancePath:instancePath+"/compensate",schemaPath:"#/$defs/QualifiedName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeout !== undefined){
let data4 = data.timeout;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(!pattern24.test(data4)){
validate83.errors = [{instancePath:instancePath+"/timeout",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate83.errors = [{instancePath:instancePath+"/timeout",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retry !== undefined){
let data5 = data.retry;
const _errs18 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate83.errors = [{instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate83.errors = [{instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.on === undefined) && (missing0 = "on")) || ((data.steps === undefined) && (missing0 = "steps"))){
validate82.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "doc") || (key0 === "on")) || (key0 === "steps")) || (key0 === "onFailure")) || (key0 === "timeout"))){
validate82.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate82.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.on !== undefined){
let data1 = data.on;
const _errs4 = errors;
const _errs5 = errors;
const _errs7 = errors;
const _errs8 = errors;
if(!(((((((((data1 === "and") || (data1 === "or")) || (data1 === "not")) || (data1 === "in")) || (data1 === "true")) || (data1 === "false")) || (data1 === "null")) || (data1 === "asc")) || (data1 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs8 === errors;
if(valid2){
validate82.errors = [{instancePath:instancePath+"/on",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate82.errors = [{instancePath:instancePath+"/on",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate82.errors = [{instancePath:instancePath+"/on",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.steps !== undefined){
let data2 = data.steps;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data2)){
if(data2.length < 1){
validate82.errors = [{instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate83(data2[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate82.errors = [{instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.onFailure !== undefined){
let data4 = data.onFailure;
const _errs12 = errors;
if(typeof data4 !== "string"){
validate82.errors = [{instancePath:instancePath+"/onFailure",schemaPath:"#/properties/onFailure/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data4 === "compensate") || (data4 === "halt"))){
validate82.errors = [{instancePath:instancePath+"/onFailure",schemaPath:"#/properties/onFailure/enum",keyword:"enum",params:{allowedValues: schema136.properties.onFailure.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeout !== undefined){
let data5 = data.timeout;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data5 === "string"){
if(!pattern24.test(data5)){
validate82.errors = [{instancePath:instancePath+"/timeout",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate82.errors = [{instancePath:instancePath+"/timeout",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema145 = {"title":"Service","description":"An external service the backend calls.","type":"object","additionalProperties":false,"required":["url"],"properties":{"doc":{"type":"string","description":"Documentation for the service; shown in generated API docs and code comments."},"url":{"$ref":"#/$defs/EnvOrString","description":"The base URL, usually `env(NAME)`."},"timeout":{"$ref":"#/$defs/Duration","description":"Timeout of each call."},"retry":{"$ref":"#/$defs/Retry","description":"How failed calls are retried."},"breaker":{"$ref":"#/$defs/Breaker","description":"Circuit breaker settings."},"fallback":{"description":"When the call fails or the breaker is open: fail fast, serve the last good response, or call user code.","type":"string","enum":["fail","cache","custom"]},"operations":{"type":"object","description":"Operations, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/ServiceOperation"}}}};
const schema148 = {"title":"Retry","description":"How failed calls are retried.","type":"object","additionalProperties":false,"required":["count"],"properties":{"count":{"type":"integer","description":"How many times to retry.","minimum":0},"backoff":{"description":"Delay growth between retries.","type":"string","enum":["exponential","linear","constant"]},"delay":{"$ref":"#/$defs/Duration","description":"The first delay."},"jitter":{"type":"boolean","description":"Randomize delays."}}};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.count === undefined) && (missing0 = "count")){
validate87.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "count") || (key0 === "backoff")) || (key0 === "delay")) || (key0 === "jitter"))){
validate87.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.count !== undefined){
let data0 = data.count;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate87.errors = [{instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate87.errors = [{instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.backoff !== undefined){
let data1 = data.backoff;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate87.errors = [{instancePath:instancePath+"/backoff",schemaPath:"#/properties/backoff/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "exponential") || (data1 === "linear")) || (data1 === "constant"))){
validate87.errors = [{instancePath:instancePath+"/backoff",schemaPath:"#/properties/backoff/enum",keyword:"enum",params:{allowedValues: schema148.properties.backoff.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.delay !== undefined){
let data2 = data.delay;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern24.test(data2)){
validate87.errors = [{instancePath:instancePath+"/delay",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate87.errors = [{instancePath:instancePath+"/delay",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.jitter !== undefined){
const _errs9 = errors;
if(typeof data.jitter !== "boolean"){
validate87.errors = [{instancePath:instancePath+"/jitter",schemaPath:"#/properties/jitter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate87.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema150 = {"title":"Circuit breaker","description":"Stop calling a failing service for a while.","type":"object","additionalProperties":false,"required":["failures","reset"],"properties":{"failures":{"type":"integer","description":"Consecutive failures that open the breaker.","minimum":1},"reset":{"$ref":"#/$defs/Duration","description":"How long the breaker stays open."}}};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.failures === undefined) && (missing0 = "failures")) || ((data.reset === undefined) && (missing0 = "reset"))){
validate89.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "failures") || (key0 === "reset"))){
validate89.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.failures !== undefined){
let data0 = data.failures;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate89.errors = [{instancePath:instancePath+"/failures",schemaPath:"#/properties/failures/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate89.errors = [{instancePath:instancePath+"/failures",schemaPath:"#/properties/failures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reset !== undefined){
let data1 = data.reset;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern24.test(data1)){
validate89.errors = [{instancePath:instancePath+"/reset",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate89.errors = [{instancePath:instancePath+"/reset",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate89.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema153 = {"title":"Service operation","description":"An operation of an external service.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the operation; shown in generated API docs and code comments."},"method":{"$ref":"#/$defs/HttpMethod","description":"The HTTP method."},"path":{"$ref":"#/$defs/Path","description":"Relative to the service URL."},"input":{"$ref":"#/$defs/Fields","description":"The operation's input fields, by name."},"output":{"$ref":"#/$defs/TypeExpr","description":"The operation's result type."}}};

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "doc") || (key0 === "method")) || (key0 === "path")) || (key0 === "input")) || (key0 === "output"))){
validate91.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate91.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.method !== undefined){
let data1 = data.method;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate91.errors = [{instancePath:instancePath+"/method",schemaPath:"#/$defs/HttpMethod/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data1 === "GET") || (data1 === "POST")) || (data1 === "PUT")) || (data1 === "PATCH")) || (data1 === "DELETE"))){
validate91.errors = [{instancePath:instancePath+"/method",schemaPath:"#/$defs/HttpMethod/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data2 = data.path;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern18.test(data2)){
validate91.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/Path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""}];
return false;
}
}
else {
validate91.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/Path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.input !== undefined){
const _errs10 = errors;
if(!(validate35(data.input, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.output !== undefined){
let data4 = data.output;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate91.errors = [{instancePath:instancePath+"/output",schemaPath:"#/$defs/TypeExpr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate91.errors = [{instancePath:instancePath+"/output",schemaPath:"#/$defs/TypeExpr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate91.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.url === undefined) && (missing0 = "url")){
validate86.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "doc") || (key0 === "url")) || (key0 === "timeout")) || (key0 === "retry")) || (key0 === "breaker")) || (key0 === "fallback")) || (key0 === "operations"))){
validate86.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate86.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data1 = data.url;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate86.errors = [{instancePath:instancePath+"/url",schemaPath:"#/$defs/EnvOrString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate86.errors = [{instancePath:instancePath+"/url",schemaPath:"#/$defs/EnvOrString/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timeout !== undefined){
let data2 = data.timeout;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern24.test(data2)){
validate86.errors = [{instancePath:instancePath+"/timeout",schemaPath:"#/$defs/Duration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(ms|s|m|h|d|w)$"},message:"must match pattern \""+"^[0-9]+(ms|s|m|h|d|w)$"+"\""}];
return false;
}
}
else {
validate86.errors = [{instancePath:instancePath+"/timeout",schemaPath:"#/$defs/Duration/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.retry !== undefined){
const _errs10 = errors;
if(!(validate87(data.retry, {instancePath:instancePath+"/retry",parentData:data,parentDataProperty:"retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.breaker !== undefined){
const _errs11 = errors;
if(!(validate89(data.breaker, {instancePath:instancePath+"/breaker",parentData:data,parentDataProperty:"breaker",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fallback !== undefined){
let data5 = data.fallback;
const _errs12 = errors;
if(typeof data5 !== "string"){
validate86.errors = [{instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data5 === "fail") || (data5 === "cache")) || (data5 === "custom"))){
validate86.errors = [{instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/enum",keyword:"enum",params:{allowedValues: schema145.properties.fallback.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operations !== undefined){
let data6 = data.operations;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
const _errs16 = errors;
const _errs17 = errors;
const _errs19 = errors;
const _errs20 = errors;
if(!(((((((((key1 === "and") || (key1 === "or")) || (key1 === "not")) || (key1 === "in")) || (key1 === "true")) || (key1 === "false")) || (key1 === "null")) || (key1 === "asc")) || (key1 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid5 = _errs20 === errors;
if(valid5){
const err1 = {instancePath:instancePath+"/operations",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
if(errors === _errs17){
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err2 = {instancePath:instancePath+"/operations",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/operations",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid3 = _errs16 === errors;
if(!valid3){
const err4 = {instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate86.errors = vErrors;
return false;
break;
}
}
if(valid3){
for(const key2 in data6){
const _errs22 = errors;
if(!(validate91(data6[key2], {instancePath:instancePath+"/operations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
var valid6 = _errs22 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate86.errors = [{instancePath:instancePath+"/operations",schemaPath:"#/properties/operations/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate86.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema158 = {"title":"Query","description":"A named, optimized query.","type":"object","additionalProperties":false,"required":["entity"],"properties":{"doc":{"type":"string","description":"Documentation for the query; shown in generated API docs and code comments."},"entity":{"$ref":"#/$defs/Identifier","description":"The entity queried."},"where":{"$ref":"#/$defs/Expr","description":"Conditions; `$name` are parameters."},"orderBy":{"type":"array","description":"Each a field name optionally followed by ` desc` or ` asc`.","items":{"$ref":"#/$defs/OrderedField"},"uniqueItems":true},"limit":{"type":"integer","description":"Largest number of rows returned.","minimum":1}}};

function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.entity === undefined) && (missing0 = "entity")){
validate95.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "doc") || (key0 === "entity")) || (key0 === "where")) || (key0 === "orderBy")) || (key0 === "limit"))){
validate95.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate95.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entity !== undefined){
let data1 = data.entity;
const _errs4 = errors;
const _errs5 = errors;
const _errs7 = errors;
const _errs8 = errors;
if(!(((((((((data1 === "and") || (data1 === "or")) || (data1 === "not")) || (data1 === "in")) || (data1 === "true")) || (data1 === "false")) || (data1 === "null")) || (data1 === "asc")) || (data1 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs8 === errors;
if(valid2){
validate95.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate95.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate95.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.where !== undefined){
let data2 = data.where;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate95.errors = [{instancePath:instancePath+"/where",schemaPath:"#/$defs/Expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate95.errors = [{instancePath:instancePath+"/where",schemaPath:"#/$defs/Expr/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.orderBy !== undefined){
let data3 = data.orderBy;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data3)){
var valid4 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data4 === "string"){
if(!pattern14.test(data4)){
validate95.errors = [{instancePath:instancePath+"/orderBy/" + i0,schemaPath:"#/$defs/OrderedField/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*( (asc|desc))?$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*( (asc|desc))?$"+"\""}];
return false;
}
}
else {
validate95.errors = [{instancePath:instancePath+"/orderBy/" + i0,schemaPath:"#/$defs/OrderedField/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
if(valid4){
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
validate95.errors = [{instancePath:instancePath+"/orderBy",schemaPath:"#/properties/orderBy/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
else {
validate95.errors = [{instancePath:instancePath+"/orderBy",schemaPath:"#/properties/orderBy/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data5 = data.limit;
const _errs17 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate95.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs17){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
validate95.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate95.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate95.errors = vErrors;
return errors === 0;
}
validate95.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema163 = {"title":"MCP server","description":"A Model Context Protocol server.","type":"object","additionalProperties":false,"required":["transport"],"properties":{"doc":{"type":"string","description":"Documentation for the server; shown in generated API docs and code comments."},"transport":{"description":"`stdio` or `http`.","type":"string","enum":["stdio","http"]},"path":{"$ref":"#/$defs/Path","description":"Path for the http transport."},"tools":{"type":"object","description":"Tools, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/McpTool"}},"resources":{"type":"object","description":"Resources, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/McpResource"}},"prompts":{"type":"object","description":"Prompts, by name.","propertyNames":{"$ref":"#/$defs/Identifier"},"additionalProperties":{"$ref":"#/$defs/McpPrompt"}}}};
const schema166 = {"title":"MCP tool","description":"A tool the MCP server offers. Exactly one of `query`, `command`, `operation`.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the tool; shown in generated API docs and code comments."},"query":{"$ref":"#/$defs/Identifier","description":"The query the tool runs."},"command":{"$ref":"#/$defs/Identifier","description":"The command the tool issues."},"operation":{"$ref":"#/$defs/QualifiedName","description":"The resource operation the tool calls: `resource.operation`."},"readonly":{"type":"boolean","description":"The tool does not change data."}},"oneOf":[{"required":["query"]},{"required":["command"]},{"required":["operation"]}]};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.query === undefined) && (missing0 = "query")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.command === undefined) && (missing1 = "command")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.operation === undefined) && (missing2 = "operation")){
const err2 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate98.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs5 = errors;
for(const key0 in data){
if(!(((((key0 === "doc") || (key0 === "query")) || (key0 === "command")) || (key0 === "operation")) || (key0 === "readonly"))){
validate98.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data.doc !== undefined){
const _errs6 = errors;
if(typeof data.doc !== "string"){
validate98.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.query !== undefined){
let data1 = data.query;
const _errs8 = errors;
const _errs9 = errors;
const _errs11 = errors;
const _errs12 = errors;
if(!(((((((((data1 === "and") || (data1 === "or")) || (data1 === "not")) || (data1 === "in")) || (data1 === "true")) || (data1 === "false")) || (data1 === "null")) || (data1 === "asc")) || (data1 === "desc"))){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid3 = _errs12 === errors;
if(valid3){
validate98.errors = [{instancePath:instancePath+"/query",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
if(errors === _errs9){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate98.errors = [{instancePath:instancePath+"/query",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate98.errors = [{instancePath:instancePath+"/query",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.command !== undefined){
let data2 = data.command;
const _errs13 = errors;
const _errs14 = errors;
const _errs16 = errors;
const _errs17 = errors;
if(!(((((((((data2 === "and") || (data2 === "or")) || (data2 === "not")) || (data2 === "in")) || (data2 === "true")) || (data2 === "false")) || (data2 === "null")) || (data2 === "asc")) || (data2 === "desc"))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid5 = _errs17 === errors;
if(valid5){
validate98.errors = [{instancePath:instancePath+"/command",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
if(errors === _errs14){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate98.errors = [{instancePath:instancePath+"/command",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate98.errors = [{instancePath:instancePath+"/command",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.operation !== undefined){
let data3 = data.operation;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data3 === "string"){
if(!pattern58.test(data3)){
validate98.errors = [{instancePath:instancePath+"/operation",schemaPath:"#/$defs/QualifiedName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate98.errors = [{instancePath:instancePath+"/operation",schemaPath:"#/$defs/QualifiedName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.readonly !== undefined){
const _errs21 = errors;
if(typeof data.readonly !== "boolean"){
validate98.errors = [{instancePath:instancePath+"/readonly",schemaPath:"#/properties/readonly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate98.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema171 = {"title":"MCP resource","description":"A resource the MCP server offers. Exactly one of `entity`, `query`.","type":"object","additionalProperties":false,"properties":{"doc":{"type":"string","description":"Documentation for the resource; shown in generated API docs and code comments."},"entity":{"$ref":"#/$defs/Identifier","description":"The entity the resource reads."},"query":{"$ref":"#/$defs/Identifier","description":"The query the resource runs."},"uri":{"type":"string","description":"The resource URI or URI template.","minLength":1}},"oneOf":[{"required":["entity"]},{"required":["query"]}]};

function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate100.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.entity === undefined) && (missing0 = "entity")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.query === undefined) && (missing1 = "query")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate100.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs4 = errors;
for(const key0 in data){
if(!((((key0 === "doc") || (key0 === "entity")) || (key0 === "query")) || (key0 === "uri"))){
validate100.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.doc !== undefined){
const _errs5 = errors;
if(typeof data.doc !== "string"){
validate100.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.entity !== undefined){
let data1 = data.entity;
const _errs7 = errors;
const _errs8 = errors;
const _errs10 = errors;
const _errs11 = errors;
if(!(((((((((data1 === "and") || (data1 === "or")) || (data1 === "not")) || (data1 === "in")) || (data1 === "true")) || (data1 === "false")) || (data1 === "null")) || (data1 === "asc")) || (data1 === "desc"))){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid3 = _errs11 === errors;
if(valid3){
validate100.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
if(errors === _errs8){
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
validate100.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate100.errors = [{instancePath:instancePath+"/entity",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.query !== undefined){
let data2 = data.query;
const _errs12 = errors;
const _errs13 = errors;
const _errs15 = errors;
const _errs16 = errors;
if(!(((((((((data2 === "and") || (data2 === "or")) || (data2 === "not")) || (data2 === "in")) || (data2 === "true")) || (data2 === "false")) || (data2 === "null")) || (data2 === "asc")) || (data2 === "desc"))){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid5 = _errs16 === errors;
if(valid5){
validate100.errors = [{instancePath:instancePath+"/query",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
if(errors === _errs13){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate100.errors = [{instancePath:instancePath+"/query",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate100.errors = [{instancePath:instancePath+"/query",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.uri !== undefined){
let data3 = data.uri;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate100.errors = [{instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate100.errors = [{instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate100.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate100.errors = vErrors;
return errors === 0;
}
validate100.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema175 = {"title":"MCP prompt","description":"A prompt template the MCP server offers.","type":"object","additionalProperties":false,"required":["template"],"properties":{"doc":{"type":"string","description":"Documentation for the prompt; shown in generated API docs and code comments."},"template":{"type":"string","description":"The prompt text; `{{name}}` inserts an argument.","minLength":1},"arguments":{"$ref":"#/$defs/Fields","description":"The prompt's arguments, by name."}}};

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.template === undefined) && (missing0 = "template")){
validate102.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "doc") || (key0 === "template")) || (key0 === "arguments"))){
validate102.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate102.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.template !== undefined){
let data1 = data.template;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate102.errors = [{instancePath:instancePath+"/template",schemaPath:"#/properties/template/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate102.errors = [{instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.arguments !== undefined){
const _errs6 = errors;
if(!(validate35(data.arguments, {instancePath:instancePath+"/arguments",parentData:data,parentDataProperty:"arguments",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate102.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate102.errors = vErrors;
return errors === 0;
}
validate102.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.transport === undefined) && (missing0 = "transport")){
validate97.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "doc") || (key0 === "transport")) || (key0 === "path")) || (key0 === "tools")) || (key0 === "resources")) || (key0 === "prompts"))){
validate97.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.doc !== undefined){
const _errs2 = errors;
if(typeof data.doc !== "string"){
validate97.errors = [{instancePath:instancePath+"/doc",schemaPath:"#/properties/doc/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transport !== undefined){
let data1 = data.transport;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate97.errors = [{instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data1 === "stdio") || (data1 === "http"))){
validate97.errors = [{instancePath:instancePath+"/transport",schemaPath:"#/properties/transport/enum",keyword:"enum",params:{allowedValues: schema163.properties.transport.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data2 = data.path;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern18.test(data2)){
validate97.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/Path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""}];
return false;
}
}
else {
validate97.errors = [{instancePath:instancePath+"/path",schemaPath:"#/$defs/Path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tools !== undefined){
let data3 = data.tools;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs11 = errors;
const _errs12 = errors;
const _errs14 = errors;
const _errs15 = errors;
if(!(((((((((key1 === "and") || (key1 === "or")) || (key1 === "not")) || (key1 === "in")) || (key1 === "true")) || (key1 === "false")) || (key1 === "null")) || (key1 === "asc")) || (key1 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid4 = _errs15 === errors;
if(valid4){
const err1 = {instancePath:instancePath+"/tools",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
if(errors === _errs12){
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err2 = {instancePath:instancePath+"/tools",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/tools",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs11 === errors;
if(!valid2){
const err4 = {instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate97.errors = vErrors;
return false;
break;
}
}
if(valid2){
for(const key2 in data3){
const _errs17 = errors;
if(!(validate98(data3[key2], {instancePath:instancePath+"/tools/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
var valid5 = _errs17 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate97.errors = [{instancePath:instancePath+"/tools",schemaPath:"#/properties/tools/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resources !== undefined){
let data5 = data.resources;
const _errs18 = errors;
if(errors === _errs18){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
const _errs20 = errors;
const _errs21 = errors;
const _errs23 = errors;
const _errs24 = errors;
if(!(((((((((key3 === "and") || (key3 === "or")) || (key3 === "not")) || (key3 === "in")) || (key3 === "true")) || (key3 === "false")) || (key3 === "null")) || (key3 === "asc")) || (key3 === "desc"))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid8 = _errs24 === errors;
if(valid8){
const err6 = {instancePath:instancePath+"/resources",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
if(errors === _errs21){
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err7 = {instancePath:instancePath+"/resources",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/resources",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid6 = _errs20 === errors;
if(!valid6){
const err9 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate97.errors = vErrors;
return false;
break;
}
}
if(valid6){
for(const key4 in data5){
const _errs26 = errors;
if(!(validate100(data5[key4], {instancePath:instancePath+"/resources/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
var valid9 = _errs26 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate97.errors = [{instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prompts !== undefined){
let data7 = data.prompts;
const _errs27 = errors;
if(errors === _errs27){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key5 in data7){
const _errs29 = errors;
const _errs30 = errors;
const _errs32 = errors;
const _errs33 = errors;
if(!(((((((((key5 === "and") || (key5 === "or")) || (key5 === "not")) || (key5 === "in")) || (key5 === "true")) || (key5 === "false")) || (key5 === "null")) || (key5 === "asc")) || (key5 === "desc"))){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid12 = _errs33 === errors;
if(valid12){
const err11 = {instancePath:instancePath+"/prompts",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
if(errors === _errs30){
if(typeof key5 === "string"){
if(!pattern4.test(key5)){
const err12 = {instancePath:instancePath+"/prompts",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/prompts",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid10 = _errs29 === errors;
if(!valid10){
const err14 = {instancePath:instancePath+"/prompts",schemaPath:"#/properties/prompts/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate97.errors = vErrors;
return false;
break;
}
}
if(valid10){
for(const key6 in data7){
const _errs35 = errors;
if(!(validate102(data7[key6], {instancePath:instancePath+"/prompts/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
var valid13 = _errs35 === errors;
if(!valid13){
break;
}
}
}
}
else {
validate97.errors = [{instancePath:instancePath+"/prompts",schemaPath:"#/properties/prompts/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate97.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema176 = {"title":"Deploy","description":"How the backend is packaged and deployed.","type":"object","additionalProperties":false,"properties":{"docker":{"$ref":"#/$defs/Docker","description":"The Docker image."},"compose":{"type":"array","description":"Backing services started next to the app by docker compose.","items":{"description":"A backing service.","type":"string","enum":["postgres","mysql","redis","rabbitmq","nats","mongodb"]},"uniqueItems":true},"kubernetes":{"$ref":"#/$defs/Kubernetes","description":"Kubernetes manifests."},"observability":{"$ref":"#/$defs/Observability","description":"Logs, metrics and tracing."}}};
const schema177 = {"title":"Docker","description":"The Docker image.","type":"object","additionalProperties":false,"properties":{"base":{"type":"string","description":"The base image, e.g. `node:20-bookworm-slim`.","minLength":1},"user":{"type":"string","description":"The user the app runs as.","minLength":1},"port":{"type":"integer","description":"The port the app listens on.","minimum":1,"maximum":65535}}};
const schema180 = {"title":"Observability","description":"Logs, metrics and tracing.","type":"object","additionalProperties":false,"properties":{"logs":{"description":"Log format: `json` or `pretty`.","type":"string","enum":["json","pretty"]},"metrics":{"description":"Metrics: `prometheus` or `none`.","type":"string","enum":["prometheus","none"]},"tracing":{"description":"Tracing: `otel` or `none`.","type":"string","enum":["otel","none"]}}};
const schema178 = {"title":"Kubernetes","description":"Kubernetes manifests.","type":"object","additionalProperties":false,"properties":{"replicas":{"type":"integer","description":"How many replicas to run.","minimum":1},"namespace":{"type":"string","description":"The namespace.","minLength":1},"autoscale":{"$ref":"#/$defs/Autoscale","description":"Horizontal pod autoscaling."}}};
const schema179 = {"title":"Autoscale","description":"Horizontal pod autoscaling.","type":"object","additionalProperties":false,"required":["max"],"properties":{"min":{"type":"integer","description":"The fewest replicas.","minimum":1},"max":{"type":"integer","description":"The most replicas.","minimum":1},"cpu":{"type":"integer","description":"Target CPU utilization, in percent.","minimum":1,"maximum":100}}};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "replicas") || (key0 === "namespace")) || (key0 === "autoscale"))){
validate107.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.replicas !== undefined){
let data0 = data.replicas;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate107.errors = [{instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate107.errors = [{instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.namespace !== undefined){
let data1 = data.namespace;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate107.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate107.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.autoscale !== undefined){
let data2 = data.autoscale;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing0;
if((data2.max === undefined) && (missing0 = "max")){
validate107.errors = [{instancePath:instancePath+"/autoscale",schemaPath:"#/$defs/Autoscale/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs9 = errors;
for(const key1 in data2){
if(!(((key1 === "min") || (key1 === "max")) || (key1 === "cpu"))){
validate107.errors = [{instancePath:instancePath+"/autoscale",schemaPath:"#/$defs/Autoscale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data2.min !== undefined){
let data3 = data2.min;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate107.errors = [{instancePath:instancePath+"/autoscale/min",schemaPath:"#/$defs/Autoscale/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate107.errors = [{instancePath:instancePath+"/autoscale/min",schemaPath:"#/$defs/Autoscale/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.max !== undefined){
let data4 = data2.max;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate107.errors = [{instancePath:instancePath+"/autoscale/max",schemaPath:"#/$defs/Autoscale/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
validate107.errors = [{instancePath:instancePath+"/autoscale/max",schemaPath:"#/$defs/Autoscale/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.cpu !== undefined){
let data5 = data2.cpu;
const _errs14 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate107.errors = [{instancePath:instancePath+"/autoscale/cpu",schemaPath:"#/$defs/Autoscale/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100 || isNaN(data5)){
validate107.errors = [{instancePath:instancePath+"/autoscale/cpu",schemaPath:"#/$defs/Autoscale/properties/cpu/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate107.errors = [{instancePath:instancePath+"/autoscale/cpu",schemaPath:"#/$defs/Autoscale/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
else {
validate107.errors = [{instancePath:instancePath+"/autoscale",schemaPath:"#/$defs/Autoscale/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate107.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "docker") || (key0 === "compose")) || (key0 === "kubernetes")) || (key0 === "observability"))){
validate106.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.docker !== undefined){
let data0 = data.docker;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
const _errs5 = errors;
for(const key1 in data0){
if(!(((key1 === "base") || (key1 === "user")) || (key1 === "port"))){
validate106.errors = [{instancePath:instancePath+"/docker",schemaPath:"#/$defs/Docker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data0.base !== undefined){
let data1 = data0.base;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate106.errors = [{instancePath:instancePath+"/docker/base",schemaPath:"#/$defs/Docker/properties/base/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate106.errors = [{instancePath:instancePath+"/docker/base",schemaPath:"#/$defs/Docker/properties/base/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.user !== undefined){
let data2 = data0.user;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate106.errors = [{instancePath:instancePath+"/docker/user",schemaPath:"#/$defs/Docker/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate106.errors = [{instancePath:instancePath+"/docker/user",schemaPath:"#/$defs/Docker/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.port !== undefined){
let data3 = data0.port;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate106.errors = [{instancePath:instancePath+"/docker/port",schemaPath:"#/$defs/Docker/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 65535 || isNaN(data3)){
validate106.errors = [{instancePath:instancePath+"/docker/port",schemaPath:"#/$defs/Docker/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate106.errors = [{instancePath:instancePath+"/docker/port",schemaPath:"#/$defs/Docker/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate106.errors = [{instancePath:instancePath+"/docker",schemaPath:"#/$defs/Docker/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.compose !== undefined){
let data4 = data.compose;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data4)){
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs14 = errors;
if(typeof data5 !== "string"){
validate106.errors = [{instancePath:instancePath+"/compose/" + i0,schemaPath:"#/properties/compose/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data5 === "postgres") || (data5 === "mysql")) || (data5 === "redis")) || (data5 === "rabbitmq")) || (data5 === "nats")) || (data5 === "mongodb"))){
validate106.errors = [{instancePath:instancePath+"/compose/" + i0,schemaPath:"#/properties/compose/items/enum",keyword:"enum",params:{allowedValues: schema176.properties.compose.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate106.errors = [{instancePath:instancePath+"/compose",schemaPath:"#/properties/compose/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
else {
validate106.errors = [{instancePath:instancePath+"/compose",schemaPath:"#/properties/compose/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kubernetes !== undefined){
const _errs16 = errors;
if(!(validate107(data.kubernetes, {instancePath:instancePath+"/kubernetes",parentData:data,parentDataProperty:"kubernetes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.observability !== undefined){
let data7 = data.observability;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
const _errs20 = errors;
for(const key2 in data7){
if(!(((key2 === "logs") || (key2 === "metrics")) || (key2 === "tracing"))){
validate106.errors = [{instancePath:instancePath+"/observability",schemaPath:"#/$defs/Observability/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs20 === errors){
if(data7.logs !== undefined){
let data8 = data7.logs;
const _errs21 = errors;
if(typeof data8 !== "string"){
validate106.errors = [{instancePath:instancePath+"/observability/logs",schemaPath:"#/$defs/Observability/properties/logs/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data8 === "json") || (data8 === "pretty"))){
validate106.errors = [{instancePath:instancePath+"/observability/logs",schemaPath:"#/$defs/Observability/properties/logs/enum",keyword:"enum",params:{allowedValues: schema180.properties.logs.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs21 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.metrics !== undefined){
let data9 = data7.metrics;
const _errs23 = errors;
if(typeof data9 !== "string"){
validate106.errors = [{instancePath:instancePath+"/observability/metrics",schemaPath:"#/$defs/Observability/properties/metrics/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data9 === "prometheus") || (data9 === "none"))){
validate106.errors = [{instancePath:instancePath+"/observability/metrics",schemaPath:"#/$defs/Observability/properties/metrics/enum",keyword:"enum",params:{allowedValues: schema180.properties.metrics.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs23 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data7.tracing !== undefined){
let data10 = data7.tracing;
const _errs25 = errors;
if(typeof data10 !== "string"){
validate106.errors = [{instancePath:instancePath+"/observability/tracing",schemaPath:"#/$defs/Observability/properties/tracing/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data10 === "otel") || (data10 === "none"))){
validate106.errors = [{instancePath:instancePath+"/observability/tracing",schemaPath:"#/$defs/Observability/properties/tracing/enum",keyword:"enum",params:{allowedValues: schema180.properties.tracing.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
else {
validate106.errors = [{instancePath:instancePath+"/observability",schemaPath:"#/$defs/Observability/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate106.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://pab.dev/schema/backend.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.imports !== undefined){
let data0 = data.imports;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate20.errors = [{instancePath:instancePath+"/imports/" + i0,schemaPath:"#/properties/imports/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/imports/" + i0,schemaPath:"#/properties/imports/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/imports",schemaPath:"#/properties/imports/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.backend !== undefined){
const _errs6 = errors;
if(!(validate21(data.backend, {instancePath:instancePath+"/backend",parentData:data,parentDataProperty:"backend",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enums !== undefined){
let data3 = data.enums;
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs9 = errors;
const _errs10 = errors;
const _errs12 = errors;
const _errs13 = errors;
if(!(((((((((key1 === "and") || (key1 === "or")) || (key1 === "not")) || (key1 === "in")) || (key1 === "true")) || (key1 === "false")) || (key1 === "null")) || (key1 === "asc")) || (key1 === "desc"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid4 = _errs13 === errors;
if(valid4){
const err1 = {instancePath:instancePath+"/enums",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
if(errors === _errs10){
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err2 = {instancePath:instancePath+"/enums",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/enums",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs9 === errors;
if(!valid2){
const err4 = {instancePath:instancePath+"/enums",schemaPath:"#/properties/enums/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid2){
for(const key2 in data3){
const _errs15 = errors;
if(!(validate23(data3[key2], {instancePath:instancePath+"/enums/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid5 = _errs15 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/enums",schemaPath:"#/properties/enums/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entities !== undefined){
let data5 = data.entities;
const _errs16 = errors;
if(errors === _errs16){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
const _errs18 = errors;
const _errs19 = errors;
const _errs21 = errors;
const _errs22 = errors;
if(!(((((((((key3 === "and") || (key3 === "or")) || (key3 === "not")) || (key3 === "in")) || (key3 === "true")) || (key3 === "false")) || (key3 === "null")) || (key3 === "asc")) || (key3 === "desc"))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid8 = _errs22 === errors;
if(valid8){
const err6 = {instancePath:instancePath+"/entities",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
if(errors === _errs19){
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err7 = {instancePath:instancePath+"/entities",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/entities",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid6 = _errs18 === errors;
if(!valid6){
const err9 = {instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid6){
for(const key4 in data5){
const _errs24 = errors;
if(!(validate34(data5[key4], {instancePath:instancePath+"/entities/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid9 = _errs24 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resources !== undefined){
let data7 = data.resources;
const _errs25 = errors;
if(errors === _errs25){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key5 in data7){
const _errs27 = errors;
const _errs28 = errors;
const _errs30 = errors;
const _errs31 = errors;
if(!(((((((((key5 === "and") || (key5 === "or")) || (key5 === "not")) || (key5 === "in")) || (key5 === "true")) || (key5 === "false")) || (key5 === "null")) || (key5 === "asc")) || (key5 === "desc"))){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid12 = _errs31 === errors;
if(valid12){
const err11 = {instancePath:instancePath+"/resources",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
if(errors === _errs28){
if(typeof key5 === "string"){
if(!pattern4.test(key5)){
const err12 = {instancePath:instancePath+"/resources",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/resources",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid10 = _errs27 === errors;
if(!valid10){
const err14 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid10){
for(const key6 in data7){
const _errs33 = errors;
if(!(validate46(data7[key6], {instancePath:instancePath+"/resources/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var valid13 = _errs33 === errors;
if(!valid13){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.auth !== undefined){
const _errs34 = errors;
if(!(validate51(data.auth, {instancePath:instancePath+"/auth",parentData:data,parentDataProperty:"auth",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aggregates !== undefined){
let data10 = data.aggregates;
const _errs35 = errors;
if(errors === _errs35){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key7 in data10){
const _errs37 = errors;
const _errs38 = errors;
const _errs40 = errors;
const _errs41 = errors;
if(!(((((((((key7 === "and") || (key7 === "or")) || (key7 === "not")) || (key7 === "in")) || (key7 === "true")) || (key7 === "false")) || (key7 === "null")) || (key7 === "asc")) || (key7 === "desc"))){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid16 = _errs41 === errors;
if(valid16){
const err16 = {instancePath:instancePath+"/aggregates",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
if(errors === _errs38){
if(typeof key7 === "string"){
if(!pattern4.test(key7)){
const err17 = {instancePath:instancePath+"/aggregates",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/aggregates",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
var valid14 = _errs37 === errors;
if(!valid14){
const err19 = {instancePath:instancePath+"/aggregates",schemaPath:"#/properties/aggregates/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid14){
for(const key8 in data10){
const _errs43 = errors;
if(!(validate71(data10[key8], {instancePath:instancePath+"/aggregates/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid17 = _errs43 === errors;
if(!valid17){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/aggregates",schemaPath:"#/properties/aggregates/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.projections !== undefined){
let data12 = data.projections;
const _errs44 = errors;
if(errors === _errs44){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key9 in data12){
const _errs46 = errors;
const _errs47 = errors;
const _errs49 = errors;
const _errs50 = errors;
if(!(((((((((key9 === "and") || (key9 === "or")) || (key9 === "not")) || (key9 === "in")) || (key9 === "true")) || (key9 === "false")) || (key9 === "null")) || (key9 === "asc")) || (key9 === "desc"))){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid20 = _errs50 === errors;
if(valid20){
const err21 = {instancePath:instancePath+"/projections",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
if(errors === _errs47){
if(typeof key9 === "string"){
if(!pattern4.test(key9)){
const err22 = {instancePath:instancePath+"/projections",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/projections",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid18 = _errs46 === errors;
if(!valid18){
const err24 = {instancePath:instancePath+"/projections",schemaPath:"#/properties/projections/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid18){
for(const key10 in data12){
const _errs52 = errors;
if(!(validate79(data12[key10], {instancePath:instancePath+"/projections/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data12,parentDataProperty:key10,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
var valid21 = _errs52 === errors;
if(!valid21){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/projections",schemaPath:"#/properties/projections/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sagas !== undefined){
let data14 = data.sagas;
const _errs53 = errors;
if(errors === _errs53){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key11 in data14){
const _errs55 = errors;
const _errs56 = errors;
const _errs58 = errors;
const _errs59 = errors;
if(!(((((((((key11 === "and") || (key11 === "or")) || (key11 === "not")) || (key11 === "in")) || (key11 === "true")) || (key11 === "false")) || (key11 === "null")) || (key11 === "asc")) || (key11 === "desc"))){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid24 = _errs59 === errors;
if(valid24){
const err26 = {instancePath:instancePath+"/sagas",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
if(errors === _errs56){
if(typeof key11 === "string"){
if(!pattern4.test(key11)){
const err27 = {instancePath:instancePath+"/sagas",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/sagas",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var valid22 = _errs55 === errors;
if(!valid22){
const err29 = {instancePath:instancePath+"/sagas",schemaPath:"#/properties/sagas/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid22){
for(const key12 in data14){
const _errs61 = errors;
if(!(validate82(data14[key12], {instancePath:instancePath+"/sagas/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data14,parentDataProperty:key12,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var valid25 = _errs61 === errors;
if(!valid25){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sagas",schemaPath:"#/properties/sagas/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.services !== undefined){
let data16 = data.services;
const _errs62 = errors;
if(errors === _errs62){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key13 in data16){
const _errs64 = errors;
const _errs65 = errors;
const _errs67 = errors;
const _errs68 = errors;
if(!(((((((((key13 === "and") || (key13 === "or")) || (key13 === "not")) || (key13 === "in")) || (key13 === "true")) || (key13 === "false")) || (key13 === "null")) || (key13 === "asc")) || (key13 === "desc"))){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var valid28 = _errs68 === errors;
if(valid28){
const err31 = {instancePath:instancePath+"/services",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
}
if(errors === _errs65){
if(typeof key13 === "string"){
if(!pattern4.test(key13)){
const err32 = {instancePath:instancePath+"/services",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/services",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var valid26 = _errs64 === errors;
if(!valid26){
const err34 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/propertyNames",keyword:"propertyNames",params:{propertyName: key13},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid26){
for(const key14 in data16){
const _errs70 = errors;
if(!(validate86(data16[key14], {instancePath:instancePath+"/services/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data16,parentDataProperty:key14,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid29 = _errs70 === errors;
if(!valid29){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.queries !== undefined){
let data18 = data.queries;
const _errs71 = errors;
if(errors === _errs71){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key15 in data18){
const _errs73 = errors;
const _errs74 = errors;
const _errs76 = errors;
const _errs77 = errors;
if(!(((((((((key15 === "and") || (key15 === "or")) || (key15 === "not")) || (key15 === "in")) || (key15 === "true")) || (key15 === "false")) || (key15 === "null")) || (key15 === "asc")) || (key15 === "desc"))){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var valid32 = _errs77 === errors;
if(valid32){
const err36 = {instancePath:instancePath+"/queries",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
}
if(errors === _errs74){
if(typeof key15 === "string"){
if(!pattern4.test(key15)){
const err37 = {instancePath:instancePath+"/queries",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/queries",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var valid30 = _errs73 === errors;
if(!valid30){
const err39 = {instancePath:instancePath+"/queries",schemaPath:"#/properties/queries/propertyNames",keyword:"propertyNames",params:{propertyName: key15},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid30){
for(const key16 in data18){
const _errs79 = errors;
if(!(validate95(data18[key16], {instancePath:instancePath+"/queries/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data18,parentDataProperty:key16,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
var valid33 = _errs79 === errors;
if(!valid33){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/queries",schemaPath:"#/properties/queries/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mcp !== undefined){
let data20 = data.mcp;
const _errs80 = errors;
if(errors === _errs80){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key17 in data20){
const _errs82 = errors;
const _errs83 = errors;
const _errs85 = errors;
const _errs86 = errors;
if(!(((((((((key17 === "and") || (key17 === "or")) || (key17 === "not")) || (key17 === "in")) || (key17 === "true")) || (key17 === "false")) || (key17 === "null")) || (key17 === "asc")) || (key17 === "desc"))){
const err40 = {};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var valid36 = _errs86 === errors;
if(valid36){
const err41 = {instancePath:instancePath+"/mcp",schemaPath:"#/$defs/Identifier/not",keyword:"not",params:{},message:"must NOT be valid",propertyName:key17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs85;
if(vErrors !== null){
if(_errs85){
vErrors.length = _errs85;
}
else {
vErrors = null;
}
}
}
if(errors === _errs83){
if(typeof key17 === "string"){
if(!pattern4.test(key17)){
const err42 = {instancePath:instancePath+"/mcp",schemaPath:"#/$defs/Identifier/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",propertyName:key17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/mcp",schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
var valid34 = _errs82 === errors;
if(!valid34){
const err44 = {instancePath:instancePath+"/mcp",schemaPath:"#/properties/mcp/propertyNames",keyword:"propertyNames",params:{propertyName: key17},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid34){
for(const key18 in data20){
const _errs88 = errors;
if(!(validate97(data20[key18], {instancePath:instancePath+"/mcp/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data20,parentDataProperty:key18,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
var valid37 = _errs88 === errors;
if(!valid37){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/mcp",schemaPath:"#/properties/mcp/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs80 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deploy !== undefined){
const _errs89 = errors;
if(!(validate106(data.deploy, {instancePath:instancePath+"/deploy",parentData:data,parentDataProperty:"deploy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
var valid0 = _errs89 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.migrations !== undefined){
let data23 = data.migrations;
const _errs90 = errors;
const _errs91 = errors;
if(errors === _errs91){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
const _errs93 = errors;
for(const key19 in data23){
if(!(key19 === "allow")){
validate20.errors = [{instancePath:instancePath+"/migrations",schemaPath:"#/$defs/Migrations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs93 === errors){
if(data23.allow !== undefined){
let data24 = data23.allow;
const _errs94 = errors;
if(errors === _errs94){
if(Array.isArray(data24)){
var valid40 = true;
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
let data25 = data24[i1];
const _errs96 = errors;
if(errors === _errs96){
if(typeof data25 === "string"){
if(func2(data25) < 1){
validate20.errors = [{instancePath:instancePath+"/migrations/allow/" + i1,schemaPath:"#/$defs/Migrations/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/migrations/allow/" + i1,schemaPath:"#/$defs/Migrations/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid40 = _errs96 === errors;
if(!valid40){
break;
}
}
if(valid40){
let i2 = data24.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data24[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate20.errors = [{instancePath:instancePath+"/migrations/allow",schemaPath:"#/$defs/Migrations/properties/allow/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"}];
return false;
break;
}
indices0[item0] = i2;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/migrations/allow",schemaPath:"#/$defs/Migrations/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/migrations",schemaPath:"#/$defs/Migrations/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs90 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.compatibility !== undefined){
let data26 = data.compatibility;
const _errs98 = errors;
const _errs99 = errors;
if(errors === _errs99){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing0;
if((data26.version === undefined) && (missing0 = "version")){
validate20.errors = [{instancePath:instancePath+"/compatibility",schemaPath:"#/$defs/Compatibility/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs101 = errors;
for(const key20 in data26){
if(!((key20 === "version") || (key20 === "allow"))){
validate20.errors = [{instancePath:instancePath+"/compatibility",schemaPath:"#/$defs/Compatibility/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs101 === errors){
if(data26.version !== undefined){
let data27 = data26.version;
const _errs102 = errors;
if(errors === _errs102){
if(typeof data27 === "string"){
if(func2(data27) < 1){
validate20.errors = [{instancePath:instancePath+"/compatibility/version",schemaPath:"#/$defs/Compatibility/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/compatibility/version",schemaPath:"#/$defs/Compatibility/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid43 = _errs102 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data26.allow !== undefined){
let data28 = data26.allow;
const _errs104 = errors;
if(errors === _errs104){
if(Array.isArray(data28)){
var valid44 = true;
const len2 = data28.length;
for(let i3=0; i3<len2; i3++){
let data29 = data28[i3];
const _errs106 = errors;
if(errors === _errs106){
if(typeof data29 === "string"){
if(func2(data29) < 1){
validate20.errors = [{instancePath:instancePath+"/compatibility/allow/" + i3,schemaPath:"#/$defs/Compatibility/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/compatibility/allow/" + i3,schemaPath:"#/$defs/Compatibility/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid44 = _errs106 === errors;
if(!valid44){
break;
}
}
if(valid44){
let i4 = data28.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data28[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
validate20.errors = [{instancePath:instancePath+"/compatibility/allow",schemaPath:"#/$defs/Compatibility/properties/allow/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"}];
return false;
break;
}
indices1[item1] = i4;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/compatibility/allow",schemaPath:"#/$defs/Compatibility/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid43 = _errs104 === errors;
}
else {
var valid43 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/compatibility",schemaPath:"#/$defs/Compatibility/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs98 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

