/**
 * The typed clients of the spec's external services (`service` blocks) and
 * the tracing module of the `ts-fastify` target:
 *
 * - `src/generated/clients/runtime.ts`: shared machinery (`clients-runtime.ts`);
 * - `src/generated/clients/<service>.ts`: one class per service, one async
 *   method per operation with typed input and output, resilience from the
 *   spec (timeout, retry, circuit breaker, fallback `fail` / `cache` / `custom`);
 * - `src/generated/clients/index.ts`: `readClientConfig(env)`,
 *   `createClients(config)`, `type Clients`, `type ClientConfig`;
 * - `src/extensions/fallbacks/<service>.ts` (scaffold) for `fallback custom`;
 * - `src/generated/tracing.ts`: `startTracing()` / `stopTracing()`.
 *
 * Retries apply to GET, PUT and DELETE only (safe to repeat); a service that
 * sets `retry` with POST/PATCH operations gets a warning. Code is built here
 * with the escaping helpers of `escape.ts` (every user string goes through
 * `tsString`, `tsComment` or `tsIdent`).
 */
import { createSpan } from '../../core/span.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/codes/ts-fastify-deploy.js';
import type { Entity, Enum, Service, ServiceModel, ServiceOperation, TypeRef } from '../../model/model.js';
import { upperFirst } from '../../model/naming.js';
import { entityContract, type ApiField, type ApiType } from '../api/shapes.js';
import type { OutputFile } from '../emitter.js';
import { tsComment, tsIdent, tsLineComment, tsString } from '../escape.js';
import { generatedHeader } from '../header.js';
import { CLIENT_RUNTIME } from './clients-runtime.js';

/** npm packages (exact versions) the generated clients need. */
export const CLIENT_DEPENDENCIES: Readonly<Record<string, string>> = {
  cockatiel: '3.2.1',
};

/**
 * npm packages (exact versions) of `tracing.ts` when the spec asks for
 * OpenTelemetry: the 0.57 line of the SDK (API 1.9, core 1.30) and the
 * instrumentations built against `@opentelemetry/instrumentation` 0.57.
 */
export const TRACING_DEPENDENCIES: Readonly<Record<string, string>> = {
  '@opentelemetry/api': '1.9.0',
  '@opentelemetry/sdk-node': '0.57.2',
  '@opentelemetry/exporter-trace-otlp-http': '0.57.2',
  '@opentelemetry/instrumentation': '0.57.2',
  '@opentelemetry/instrumentation-http': '0.57.2',
  '@opentelemetry/instrumentation-fastify': '0.44.2',
  '@opentelemetry/instrumentation-pg': '0.51.1',
};

