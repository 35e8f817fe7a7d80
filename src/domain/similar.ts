/** Optimal string alignment distance: typos are mostly one insertion, deletion, change or swap. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const previous = rows[i - 1] as number[];
      row[j] = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The candidates a mistyped value most likely meant, best first: case, dashes and underscores
 * ignored, then up to two typos (fewer for short words).
 */
export function similar(value: string, candidates: readonly string[]): string[] {
  const fold = (text: string) => text.toLowerCase().replace(/[-_ ]/g, '');
  const limit = Math.min(2, Math.floor(value.length / 3));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(fold(value), fold(candidate)) }))
    .filter((scored) => scored.distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .map((scored) => scored.candidate);
}
