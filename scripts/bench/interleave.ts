/**
 * The order in which round `round` reads its targets: the list rotated by one each round, so every
 * target goes first, second, … equally often and none is favoured by what ran just before it.
 */
export function roundOrder<K extends string>(targets: readonly K[], round: number): K[] {
  const shift = round % Math.max(1, targets.length);
  return [...targets.slice(shift), ...targets.slice(0, shift)];
}

/**
 * Times every reader `rounds` times, one request at a time, interleaved by `roundOrder` so that
 * all of them see the same machine. Returns each reader's durations in milliseconds.
 */
export async function interleave<K extends string>(readers: Record<K, () => Promise<number>>, rounds: number): Promise<Record<K, number[]>> {
  const names = Object.keys(readers) as K[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round += 1) {
    for (const name of roundOrder(names, round)) times[name].push(await readers[name]());
  }
  return times;
}
