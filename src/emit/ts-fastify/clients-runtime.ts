/**
 * The source of `src/generated/clients/runtime.ts` in the generated service:
 * what every typed client of an external service shares — the HTTP call
 * (`fetch`), the error types, the resilience policies (cockatiel 3: timeout,
 * retry with backoff and jitter, circuit breaker) and the bounded LRU cache
 * of the `cache` fallback. It holds no spec data, so it is a constant; the
 * per-service files (`clients.ts`) configure it.
 *
 * Kept free of backticks and dollar-brace so it can live in this template literal.
 */
export const CLIENT_RUNTIME = `/**
 * Shared machinery of the typed clients of external services: HTTP over
 * fetch, errors, and resilience (timeout, retry with backoff and jitter,
 * circuit breaker, fallback) with cockatiel.
 */
import {
  BrokenCircuitError, ConsecutiveBreaker, DelegateBackoff, TaskCancelledError, TimeoutStrategy,
  circuitBreaker, handleWhen, retry, timeout, wrap, type CircuitBreakerPolicy, type IPolicy,
} from 'cockatiel';

/** The service could not answer (down, timing out, circuit open) and no fallback value was available. */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
  constructor(
    readonly service: string,
    readonly operation: string,
    override readonly cause: unknown,
  ) {
    super('The service ' + service + ' is unavailable (' + operation + '): ' + describe(cause));
  }
}

/** The service answered with an error status. 5xx and 429 are retried (idempotent methods) and count toward the circuit breaker; other 4xx are the caller's problem and are thrown as they are. */
export class ServiceHttpError extends Error {
  override readonly name = 'ServiceHttpError';
  constructor(
    readonly service: string,
    readonly operation: string,
    readonly status: number,
    readonly body: string,
  ) {
    super('The service ' + service + ' answered ' + String(status) + ' to ' + operation);
  }
}

function describe(error: unknown): string {
  if (error instanceof TaskCancelledError) return 'timed out';
  if (error instanceof BrokenCircuitError) return 'circuit open after repeated failures';
  return error instanceof Error ? error.message : String(error);
}

/** A failure that says the service is in trouble (not that the request was wrong): network errors, timeouts, 5xx, 429. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ServiceHttpError) return error.status >= 500 || error.status === 429;
  if (error instanceof BrokenCircuitError) return false;
  if (error instanceof TaskCancelledError) return true;
  // fetch rejects with a TypeError on network failures (refused, reset, DNS).
  return error instanceof TypeError || (error instanceof Error && error.name === 'AbortError');
}

/** Whether a failure should be answered by the fallback: the service is unavailable, not a 4xx answer. */
export function isUnavailable(error: unknown): boolean {
  return isTransient(error) || error instanceof BrokenCircuitError;
}

export interface ResilienceOptions {
  readonly timeoutMs: number;
  readonly retry: { readonly count: number; readonly backoff: 'exponential' | 'linear' | 'constant'; readonly delayMs: number; readonly jitter: boolean };
  readonly breaker: { readonly failures: number; readonly resetMs: number };
}

/** The longest wait between two attempts. */
const MAX_DELAY_MS = 30_000;

/** The delay before retry number attempt (1-based). */
export function backoffDelay(options: ResilienceOptions['retry'], attempt: number, random: () => number = Math.random): number {
  const base =
    options.backoff === 'exponential' ? options.delayMs * 2 ** (attempt - 1)
    : options.backoff === 'linear' ? options.delayMs * attempt
    : options.delayMs;
  const capped = Math.min(base, MAX_DELAY_MS);
  // Jitter: anywhere between half and one and a half times the delay, so clients do not retry in lockstep.
  return Math.round(options.jitter ? capped * (0.5 + random()) : capped);
}

/** The policies of one service: one circuit breaker shared by all its operations. */
export interface Resilience {
  readonly breaker: CircuitBreakerPolicy;
  /** For idempotent operations (GET, PUT, DELETE): retry, then breaker, then a timeout per attempt. */
  readonly idempotent: IPolicy;
  /** For POST and PATCH: breaker and timeout, attempted once. */
  readonly once: IPolicy;
}

export function createResilience(options: ResilienceOptions): Resilience {
  const perAttempt = timeout(options.timeoutMs, TimeoutStrategy.Aggressive);
  const breaker = circuitBreaker(handleWhen(isTransient), {
    halfOpenAfter: options.breaker.resetMs,
    breaker: new ConsecutiveBreaker(options.breaker.failures),
  });
  const retries = retry(handleWhen(isTransient), {
    maxAttempts: options.retry.count,
    backoff: new DelegateBackoff((context: { attempt: number }) => backoffDelay(options.retry, context.attempt)),
  });
  return {
    breaker,
    idempotent: options.retry.count > 0 ? wrap(retries, breaker, perAttempt) : wrap(breaker, perAttempt),
    once: wrap(breaker, perAttempt),
  };
}

/** A bounded map that forgets the least recently used entry first. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  has(key: string): boolean {
    return this.entries.has(key);
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }
  get size(): number {
    return this.entries.size;
  }
}

/** JSON with sorted object keys: the same input always gives the same cache key. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  ) ?? 'undefined';
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestSpec {
  readonly service: string;
  readonly operation: string;
  readonly method: HttpMethod;
  /** The path template, e.g. /postings/{transferId}/reversal. */
  readonly path: string;
  /** Input fields that fill the path template. */
  readonly pathParams: readonly string[];
  readonly input: Readonly<Record<string, unknown>>;
  /** Whether the operation answers a body. */
  readonly hasOutput: boolean;
}

function queryValue(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The URL of a call: path parameters filled (encoded), other fields in the query string for GET and DELETE. */
export function requestUrl(baseUrl: string, spec: RequestSpec): string {
  let path = spec.path;
  for (const name of spec.pathParams) {
    path = path.split('{' + name + '}').join(encodeURIComponent(String(spec.input[name] ?? '')));
  }
  const url = baseUrl.replace(/\\/+$/, '') + (path.startsWith('/') ? path : '/' + path);
  if (spec.method !== 'GET' && spec.method !== 'DELETE') return url;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(spec.input)) {
    if (spec.pathParams.includes(name) || value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) query.append(name, queryValue(item));
    else query.append(name, queryValue(value));
  }
  const qs = query.toString();
  return qs === '' ? url : url + (url.includes('?') ? '&' : '?') + qs;
}

/** One HTTP attempt: JSON in, JSON (or text) out; an error status becomes a ServiceHttpError. */
export async function send(baseUrl: string, spec: RequestSpec, signal: AbortSignal): Promise<unknown> {
  const hasBody = spec.method === 'POST' || spec.method === 'PUT' || spec.method === 'PATCH';
  const body: Record<string, unknown> = {};
  if (hasBody) for (const [name, value] of Object.entries(spec.input)) if (!spec.pathParams.includes(name)) body[name] = value;
  const response = await fetch(requestUrl(baseUrl, spec), {
    method: spec.method,
    headers: hasBody ? { accept: 'application/json', 'content-type': 'application/json' } : { accept: 'application/json' },
    ...(hasBody ? { body: JSON.stringify(body) } : {}),
    signal,
  });
  const text = await response.text();
  if (!response.ok) throw new ServiceHttpError(spec.service, spec.operation, response.status, text.slice(0, 2000));
  if (!spec.hasOutput || text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? (JSON.parse(text) as unknown) : text;
}

/** How a service's client answers when the service is unavailable. */
export type FallbackHandler = (spec: RequestSpec, error: unknown) => Promise<unknown>;

/** Runs a call through the service's policies, then the fallback when the service is unavailable. */
export async function call(
  baseUrl: string,
  resilience: Resilience,
  spec: RequestSpec,
  fallback: FallbackHandler,
  onSuccess?: (value: unknown) => void,
): Promise<unknown> {
  const idempotent = spec.method === 'GET' || spec.method === 'PUT' || spec.method === 'DELETE';
  const policy = idempotent ? resilience.idempotent : resilience.once;
  try {
    const value = await policy.execute(({ signal }) => send(baseUrl, spec, signal));
    onSuccess?.(value);
    return value;
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    return fallback(spec, error);
  }
}

/** The fallback fail: a typed error. */
export function failFallback(spec: RequestSpec, error: unknown): Promise<never> {
  return Promise.reject(new ServiceUnavailableError(spec.service, spec.operation, error));
}
`;
