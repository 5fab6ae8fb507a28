// Fractional ordering of the records of ordered kinds (phases). When the order changes, the
// records still in increasing order relative to each other keep their keys (the longest
// increasing run); only the moved ones get a new key between their neighbours. Two people
// reordering different phases at once then write different keys, and both moves survive.

/**
 * @param current `__order` currently stored for each phase id (missing for new phases)
 * @param ids the desired order
 * @returns the keys to write (only the changed ones)
 */
export function assignOrder(
  current: ReadonlyMap<string, number>,
  ids: readonly string[],
): Map<string, number> {
  const keep = longestIncreasingRun(ids.map((id) => current.get(id)))
  const writes = new Map<string, number>()
  const keys: number[] = ids.map((id, index) =>
    keep.has(index) ? (current.get(id) as number) : NaN,
  )
  for (let i = 0; i < ids.length; i++) {
    if (keep.has(i)) continue
    const previous = i > 0 ? (keys[i - 1] as number) : undefined
    let nextIndex = i + 1
    while (nextIndex < ids.length && !keep.has(nextIndex)) nextIndex++
    const next = nextIndex < ids.length ? (keys[nextIndex] as number) : undefined
    const key = between(previous, next)
    keys[i] = key
    writes.set(ids[i] as string, key)
  }
  if (!strictlyIncreasing(keys)) {
    // Floating-point gaps ran out after very many moves between the same two phases: renumber.
    return new Map(ids.map((id, index) => [id, index]))
  }
  return writes
}

function between(previous: number | undefined, next: number | undefined): number {
  if (previous === undefined && next === undefined) return 0
  if (previous === undefined) return (next as number) - 1
  if (next === undefined) return previous + 1
  return previous + (next - previous) / 2
}

function strictlyIncreasing(keys: readonly number[]) {
  for (let i = 1; i < keys.length; i++)
    if (!((keys[i] as number) > (keys[i - 1] as number))) return false
  return true
}

/** Indices of one longest strictly increasing subsequence of the defined values (n is small). */
function longestIncreasingRun(values: readonly (number | undefined)[]): Set<number> {
  const length: number[] = []
  const previous: number[] = []
  let best = -1
  for (let i = 0; i < values.length; i++) {
    length[i] = 0
    previous[i] = -1
    const value = values[i]
    if (value === undefined) continue
    length[i] = 1
    for (let j = 0; j < i; j++) {
      const before = values[j]
      if (
        before !== undefined &&
        before < value &&
        (length[j] as number) + 1 > (length[i] as number)
      ) {
        length[i] = (length[j] as number) + 1
        previous[i] = j
      }
    }
    if (best === -1 || (length[i] as number) > (length[best] as number)) best = i
  }
  const keep = new Set<number>()
  for (let i = best; i !== -1; i = previous[i] as number) keep.add(i)
  return keep
}