/** The dependencies the files of `clientFiles` and `tracingFile` need for this model (sorted by name). */
export function clientDependencies(model: ServiceModel): Record<string, string> {
  const deps: Record<string, string> = {
    ...(model.services.length > 0 ? CLIENT_DEPENDENCIES : {}),
    ...(model.deploy.observability.tracing === 'otel' ? TRACING_DEPENDENCIES : {}),
  };
  return Object.fromEntries(Object.entries(deps).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The fallback scaffold files are written once, then belong to the user. */
const HEADER_SPEC = 'the spec';

// ---- names ----------------------------------------------------------------------

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property name: bare when it is an identifier, else a string literal. */
function propKey(name: string): string {
  return PLAIN_KEY.test(name) ? name : tsString(name);
}

/** `obj.name` or `obj["na-me"]`. */
function access(obj: string, name: string): string {
  return PLAIN_KEY.test(name) ? `${obj}.${name}` : `${obj}[${tsString(name)}]`;
}

/** A PascalCase type name from a spec name (`fraudCheck` → `FraudCheck`). */
function typeName(name: string): string {
  return upperFirst(tsIdent(name).replace(/_+$/, '') || 'X');
}

/** Hands out names unique within one file (case-sensitive), suffixing `_2`, `_3`… on a clash. */
function nameAllocator(reserved: Iterable<string>): (wanted: string) => string {
  const used = new Set(reserved);
  return (wanted) => {
    let name = wanted;
    for (let i = 2; used.has(name); i++) name = `${wanted}_${i}`;
    used.add(name);
    return name;
  };
}

/** File stems of the service clients: unique also on case-insensitive file systems, never `index` or `runtime`. */
function serviceFileStems(services: readonly Service[]): Map<string, string> {
  const taken = new Set(['index', 'runtime']);
  const stems = new Map<string, string>();
  for (const s of services) {
    const base = s.name.replace(/[^A-Za-z0-9_-]/g, '_') || 'service';
    let stem = base;
    for (let i = 2; taken.has(stem.toLowerCase()); i++) stem = `${base}_${i}`;
    taken.add(stem.toLowerCase());
    stems.set(s.name, stem);
  }
  return stems;
}

function docBlock(doc: string | undefined, indent = ''): string[] {
  if (doc === undefined || doc.trim() === '') return [];
  const lines = tsComment(doc).split('\n');
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`.trimEnd()), `${indent} */`];
}

// ---- types ----------------------------------------------------------------------

/** The TypeScript type of a scalar on the wire (decimals, bigints as the OpenAPI contract says). */
function scalarTs(type: string): string {
  switch (type) {
    case 'int': case 'float': case 'bigint': return 'number';
    case 'boolean': return 'boolean';
    case 'json': return 'unknown';
    default: return 'string'; // string, text, uuid, email, url, secret, date, datetime, decimal (precision), bytes (base64)
  }
}

/** Named types (enums, entity shapes) one service file declares, by spec name. */
interface TypeScope {
  readonly enums: Map<string, string>;
  readonly entities: Map<string, string>;
}

function apiTypeTs(type: ApiType, scope: TypeScope): string {
  return type.kind === 'enum' ? scope.enums.get(type.enum)! : scalarTs(type.type);
}

function listOf(t: string, list: boolean): string {
  return list ? `Array<${t}>` : t;
}

function typeRefTs(type: TypeRef, scope: TypeScope): string {
  const base = type.kind === 'scalar' ? scalarTs(type.type) : type.kind === 'enum' ? scope.enums.get(type.enum)! : scope.entities.get(type.entity)!;
  return listOf(base, type.list);
}

/** The enums and entities an operation's types reach (entity shapes reach their enum fields). */
function collectTypes(model: ServiceModel, service: Service): { enums: Enum[]; entities: Entity[] } {
  const enumNames = new Set<string>();
  const entityNames = new Set<string>();
  const visit = (t: TypeRef | undefined): void => {
    if (!t) return;
    if (t.kind === 'enum') enumNames.add(t.enum);
    if (t.kind === 'entity' && !entityNames.has(t.entity)) {
      entityNames.add(t.entity);
      const entity = model.entities.find((e) => e.name === t.entity);
      if (entity) for (const f of entityContract(entity).output) if (f.type.kind === 'enum') enumNames.add(f.type.enum);
    }
  };
  for (const op of service.operations) {
    for (const f of op.input) visit(f.type);
    visit(op.output);
  }
  return {
    enums: model.enums.filter((e) => enumNames.has(e.name)),
    entities: model.entities.filter((e) => entityNames.has(e.name)),
  };
}

function fieldLine(f: ApiField, scope: TypeScope): string {
  const t = listOf(apiTypeTs(f.type, scope), f.list);
  return `  readonly ${propKey(f.name)}${f.nullable ? '?' : ''}: ${t}${f.nullable ? ' | null' : ''};`;
}

// ---- one service ----------------------------------------------------------------

interface OperationView {
  readonly op: ServiceOperation;
  readonly method: string;
  readonly inputType: string;
  readonly outputType: string;
  readonly pathParams: string[];
  readonly idempotent: boolean;
}

function pathParamNames(path: string): string[] {
  return [...new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!))];
}

/** The service's client file. */
function serviceFile(model: ServiceModel, service: Service, specPath: string): string {
  const { enums, entities } = collectTypes(model, service);
  const client = typeName(service.name);
  const alloc = nameAllocator(['rt', 'fallbacks', 'OPTIONS', 'SERVICE']);
  const clientClass = alloc(`${client}Client`);
  const fallbacksType = alloc(`${client}Fallbacks`);
  const scope: TypeScope = {
    enums: new Map(enums.map((e) => [e.name, alloc(typeName(e.name))])),
    entities: new Map(entities.map((e) => [e.name, alloc(typeName(e.name))])),
  };
  const methodAlloc = nameAllocator(['constructor', 'baseUrl', 'resilience', 'cache', 'breaker', 'call']);
  const ops: OperationView[] = service.operations.map((op) => ({
    op,
    method: methodAlloc(tsIdent(op.name)),
    inputType: alloc(`${typeName(op.name)}Input`),
    outputType: op.output ? typeRefTs(op.output, scope) + (op.output.optional ? ' | null' : '') : 'void',
    pathParams: pathParamNames(op.path).filter((p) => op.input.some((f) => f.name === p)),
    idempotent: op.method === 'GET' || op.method === 'PUT' || op.method === 'DELETE',
  }));

  const out: string[] = [
    generatedHeader('ts', specPath).trimEnd(),
    ...docBlock(`Typed client of the external service \`${service.name}\`.${service.doc ? `\n\n${service.doc}` : ''}`),
    "import * as rt from './runtime.js';",
  ];
  if (service.fallback === 'custom') out.push(`import { fallbacks } from '../../extensions/fallbacks/${serviceFileStem(model, service)}.js';`);
  out.push('');

  for (const e of enums) {
    out.push(...docBlock(e.doc));
    const values = e.values.map((v) => tsString(v.name));
    out.push(`export type ${scope.enums.get(e.name)} = ${values.length > 0 ? values.join(' | ') : 'never'};`, '');
  }
  for (const e of entities) {
    out.push(...docBlock(e.doc));
    out.push(`export interface ${scope.entities.get(e.name)} {`);
    for (const f of entityContract(e).output) {
      out.push(...docBlock(f.doc, '  '), fieldLine(f, scope));
    }
    out.push('}', '');
  }
  for (const v of ops) {
    out.push(...docBlock(`Input of \`${service.name}.${v.op.name}\`.`));
    out.push(`export interface ${v.inputType} {`);
    for (const f of v.op.input) {
      const optional = f.type.optional || f.default !== undefined;
      out.push(...docBlock(f.doc, '  '));
      out.push(`  readonly ${propKey(f.name)}${optional ? '?' : ''}: ${typeRefTs(f.type, scope)}${f.type.optional ? ' | null' : ''};`);
    }
    out.push('}', '');
  }

  out.push(
    ...docBlock('What a `fallback custom` function may answer per operation when the service is unavailable; a missing one means the call fails with `ServiceUnavailableError`.'),
    `export interface ${fallbacksType} {`,
    ...ops.map((v) => `  readonly ${propKey(v.op.name)}?: (input: ${v.inputType}, error: rt.ServiceUnavailableError) => Promise<${v.outputType}> | ${v.outputType};`),
    '}',
    '',
    `const SERVICE = ${tsString(service.name)};`,
    '',
    '/** The resilience settings of the spec. */',
    'export const OPTIONS: rt.ResilienceOptions = {',
    `  timeoutMs: ${service.timeoutMs},`,
    `  retry: { count: ${service.retry.count}, backoff: ${tsString(service.retry.backoff)}, delayMs: ${service.retry.delayMs}, jitter: ${service.retry.jitter} },`,
    `  breaker: { failures: ${service.breaker.failures}, resetMs: ${service.breaker.resetMs} },`,
    '};',
    '',
  );

  const fallbackDoc =
    service.fallback === 'cache' ? 'When the service is unavailable, a call answers the last successful response to the same input (kept in a bounded in-memory LRU), else throws `ServiceUnavailableError`.'
    : service.fallback === 'custom' ? `When the service is unavailable, a call answers what \`src/extensions/fallbacks/${serviceFileStem(model, service)}.ts\` returns for the operation, else throws \`ServiceUnavailableError\`.`
    : 'When the service is unavailable, a call throws `ServiceUnavailableError`.';
  out.push(
    ...docBlock(
      `Client of \`${service.name}\`: timeout ${service.timeoutMs} ms per attempt; ` +
        `${service.retry.count} ${service.retry.backoff} retr${service.retry.count === 1 ? 'y' : 'ies'} from ${service.retry.delayMs} ms${service.retry.jitter ? ' with jitter' : ''} for GET, PUT and DELETE on network errors, timeouts, 5xx and 429; ` +
        `the circuit opens after ${service.breaker.failures} consecutive failures and lets a trial call through after ${service.breaker.resetMs} ms. ${fallbackDoc}`,
    ),
    `export class ${clientClass} {`,
    '  readonly resilience: rt.Resilience;',
    ...(service.fallback === 'cache' ? ['  private readonly cache = new rt.LruCache<unknown>(500);'] : []),
    '',
    '  constructor(private readonly baseUrl: string, options: rt.ResilienceOptions = OPTIONS) {',
    '    this.resilience = rt.createResilience(options);',
    '  }',
    '',
    '  /** The circuit breaker shared by every operation of the service (state, events). */',
    '  get breaker(): rt.Resilience[\'breaker\'] {',
    '    return this.resilience.breaker;',
    '  }',
    '',
  );
  ops.forEach((v, i) => {
    const spec = `{ service: SERVICE, operation: ${tsString(v.op.name)}, method: ${tsString(v.op.method)}, path: ${tsString(v.op.path)}, pathParams: [${v.pathParams.map((p) => tsString(p)).join(', ')}], input: { ...input }, hasOutput: ${v.op.output !== undefined} }`;
    out.push(...docBlock(`${v.op.doc ? `${v.op.doc}\n\n` : ''}\`${v.op.method} ${v.op.path}\`${v.idempotent ? '' : ' (not retried: repeating it may act twice)'}.`, '  '));
    out.push(`  async ${v.method}(input: ${v.inputType}): Promise<${v.outputType}> {`);
    out.push(`    const spec: rt.RequestSpec = ${spec};`);
    switch (service.fallback) {
      case 'cache':
        out.push(
          '    const key = rt.stableKey([spec.operation, spec.input]);',
          '    const value = await rt.call(this.baseUrl, this.resilience, spec, (s, error) => {',
          '      if (this.cache.has(key)) return Promise.resolve(this.cache.get(key));',
          '      return rt.failFallback(s, error);',
          '    }, (v) => this.cache.set(key, v));',
        );
        break;
      case 'custom':
        out.push(
          '    const value = await rt.call(this.baseUrl, this.resilience, spec, async (s, error) => {',
          `      const custom = ${access('fallbacks', v.op.name)};`,
          '      const unavailable = new rt.ServiceUnavailableError(s.service, s.operation, error);',
          '      if (custom === undefined) throw unavailable;',
          '      return custom(input, unavailable);',
          '    });',
        );
        break;
      default:
        out.push('    const value = await rt.call(this.baseUrl, this.resilience, spec, rt.failFallback);');
    }
    out.push(v.op.output ? `    return value as ${v.outputType};` : '    void value;');
    out.push('  }');
    if (i < ops.length - 1) out.push('');
  });
  out.push('}', '');
  return out.join('\n');
}

