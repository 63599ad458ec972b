/**
 * The behavioural parts of the IR: CQRS aggregates (commands, events),
 * projections, sagas, external services, named queries, MCP servers and
 * deployment. Durations are in milliseconds; defaults are applied.
 */
import type { AccessRule, Condition, QueryParam } from './expr.js';
import type { DataField, EnvValue, OrderItem, Origin, TypeRef } from './types.js';
import type { HttpMethod } from './api.js';

export interface Aggregate {
  readonly name: string;
  readonly doc?: string;
  /** The entity holding the current state, if any. */
  readonly entity?: string;
  readonly commands: readonly Command[];
  readonly events: readonly Event[];
  /** Absent means no snapshots. */
  readonly snapshotEvery?: number;
  readonly origin: Origin;
}

/** Command names are unique across all aggregates. */
export interface Command {
  readonly name: string;
  readonly aggregate: string;
  readonly doc?: string;
  readonly input: readonly DataField[];
  /** Event names (each declared in some aggregate). */
  readonly emits: readonly string[];
  /** Defaults like a resource operation: `authenticated` with auth, else `public`. */
  readonly access: AccessRule;
  readonly origin: Origin;
}

/** Event names are unique across all aggregates (events are global). */
export interface Event {
  readonly name: string;
  readonly aggregate: string;
  readonly doc?: string;
  readonly fields: readonly DataField[];
  readonly origin: Origin;
}

export interface Projection {
  readonly name: string;
  readonly doc?: string;
  /** Source event names. */
  readonly from: readonly string[];
  /** The field identifying a row; one of `fields`. */
  readonly key: string;
  readonly fields: readonly DataField[];
  readonly origin: Origin;
}

/** What a saga step invokes. */
export type StepTarget =
  | { readonly kind: 'service'; readonly service: string; readonly operation: string }
  | { readonly kind: 'command'; readonly aggregate: string; readonly command: string };

export interface Saga {
  readonly name: string;
  readonly doc?: string;
  readonly trigger: { readonly kind: 'event' | 'command'; readonly name: string };
  readonly steps: readonly SagaStep[];
  /** Defaults to `compensate`. */
  readonly onFailure: 'compensate' | 'halt';
  /** Absent means no overall deadline. */
  readonly timeoutMs?: number;
  readonly origin: Origin;
}

export interface SagaStep {
  readonly name: string;
  readonly doc?: string;
  readonly do: StepTarget;
  readonly compensate?: StepTarget;
  /** Defaults to 30s. */
  readonly timeoutMs: number;
  /** Retries after the first attempt; defaults to 0. */
  readonly retry: number;
  readonly origin: Origin;
}

export interface Service {
  readonly name: string;
  readonly doc?: string;
  readonly url: EnvValue;
  /** Defaults to 5s. */
  readonly timeoutMs: number;
  /** Defaults to no retries (count 0, exponential, 100ms, jitter). */
  readonly retry: {
    readonly count: number;
    readonly backoff: 'exponential' | 'linear' | 'constant';
    readonly delayMs: number;
    readonly jitter: boolean;
  };
  /** Defaults to 5 failures, reset after 30s. */
  readonly breaker: { readonly failures: number; readonly resetMs: number };
  /** Defaults to `fail`. */
  readonly fallback: 'fail' | 'cache' | 'custom';
  readonly operations: readonly ServiceOperation[];
  readonly origin: Origin;
}

export interface ServiceOperation {
  readonly name: string;
  readonly doc?: string;
  /** Defaults to POST. */
  readonly method: HttpMethod;
  /** Defaults to `/<name>`. */
  readonly path: string;
  readonly input: readonly DataField[];
  /** Absent means no response body. */
  readonly output?: TypeRef;
  readonly origin: Origin;
}

export interface Query {
  readonly name: string;
  readonly doc?: string;
  readonly entity: string;
  readonly where?: Condition;
  /** Parameters in order of first use, typed from the fields they are compared with. */
  readonly params: readonly QueryParam[];
  readonly orderBy: readonly OrderItem[];
  /** Absent means unlimited. */
  readonly limit?: number;
  readonly origin: Origin;
}

export interface McpServer {
  readonly name: string;
  readonly doc?: string;
  readonly transport: 'stdio' | 'http';
  /** For http; defaults to `/mcp`. */
  readonly path?: string;
  readonly tools: readonly McpTool[];
  readonly resources: readonly McpResource[];
  readonly prompts: readonly McpPrompt[];
  readonly origin: Origin;
}

export type McpToolSource =
  | { readonly kind: 'query'; readonly query: string }
  | { readonly kind: 'command'; readonly aggregate: string; readonly command: string }
  | { readonly kind: 'operation'; readonly resource: string; readonly operation: string };

export interface McpTool {
  readonly name: string;
  readonly doc?: string;
  readonly source: McpToolSource;
  /** Defaults to true for queries and list/get/search, false otherwise. */
  readonly readonly: boolean;
  readonly origin: Origin;
}

export interface McpResource {
  readonly name: string;
  readonly doc?: string;
  readonly source: { readonly kind: 'entity' | 'query'; readonly name: string };
  /** Defaults to `<kebab-server>://<name>`. */
  readonly uri: string;
  readonly origin: Origin;
}

export interface McpPrompt {
  readonly name: string;
  readonly doc?: string;
  readonly template: string;
  readonly arguments: readonly DataField[];
  readonly origin: Origin;
}

export interface Deploy {
  /** Defaults: base node:20-bookworm-slim, user node, port 3000. */
  readonly docker: { readonly base: string; readonly user: string; readonly port: number };
  /** Defaults to the backend's database when it is postgres, mysql or mongodb. */
  readonly compose: readonly ('postgres' | 'mysql' | 'redis' | 'rabbitmq' | 'nats' | 'mongodb')[];
  /** Absent when not declared. replicas defaults to 2, namespace "default"; autoscale min to replicas, cpu to 80. */
  readonly kubernetes?: {
    readonly replicas: number;
    readonly namespace: string;
    readonly autoscale?: { readonly min: number; readonly max: number; readonly cpu: number };
  };
  /** Defaults: logs json, metrics prometheus, tracing none. */
  readonly observability: {
    readonly logs: 'json' | 'pretty';
    readonly metrics: 'prometheus' | 'none';
    readonly tracing: 'otel' | 'none';
  };
}
