/**
 * SQL names that fit a dialect's identifier length limit. A name over the
 * limit keeps its start and gets an 8-hex-digit hash of the whole name, so
 * shortening is deterministic and two long names that share a prefix stay
 * apart. The Prisma target uses the same function, so both agree.
 */
import { createHash } from 'node:crypto';
import type { Dialect } from './schema.js';

/** Longest identifier, in bytes (Postgres: 63, MySQL: 64; SQLite has no limit worth keeping). */
export const NAME_LIMITS: Readonly<Record<Dialect, number>> = { postgres: 63, mysql: 64, sqlite: 1024 };

/** `name` when it fits in `limit` UTF-8 bytes, else its start, `_` and a hash of the whole name. */
export function fitName(name: string, limit: number): string {
  if (Buffer.byteLength(name, 'utf8') <= limit) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  let head = name;
  while (Buffer.byteLength(head, 'utf8') > limit - 9) head = head.slice(0, -1);
  // Never end inside a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}_${hash}`;
}