/** The file stem of a service's client (`clients/<stem>.ts`) and fallback scaffold. */
function serviceFileStem(model: ServiceModel, service: Service): string {
  return serviceFileStems(model.services).get(service.name)!;
}

function fallbackScaffold(model: ServiceModel, service: Service): string {
  const stem = serviceFileStem(model, service);
  const type = `${typeName(service.name)}Fallbacks`;
  const first = service.operations[0];
  return [
    `// What the client of the service \`${tsLineComment(service.name)}\` answers when the service is unavailable`,
    '// (down, timing out, circuit open): one function per operation, given the call\'s input and the error.',
    '// pab created this file once and never overwrites it. An operation without a function fails with',
    '// ServiceUnavailableError.',
    `import type { ${type} } from '../../generated/clients/${stem}.js';`,
    '',
    `export const fallbacks: ${type} = {`,
    ...(first ? [`  // ${propKey(first.name)}: async (input, error) => { throw error; },`] : []),
    '};',
    '',
  ].join('\n');
}

// ---- index.ts -------------------------------------------------------------------

function indexFile(model: ServiceModel, specPath: string): string {
  const stems = serviceFileStems(model.services);
  const alloc = nameAllocator(['ClientConfig', 'Clients', 'readClientConfig', 'createClients', 'checkUrl', 'ServiceUnavailableError', 'ServiceHttpError']);
  const imports = model.services.map((s) => ({ s, cls: alloc(`${typeName(s.name)}Client`), stem: stems.get(s.name)! }));
  const out: string[] = [
    generatedHeader('ts', specPath).trimEnd(),
    '/**',
    ' * The clients of the external services in the spec: their configuration read',
    ' * from the environment, and one client per service.',
    ' */',
    ...imports.map((i) => {
      const exported = `${typeName(i.s.name)}Client`;
      return `import { ${exported === i.cls ? exported : `${exported} as ${i.cls}`} } from './${i.stem}.js';`;
    }),
    ...(model.services.length > 0 ? ["export { ServiceHttpError, ServiceUnavailableError } from './runtime.js';"] : []),
    '',
    '/** The base URL of each service. */',
    'export interface ClientConfig {',
    ...model.services.map((s) => `  readonly ${propKey(s.name)}: { readonly url: string };`),
    '}',
    '',
    '/** One client per service. */',
    'export interface Clients {',
    ...imports.map((i) => `  readonly ${propKey(i.s.name)}: ${i.cls};`),
    '}',
    '',
    ...(model.services.length === 0 ? [] : [
      '/** An http(s) URL, or why not. */',
      'function checkUrl(value: string): string | undefined {',
      '  let url: URL;',
      '  try {',
      '    url = new URL(value);',
      '  } catch {',
      "    return 'is not a URL';",
      '  }',
      "  return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'is not an http or https URL';",
      '}',
      '',
    ]),
    '/** The services\' base URLs from the environment; one problem per missing or invalid variable, saying what it should be. */',
    'export function readClientConfig(env: Record<string, string | undefined>): { config: ClientConfig; problems: string[] } {',
    '  const problems: string[] = [];',
  ];
  if (!model.services.some((s) => s.url.kind === 'env')) out.push('  void env;');
  for (const s of model.services) {
    const what = `the base URL of the service ${s.name} (an http or https URL, e.g. https://${s.name.toLowerCase().replace(/[^a-z0-9-]/g, '-')}.internal)`;
    const v = `url_${tsIdent(s.name)}`;
    if (s.url.kind === 'env') {
      out.push(
        `  const ${v} = env[${tsString(s.url.name)}] ?? '';`,
        `  if (${v} === '') problems.push(${tsString(`${s.url.name} is not set: it must be ${what}.`)});`,
        `  else if (checkUrl(${v}) !== undefined) problems.push(${tsString(`${s.url.name} `)} + checkUrl(${v}) + ${tsString(`: it must be ${what}.`)});`,
      );
    } else {
      out.push(
        `  const ${v} = ${tsString(s.url.value)};`,
        `  if (checkUrl(${v}) !== undefined) problems.push(${tsString(`The URL of the service ${s.name} in the spec `)} + checkUrl(${v}) + '.');`,
      );
    }
  }
  out.push(
    '  return {',
    '    config: {',
    ...model.services.map((s) => `      ${propKey(s.name)}: { url: url_${tsIdent(s.name)} },`),
    '    },',
    '    problems,',
    '  };',
    '}',
    '',
    '/** One client per service, with the resilience settings of the spec. */',
    'export function createClients(config: ClientConfig): Clients {',
  );
  if (model.services.length === 0) out.push('  void config;');
  out.push(
    '  return {',
    ...imports.map((i) => `    ${propKey(i.s.name)}: new ${i.cls}(${access('config', i.s.name)}.url),`),
    '  };',
    '}',
    '',
  );
  return out.join('\n');
}

