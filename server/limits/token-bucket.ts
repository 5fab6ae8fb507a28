// Token buckets: a sustained rate with a burst on top. `take` refills by the time elapsed since
// the last call, so an idle bucket costs nothing and there are no timers.

export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly perSecond: number,
    private readonly capacity: number,
    now = performance.now(),
  ) {
    this.tokens = capacity
    this.last = now
  }

  /** Takes `amount` tokens if the bucket holds them; false (and nothing taken) otherwise. */
  take(amount = 1, now = performance.now()): boolean {
    this.refill(now)
    if (this.tokens < amount) return false
    this.tokens -= amount
    return true
  }

  /** Seconds until `amount` tokens are there (0: now). */
  secondsUntil(amount = 1, now = performance.now()): number {
    this.refill(now)
    return Math.max(0, (amount - this.tokens) / this.perSecond)
  }

  /** Whether the bucket is back to full (nothing to remember about its owner). */
  isFull(now = performance.now()): boolean {
    this.refill(now)
    return this.tokens >= this.capacity
  }

  private refill(now: number) {
    const elapsed = now - this.last
    if (elapsed <= 0) return
    this.last = now
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed / 1000) * this.perSecond)
  }
}

/**
 * New connections per IP address a minute. Addresses whose bucket has refilled are forgotten
 * every minute, so the table only holds addresses that connected recently.
 */
export class ConnectionRateLimiter {
  private readonly buckets = new Map<string, TokenBucket>()
  private readonly sweeper: NodeJS.Timeout

  constructor(private readonly perMinute: number) {
    this.sweeper = setInterval(() => this.sweep(), 60_000)
    this.sweeper.unref()
  }

  /** Counts one connection from `address`; false when it is over its rate. */
  allow(address: string): boolean {
    let bucket = this.buckets.get(address)
    if (!bucket) {
      bucket = new TokenBucket(this.perMinute / 60, this.perMinute)
      this.buckets.set(address, bucket)
    }
    return bucket.take(1)
  }

  /** Whole seconds until `address` may go again (for Retry-After). */
  retryAfter(address: string): number {
    return Math.max(1, Math.ceil(this.buckets.get(address)?.secondsUntil(1) ?? 0))
  }

  sweep() {
    const now = performance.now()
    for (const [address, bucket] of this.buckets)
      if (bucket.isFull(now)) this.buckets.delete(address)
  }

  stop() {
    clearInterval(this.sweeper)
  }
}

/**
 * The key a client address is limited under: IPv4 as is (also when mapped into IPv6), IPv6 by
 * its /64 prefix, since one host usually holds a whole /64.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown'
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped?.[1]) return mapped[1]
  if (!address.includes(':')) return address
  const [head = '', tail = ''] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = address.includes('::') && tail ? tail.split(':') : []
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
