/**
 * "Did you mean" suggestions: the closest candidate within an edit distance of
 * at most a third of the name's length (at least 1), case-insensitive ties first.
 */
import { distance } from 'fastest-levenshtein';

/** Names longer than this get no suggestion (edit distance is quadratic). */
const MAX_NAME = 128;

export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > MAX_NAME) return undefined;
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestScore = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    if (c === name || Math.abs(c.length - name.length) > limit) continue;
    const score = c.toLowerCase() === lower ? 0 : distance(lower, c.toLowerCase());
    if (score <= limit && (score < bestScore || (score === bestScore && best !== undefined && c < best))) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** A ready-made hint sentence, or undefined when nothing is close. */
export function didYouMeanHint(name: string, candidates: Iterable<string>): string | undefined {
  const s = didYouMean(name, candidates);
  return s === undefined ? undefined : `Did you mean \`${s}\`?`;
}