// ---- entry points ---------------------------------------------------------------

/** Optional context of `clientFiles`: where the files say they come from, and where warnings go. */
export interface ClientContext {
  readonly specPath?: string;
  readonly report?: (d: Diagnostic) => void;
}

/**
 * The client files: `src/generated/clients/{runtime,index,<service>}.ts`
 * (generated) and `src/extensions/fallbacks/<service>.ts` (scaffold, for
 * `fallback custom`). Paths are relative to the target's output folder.
 * Warns (`ts-fastify-retry-skipped`) about a service whose `retry` cannot
 * apply to its POST/PATCH operations.
 */
export function clientFiles(model: ServiceModel, ctx: ClientContext = {}): OutputFile[] {
  const specPath = ctx.specPath ?? HEADER_SPEC;
  const stems = serviceFileStems(model.services);
  const files: OutputFile[] = [
    { path: 'src/generated/clients/index.ts', content: indexFile(model, specPath), kind: 'generated' },
  ];
  if (model.services.length > 0) {
    files.push({ path: 'src/generated/clients/runtime.ts', content: `${generatedHeader('ts', specPath)}${CLIENT_RUNTIME}`, kind: 'generated' });
  }
  for (const s of model.services) {
    files.push({ path: `src/generated/clients/${stems.get(s.name)}.ts`, content: serviceFile(model, s, specPath), kind: 'generated' });
    if (s.fallback === 'custom') {
      files.push({ path: `src/extensions/fallbacks/${stems.get(s.name)}.ts`, content: fallbackScaffold(model, s), kind: 'scaffold' });
    }
    const unsafe = s.operations.filter((o) => o.method === 'POST' || o.method === 'PATCH');
    if (s.retry.count > 0 && unsafe.length > 0 && ctx.report) {
      ctx.report(diag('ts-fastify-retry-skipped', {
        service: s.name,
        operations: unsafe.map((o) => `\`${o.name}\``).join(', '),
      }, { span: createSpan(s.origin.file, s.origin.start, s.origin.end) }));
    }
  }
  return files;
}

