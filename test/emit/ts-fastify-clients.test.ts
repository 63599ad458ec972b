/**
 * The typed clients of external services and the tracing module of the
 * `ts-fastify` target (`src/emit/ts-fastify/clients.ts`). The generated files
 * of the bank example (four services), the conformance fixture (none) and the
 * hostile-strings fixture are type-checked with the TypeScript compiler API
 * (strict, plus the stricter flags a generated project may turn on) against
 * the real packages, and the bank clients are RUN against a local HTTP server:
 * success, timeout then retry, 5xx retries then an open circuit that fails
 * fast, half-opens after resetMs and closes on success, POST not retried,
 * the cache fallback, a custom fallback, and readClientConfig's problems.
 *
 * The packages (cockatiel and OpenTelemetry, pinned in clients.ts) are
 * installed once into node_modules/.cache/pab-clients-test/<hash>; without a
 * reachable npm registry the tests that need them are skipped, saying so.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHost } from '../../src/core/host.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { CLIENT_DEPENDENCIES, clientDependencies, clientFiles, TRACING_DEPENDENCIES, tracingFile } from '../../src/emit/ts-fastify/clients.js';
import type { OutputFile } from '../../src/emit/emitter.js';
import type { ServiceModel } from '../../src/model/model.js';
import { validateSpec } from '../../src/pipeline.js';
import { modelOf } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BANK = 'examples/bank/backend.pab';
const CONFORMANCE = 'test/fixtures/golden/conformance/input.pab';
const HOSTILE = 'test/fixtures/golden/hostile-strings/input.pab';

function load(spec: string): ServiceModel {
  const result = validateSpec(createNodeHost(), join(ROOT, spec));
  if (!result.model) throw new Error(`${spec} does not check`);
  return result.model;
}

function generate(model: ServiceModel, spec: string): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files = [...clientFiles(model, { specPath: spec, report: (d) => diagnostics.push(d) }), tracingFile(model, { specPath: spec })];
  return { files, diagnostics };
}

// ---- the packages the generated code imports ---------------------------------------

const DEPS = { ...CLIENT_DEPENDENCIES, ...TRACING_DEPENDENCIES };

/** node_modules with the pinned packages, installed once per set of versions; undefined (with the reason) when npm cannot install them. */
function installDeps(): { dir?: string; reason?: string } {
  const hash = createHash('sha256').update(JSON.stringify(DEPS)).digest('hex').slice(0, 16);
  const dir = join(ROOT, 'node_modules/.cache/pab-clients-test', hash);
  const done = join(dir, '.complete');
  if (existsSync(done)) return { dir: join(dir, 'node_modules') };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'pab-clients-test', private: true }));
  const specs = Object.entries(DEPS).map(([name, version]) => `${name}@${version}`);
  const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, ...specs], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (r.status !== 0) return { reason: `npm install failed (registry unreachable?): ${(r.stderr || String(r.error)).slice(-400)}` };
  writeFileSync(done, '');
  return { dir: join(dir, 'node_modules') };
}

/** Writes files under a fresh temp folder with node_modules linked to the installed packages. */
function writeProject(files: readonly OutputFile[], modules: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pab-clients-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'generated', private: true, type: 'module' }));
  symlinkSync(modules, join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Type errors of the project's .ts files under the strictest settings a generated project may use. */
function typeCheck(dir: string, files: readonly OutputFile[]): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    noPropertyAccessFromIndexSignature: true,
    exactOptionalPropertyTypes: true,
    noImplicitOverride: true,
    noImplicitReturns: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules/@types')],
  };
  const roots = files.filter((f) => f.path.endsWith('.ts')).map((f) => join(dir, f.path));
  const program = ts.createProgram(roots, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}

const deps = process.env['PAB_SKIP_NPM'] === '1' ? { reason: 'PAB_SKIP_NPM=1' } : installDeps();
if (deps.reason) console.warn(`ts-fastify clients: skipping the type-check and run tests: ${deps.reason}`);
const withDeps = describe.skipIf(deps.dir === undefined);

