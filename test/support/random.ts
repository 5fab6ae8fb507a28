// A small seeded generator (mulberry32) so that randomised integration tests replay exactly.

export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256))
  /** A random item, or undefined for an empty list. */
  const pick = <T>(items: readonly T[]): T | undefined => items[int(items.length)]
  /** A random item of a list that must not be empty. */
  const choose = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('choose() from an empty list')
    return items[int(items.length)] as T
  }
  return { next, int, bytes, pick, choose }
}

export type Rng = ReturnType<typeof seededRandom>