/**
 * `src/generated/tracing.ts`: `startTracing()` starts the OpenTelemetry
 * NodeSDK (OTLP over HTTP; http, fastify and pg instrumentations) when the
 * spec's `observability.tracing` is `otel` and `OTEL_EXPORTER_OTLP_ENDPOINT`
 * is set; otherwise both functions do nothing. The instrumentations patch
 * modules loaded after `startTracing()` resolves (ESM loader hook), so the
 * entry point must import the app dynamically after it.
 */
export function tracingFile(model: ServiceModel, ctx: { readonly specPath?: string } = {}): OutputFile {
  const header = generatedHeader('ts', ctx.specPath ?? HEADER_SPEC).trimEnd();
  const path = 'src/generated/tracing.ts';
  if (model.deploy.observability.tracing !== 'otel') {
    return {
      path,
      kind: 'generated',
      content: [
        header,
        '/** Tracing is off: the spec\'s `deploy.observability.tracing` is `none`. */',
        'export async function startTracing(): Promise<void> {}',
        '',
        'export async function stopTracing(): Promise<void> {}',
        '',
      ].join('\n'),
    };
  }
  return {
    path,
    kind: 'generated',
    content: [
      header,
      '/**',
      ' * OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (e.g.',
      ' * http://otel-collector:4318). The exporter also reads the other standard',
      ' * OTEL_* variables (headers, timeout); OTEL_SERVICE_NAME overrides the name.',
      ' *',
      ' * Call startTracing() before importing the app: ESM modules are patched',
      ' * only when they are loaded after the loader hook is registered.',
      ' */',
      "import type { NodeSDK } from '@opentelemetry/sdk-node';",
      '',
      `const SERVICE_NAME = ${tsString(model.backend.name)};`,
      '',
      'let sdk: NodeSDK | undefined;',
      '',
      'export async function startTracing(): Promise<void> {',
      "  const endpoint = process.env['OTEL_EXPORTER_OTLP_ENDPOINT'];",
      "  if (endpoint === undefined || endpoint === '' || sdk !== undefined) return;",
      "  const { register } = await import('node:module');",
      "  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);",
      '  const [{ NodeSDK }, { OTLPTraceExporter }, { HttpInstrumentation }, { FastifyInstrumentation }, { PgInstrumentation }] = await Promise.all([',
      "    import('@opentelemetry/sdk-node'),",
      "    import('@opentelemetry/exporter-trace-otlp-http'),",
      "    import('@opentelemetry/instrumentation-http'),",
      "    import('@opentelemetry/instrumentation-fastify'),",
      "    import('@opentelemetry/instrumentation-pg'),",
      '  ]);',
      '  sdk = new NodeSDK({',
      "    serviceName: process.env['OTEL_SERVICE_NAME'] || SERVICE_NAME,",
      '    traceExporter: new OTLPTraceExporter(),',
      '    instrumentations: [new HttpInstrumentation(), new FastifyInstrumentation(), new PgInstrumentation()],',
      '  });',
      '  sdk.start();',
      '}',
      '',
      '/** Flushes and stops the exporter (graceful shutdown). */',
      'export async function stopTracing(): Promise<void> {',
      '  const running = sdk;',
      '  sdk = undefined;',
      '  await running?.shutdown();',
      '}',
      '',
    ].join('\n'),
  };
}