/** Names that are keywords, a doc that ends comments, a path with backticks and `${`. */
const ODD_SPEC = `backend Odd {
  database postgres
}

entity Item {
  name string
}

/// Ends */ a comment, has \${x} and "quotes" \\ and \`ticks\`.
service delete {
  url env(lower_url)
  fallback cache
  retry {
    count 1
  }

  /// Method named like a keyword; */ again.
  operation class {
    method GET
    path "/x/{new}?a=\`\${y}\`"
    input {
      new string
      default int?
    }
    output Item[]
  }

  operation index {
    method DELETE
    path "/index"
  }
}
`;

// ---- what is generated ------------------------------------------------------------------

describe('client files', () => {
  it('writes one client per service, the shared runtime, the index and a fallback scaffold for fallback custom', () => {
    const { files, diagnostics } = generate(load(BANK), BANK);
    expect(files.map((f) => `${f.path} ${f.kind}`)).toEqual([
      'src/generated/clients/index.ts generated',
      'src/generated/clients/runtime.ts generated',
      'src/generated/clients/ledger.ts generated',
      'src/generated/clients/fraudCheck.ts generated',
      'src/extensions/fallbacks/fraudCheck.ts scaffold',
      'src/generated/clients/fxRates.ts generated',
      'src/generated/clients/compliance.ts generated',
      'src/generated/tracing.ts generated',
    ]);
    // The POST operations of services with retries are attempted once, and the spec's author is told.
    expect(diagnostics.map((d) => `${d.code} ${d.message.split('`')[1]}`)).toEqual([
      'ts-fastify-retry-skipped ledger',
      'ts-fastify-retry-skipped fraudCheck',
      'ts-fastify-retry-skipped compliance',
    ]);
    for (const d of diagnostics) expect(d.span).toBeDefined();
  });

  it('writes only the index (empty clients) without services, and a no-op tracing module without otel', () => {
    const model = load(CONFORMANCE);
    expect(model.services).toEqual([]);
    const { files } = generate(model, CONFORMANCE);
    expect(files.map((f) => f.path)).toEqual(['src/generated/clients/index.ts', 'src/generated/tracing.ts']);
    expect(files[0]!.content).toContain('export interface Clients {\n}');
    expect(files[1]!.content).not.toContain('@opentelemetry');
    expect(clientDependencies(model)).toEqual({});
  });

  it('lists exact dependency versions', () => {
    expect(clientDependencies(load(BANK))).toEqual({ ...CLIENT_DEPENDENCIES, ...TRACING_DEPENDENCIES });
    for (const v of Object.values(DEPS)) expect(v).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is deterministic', () => {
    expect(generate(load(BANK), BANK).files).toEqual(generate(load(BANK), BANK).files);
  });

  it('escapes hostile names, paths and docs', () => {
    const model = modelOf(ODD_SPEC);
    const { files } = generate(model, 'odd"*/.pab');
    const client = files.find((f) => f.path === 'src/generated/clients/delete.ts')!.content;
    expect(client).toContain('async class_(input: ClassInput): Promise<Array<Item>>');
    expect(client).toContain('path: "/x/{new}?a=\\`\\${y}\\`"');
    expect(client).not.toMatch(/\*\/ a comment/);
    const index = files.find((f) => f.path === 'src/generated/clients/index.ts')!.content;
    expect(index).toContain('readonly delete: DeleteClient;');
    expect(index).toContain('env["lower_url"]');
  });
});

// ---- type-check and run ---------------------------------------------------------------------

