/**
 * Binary search over sorted data, shared by the front ends (comment
 * attachment, token ranges).
 */

/** The first index in [0, n) for which `ok` holds, given that `ok` stays true once true; n when none. */
export function lowerBound(n: number, ok: (index: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
