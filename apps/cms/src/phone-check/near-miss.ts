// When a number is "close to" a known one: the mistakes people make copying a number by hand. One
// or two digits changed, two adjacent digits swapped, one digit missing or extra — the optimal
// string alignment (restricted Damerau–Levenshtein) distance on the national digits, at most 2,
// between numbers whose lengths differ by at most one. A toll-free prefix written as another
// toll-free prefix (800 for 888, as in the old FAQ's wrong number) counts as one change, not up to three.

const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);
const MAX_DISTANCE = 2;

/** Restricted Damerau–Levenshtein distance (insert, delete, substitute, swap two adjacent). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The distance between two numbers' national digits, a toll-free prefix swap costing one. */
export function numberDistance(written: string, known: string): number {
  const plain = editDistance(written, known);
  const [prefix, knownPrefix] = [written.slice(0, 3), known.slice(0, 3)];
  if (prefix === knownPrefix || !TOLL_FREE.has(prefix) || !TOLL_FREE.has(knownPrefix)) return plain;
  return Math.min(plain, 1 + editDistance(knownPrefix + written.slice(3), known));
}

/** A near miss of `known`: close to it, but not it. Both are national digits. */
export function isNearMiss(written: string, known: string): boolean {
  if (written === known || Math.abs(written.length - known.length) > 1) return false;
  return numberDistance(written, known) <= MAX_DISTANCE;
}
