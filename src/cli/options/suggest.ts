/**
 * "Did you mean …?" for an unknown command or option: the closest known name, by the rule
 * commander uses (edit distance at most 3, similarity over 0.4, a long flag compared without its
 * `--`), case-insensitive so that
 * `-v` finds `-V`.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const above = d[i - 1]!;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate to `word`, or undefined when none is close enough. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  const bare = (name: string): string => (name.startsWith('--') ? name.slice(2) : name).toLowerCase();
  const typed = bare(word);
  for (const candidate of candidates) {
    const distance = editDistance(typed, bare(candidate));
    const length = Math.max(typed.length, bare(candidate).length);
    if (distance > 3 || (length - distance) / length <= 0.4) continue;
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  return best?.candidate;
}

interface FlagLike {
  long?: string | undefined;
  short?: string | undefined;
}

/**
 * The option to suggest for an unknown flag, by its long name: `--servce-name` → `--service-name`,
 * `-v` → `--version` (the option whose short flag is `-V`). Only the flag's name counts, never an
 * `=value` after it.
 */
export function suggestOption(flag: string, options: readonly FlagLike[]): string | undefined {
  const name = flag.split('=')[0] ?? flag;
  if (name.startsWith('--')) return closest(name, options.flatMap((option) => (option.long ? [option.long] : [])));
  if (/^-[^-]$/.test(name)) {
    const match = options.find((option) => option.short?.toLowerCase() === name.toLowerCase());
    return match ? (match.long ?? match.short) : undefined;
  }
  return undefined;
}
