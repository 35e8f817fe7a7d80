/**
 * "Did you mean …?" for an unknown command or option: the closest known name, by the rule
 * commander uses (edit distance at most 3, similarity over 0.4, a long flag compared without its
 * `--`), case-insensitive so that `-v` finds `-V`.
 */
import { editDistance } from '../../domain/similar.ts';

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