withDeps('generated clients type-check', () => {
  for (const spec of [BANK, CONFORMANCE, HOSTILE]) {
    it(`type-checks the clients and tracing of ${spec}`, () => {
      const { files } = generate(load(spec), spec);
      const dir = writeProject(files, deps.dir!);
      try {
        expect(typeCheck(dir, files)).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  }

  it('type-checks the clients of a spec with hostile names', () => {
    const { files } = generate(modelOf(ODD_SPEC), 'odd.pab');
    const dir = writeProject(files, deps.dir!);
    try {
      expect(typeCheck(dir, files)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('type-checks a user fallback against the generated types', () => {
    const { files } = generate(load(BANK), BANK);
    const user = files.map((f) => f.path === 'src/extensions/fallbacks/fraudCheck.ts'
      ? { ...f, content: f.content.replace('export const fallbacks: FraudCheckFallbacks = {', "export const fallbacks: FraudCheckFallbacks = {\n  screen: (input) => (Number(input.amount) < 100 ? 'APPROVED' : 'MAYBE'),") }
      : f);
    const dir = writeProject(user, deps.dir!);
    try {
      const errors = typeCheck(dir, user).join('\n');
      expect(errors).toContain('"MAYBE"'); // not a ScreeningVerdict
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** A scripted HTTP server: each request is answered by `handler`, and every request is recorded. */
interface Stub {
  readonly url: string;
  readonly hits: { method: string; url: string; body: string }[];
  handler: (req: IncomingMessage, body: string, res: ServerResponse) => void;
  close(): Promise<void>;
}

async function stubServer(): Promise<Stub> {
  const stub: Partial<Stub> & { hits: Stub['hits']; handler: Stub['handler'] } = {
    hits: [],
    handler: (_req, _body, res) => res.writeHead(404).end(),
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      stub.hits.push({ method: req.method!, url: req.url!, body });
      stub.handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  }) as Stub;
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

withDeps('generated clients at run time (bank example)', () => {
  let dir: string;
  let stub: Stub;
  let mod: {
    index: any;
    fx: any;
    ledger: any;
    fraud: any;
    runtime: any;
  };

  beforeAll(async () => {
    const { files } = generate(load(BANK), BANK);
    const custom = files.map((f) => f.path === 'src/extensions/fallbacks/fraudCheck.ts'
      ? { ...f, content: f.content.replace('export const fallbacks: FraudCheckFallbacks = {', "export const fallbacks: FraudCheckFallbacks = {\n  screen: (input) => (Number(input.amount) < 100 ? 'APPROVED' : 'REVIEW'),") }
      : f);
    dir = writeProject(custom, deps.dir!);
    const imp = (p: string) => import(pathToFileURL(join(dir, p)).href);
    mod = {
      index: await imp('src/generated/clients/index.ts'),
      fx: await imp('src/generated/clients/fxRates.ts'),
      ledger: await imp('src/generated/clients/ledger.ts'),
      fraud: await imp('src/generated/clients/fraudCheck.ts'),
      runtime: await imp('src/generated/clients/runtime.ts'),
    };
    stub = await stubServer();
  }, 60_000);

  afterAll(async () => {
    await stub?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const fast = (over: object = {}) => ({
    timeoutMs: 150,
    retry: { count: 2, backoff: 'exponential', delayMs: 20, jitter: false },
    breaker: { failures: 3, resetMs: 300 },
    ...over,
  });

  it('reports each missing or invalid URL variable', () => {
    const { problems } = mod.index.readClientConfig({ LEDGER_URL: 'ftp://ledger', FX_RATES_URL: 'not a url', COMPLIANCE_GATEWAY_URL: 'https://c.example' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^LEDGER_URL is not an http or https URL: it must be the base URL of the service ledger/);
    expect(problems[1]).toMatch(/^FRAUD_CHECK_URL is not set: it must be the base URL of the service fraudCheck/);
    expect(problems[2]).toMatch(/^FX_RATES_URL is not a URL/);
    const ok = mod.index.readClientConfig({ LEDGER_URL: stub.url, FRAUD_CHECK_URL: stub.url, FX_RATES_URL: stub.url, COMPLIANCE_GATEWAY_URL: stub.url });
    expect(ok.problems).toEqual([]);
    const clients = mod.index.createClients(ok.config);
    expect(Object.keys(clients)).toEqual(['ledger', 'fraudCheck', 'fxRates', 'compliance']);
  });

  it('calls the service: path parameters, query and JSON body', async () => {
    stub.hits.length = 0;
    stub.handler = (req, _body, res) => (req.method === 'GET' ? json(res, 200, '1.08500000') : json(res, 201, 'posting-1'));
    const clients = mod.index.createClients(mod.index.readClientConfig({ LEDGER_URL: `${stub.url}/api/`, FRAUD_CHECK_URL: stub.url, FX_RATES_URL: stub.url, COMPLIANCE_GATEWAY_URL: stub.url }).config);
    expect(await clients.fxRates.rate({ base: 'EUR', quote: 'USD' })).toBe('1.08500000');
    const input = { transferId: '8d6f0b8e-3b59-4c1e-9d9e-6d7b5f3f0a11', debitIban: 'DE1', creditIban: 'DE2', amount: '10.00', currency: 'EUR' };
    expect(await clients.ledger.postTransfer(input)).toBe('posting-1');
    await clients.ledger.reverseTransfer({ transferId: 'a/b', reason: 'oops' });
    expect(stub.hits).toEqual([
      { method: 'GET', url: '/rates/EUR/USD', body: '' },
      { method: 'POST', url: '/api/postings', body: JSON.stringify(input) },
      { method: 'POST', url: '/api/postings/a%2Fb/reversal', body: JSON.stringify({ reason: 'oops' }) },
    ]);
  });

  it('times out a slow attempt and retries it', async () => {
    stub.hits.length = 0;
    let n = 0;
    stub.handler = (_req, _body, res) => {
      n += 1;
      if (n === 1) setTimeout(() => json(res, 200, 'late'), 600);
      else json(res, 200, '1.1');
    };
    const client = new mod.fx.FxRatesClient(stub.url, fast());
    const started = Date.now();
    expect(await client.rate({ base: 'EUR', quote: 'GBP' })).toBe('1.1');
    expect(stub.hits).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(550);
  });

  it('retries 5xx with backoff, opens the circuit (fails fast), half-opens after resetMs and closes on success', async () => {
    stub.hits.length = 0;
    const times: number[] = [];
    stub.handler = (_req, _body, res) => {
      times.push(Date.now());
      json(res, 503, { title: 'down' });
    };
    const client = new mod.fx.FxRatesClient(stub.url, fast());
    // 1 attempt + 2 retries, all 503: three consecutive failures open the circuit; no cached value → unavailable.
    await expect(client.rate({ base: 'AAA', quote: 'BBB' })).rejects.toMatchObject({ name: 'ServiceUnavailableError', service: 'fxRates', operation: 'rate' });
    expect(stub.hits).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(15); // 20 ms
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(35); // 40 ms (exponential)
    expect(client.breaker.state).toBe(1); // CircuitState.Open

    // Open: fails fast without calling the service.
    const before = Date.now();
    await expect(client.rate({ base: 'AAA', quote: 'BBB' })).rejects.toThrow(/circuit open/);
    expect(stub.hits).toHaveLength(3);
    expect(Date.now() - before).toBeLessThan(100);

    // After resetMs, one trial call goes through; it succeeds, so the circuit closes.
    await sleep(350);
    stub.handler = (_req, _body, res) => json(res, 200, '2.0');
    expect(await client.rate({ base: 'AAA', quote: 'BBB' })).toBe('2.0');
    expect(stub.hits).toHaveLength(4);
    expect(client.breaker.state).toBe(0); // CircuitState.Closed
  });

  it('does not retry a POST, and does not retry or count a 4xx', async () => {
    stub.hits.length = 0;
    stub.handler = (_req, _body, res) => json(res, 500, {});
    const ledger = new mod.ledger.LedgerClient(stub.url, fast({ retry: { count: 3, backoff: 'constant', delayMs: 1, jitter: false } }));
    const input = { transferId: 't', debitIban: 'a', creditIban: 'b', amount: '1.00', currency: 'EUR' };
    await expect(ledger.postTransfer(input)).rejects.toBeInstanceOf(mod.runtime.ServiceUnavailableError);
    expect(stub.hits).toHaveLength(1);

    stub.hits.length = 0;
    stub.handler = (_req, _body, res) => json(res, 404, { title: 'no such rate' });
    const fx = new mod.fx.FxRatesClient(stub.url, fast());
    for (let i = 0; i < 4; i++) {
      await expect(fx.rate({ base: 'XXX', quote: 'YYY' })).rejects.toMatchObject({ name: 'ServiceHttpError', status: 404 });
    }
    expect(stub.hits).toHaveLength(4);
    expect(fx.breaker.state).toBe(0);
  });

  it('answers the last good value for the same input when the service is down (fallback cache)', async () => {
    stub.handler = (_req, _body, res) => json(res, 200, '0.91');
    const fx = new mod.fx.FxRatesClient(stub.url, fast({ retry: { count: 0, backoff: 'constant', delayMs: 1, jitter: false } }));
    expect(await fx.rate({ base: 'USD', quote: 'EUR' })).toBe('0.91');
    stub.handler = (req) => req.socket.destroy(); // network failure
    expect(await fx.rate({ quote: 'EUR', base: 'USD' })).toBe('0.91');
    await expect(fx.rate({ base: 'USD', quote: 'JPY' })).rejects.toBeInstanceOf(mod.runtime.ServiceUnavailableError);
  });

  it('answers what the user fallback returns (fallback custom)', async () => {
    stub.handler = (_req, _body, res) => json(res, 502, {});
    const fraud = new mod.fraud.FraudCheckClient(stub.url, fast());
    const input = { transferId: 't', sourceIban: 'a', targetIban: 'b', currency: 'EUR' };
    expect(await fraud.screen({ ...input, amount: '50.00' })).toBe('APPROVED');
    expect(await fraud.screen({ ...input, amount: '5000.00' })).toBe('REVIEW');
  });

  it('computes backoff delays: exponential, linear, constant, jitter within ±50%', () => {
    const d = (backoff: string, attempt: number, jitter = false, random = () => 0.5) =>
      mod.runtime.backoffDelay({ count: 5, backoff, delayMs: 100, jitter }, attempt, random);
    expect([1, 2, 3].map((a) => d('exponential', a))).toEqual([100, 200, 400]);
    expect([1, 2, 3].map((a) => d('linear', a))).toEqual([100, 200, 300]);
    expect([1, 2, 3].map((a) => d('constant', a))).toEqual([100, 100, 100]);
    expect(d('exponential', 30)).toBe(30_000);
    expect(d('constant', 1, true, () => 0)).toBe(50);
    expect(d('constant', 1, true, () => 0.999)).toBe(150);
  });

  it('keeps the cache bounded, least recently used out first', () => {
    const lru = new mod.runtime.LruCache(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect([lru.has('a'), lru.has('b'), lru.has('c'), lru.size]).toEqual([true, false, true, 2]);
  });
});

withDeps('generated tracing (bank example, otel)', () => {
  it('does nothing without OTEL_EXPORTER_OTLP_ENDPOINT and exports spans over OTLP/HTTP with it', async () => {
    const { files } = generate(load(BANK), BANK);
    const dir = writeProject(files, deps.dir!);
    const collector = await stubServer();
    collector.handler = (_req, _body, res) => json(res, 200, {});
    try {
      const script = [
        "import { startTracing, stopTracing } from './src/generated/tracing.ts';",
        'await startTracing();',
        "const http = await import('node:http');",
        'const server = http.createServer((_q, r) => r.end("ok"));',
        "await new Promise((r) => server.listen(0, '127.0.0.1', r));",
        "await fetch('http://127.0.0.1:' + server.address().port + '/x');",
        'await new Promise((r) => http.get("http://127.0.0.1:" + server.address().port + "/y", (res) => { res.resume(); res.on("end", r); }));',
        'server.close();',
        'await stopTracing();',
      ].join('\n');
      writeFileSync(join(dir, 'run.mts'), script);
      const tsx = join(ROOT, 'node_modules/.bin/tsx');
      const run = (env: Record<string, string>) => spawnSync(tsx, ['run.mts'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
      const off = run({ OTEL_EXPORTER_OTLP_ENDPOINT: '' });
      expect(off.stderr).toBe('');
      expect(off.status).toBe(0);
      expect(collector.hits).toEqual([]);
      // spawnSync blocks this process, so the collector cannot answer while the child runs:
      // run it asynchronously instead.
      const { spawn } = await import('node:child_process');
      const child = spawn(tsx, ['run.mts'], { cwd: dir, env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SERVICE_NAME: '' } });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const traces = collector.hits.filter((h) => h.method === 'POST' && h.url === '/v1/traces');
      expect(traces.length).toBeGreaterThan(0);
      expect(traces.map((t) => t.body).join('')).toContain('Bank');
    } finally {
      await collector.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('the cache folder', () => {
  it.skipIf(deps.dir === undefined)('holds the pinned versions', () => {
    for (const [name, version] of Object.entries(DEPS)) {
      const pkg = JSON.parse(readFileSync(join(deps.dir!, name, 'package.json'), 'utf8')) as { version: string };
      expect(`${name}@${pkg.version}`).toBe(`${name}@${version}`);
    }
  });
});
