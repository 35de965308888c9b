import { distance } from 'fastest-levenshtein';

/** How many edits still make `text` a typo of what was meant: about a third of it, at least two. */
export function typoLimit(text: string): number {
  return Math.max(2, Math.floor(text.length / 3));
}

/**
 * The candidate most likely meant instead of `wanted`: the same text in another letter case, else the
 * nearest by edit distance when it is near enough to be a typo (about a third of the text may differ).
 */
export function closestMatch(wanted: string, candidates: Iterable<string>): string | undefined {
  const lower = wanted.toLowerCase();
  const limit = typoLimit(wanted);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    // Cheap lower bound first: most candidates differ too much in length to be worth measuring.
    if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** The last segment of a site path: `/a/backend-engineer/` → `backend-engineer`. */
export function lastSegment(path: string): string {
  const segments = path.split('/').filter((s) => s !== '');
  return segments[segments.length - 1] ?? '';
}

/**
 * The page probably meant by a link to `path`, which the site does not build. Names are compared on the
 * last segment, so a long shared folder does not make two different roles look alike: the same name in
 * another folder first, then the fewest edits, then a page in the same folder.
 */
export function suggestPage(path: string, pages: Iterable<string>): string | undefined {
  const name = lastSegment(path).toLowerCase();
  const folder = parentFolder(path);
  const limit = typoLimit(name);
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const page of pages) {
    const pageName = lastSegment(page).toLowerCase();
    if (page === path || Math.abs(pageName.length - name.length) > limit) continue;
    const edits = pageName === name ? 0 : distance(name, pageName);
    if (edits > limit) continue;
    const score = edits * 2 + (parentFolder(page) === folder ? 0 : 1);
    if (score < bestScore) {
      best = page;
      bestScore = score;
    }
  }
  return best;
}

function parentFolder(path: string): string {
  return path.slice(0, path.replace(/\/$/, '').lastIndexOf('/') + 1);
}
