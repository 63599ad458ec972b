/**
 * Every target pab has, in one literal list: the CLI (`--target`,
 * `pab targets`), option validation and `runTargets` all derive from it.
 * There is no dynamic discovery; a new target is one import and one entry.
 */
import { docsTarget } from './docs/index.js';
import type { Emitter } from './emitter.js';
import { graphqlTarget } from './graphql/index.js';
import { irTarget } from './ir/index.js';
import { mongodbTarget } from './mongodb/index.js';
import { openapiTarget } from './openapi/index.js';
import { prismaTarget } from './prisma/index.js';
import { protoTarget } from './proto/index.js';
import { sqlMysqlTarget, sqlPostgresTarget, sqlSqliteTarget } from './sql/target.js';
import { tsFastifyTarget } from './ts-fastify/index.js';

export const TARGETS = [irTarget, docsTarget, sqlPostgresTarget, sqlMysqlTarget, sqlSqliteTarget, prismaTarget, mongodbTarget, openapiTarget, graphqlTarget, protoTarget, tsFastifyTarget] as const;

/** Any registered target, with its options seen as a plain record. */
export type RegisteredTarget = (typeof TARGETS)[number];

/** The target named `name` (exact, case-sensitive), or undefined. */
export function findTarget(name: string): RegisteredTarget | undefined {
  return TARGETS.find((t) => t.name === name);
}

/** The names of all targets, in registry order. */
export function targetNames(): string[] {
  return TARGETS.map((t) => t.name);
}

/** Every target seen through the option-agnostic interface `runTargets` uses. */
export function asGenericEmitter(target: RegisteredTarget): Emitter<Record<string, unknown>> {
  return target as unknown as Emitter<Record<string, unknown>>;
}
