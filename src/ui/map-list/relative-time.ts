// "edited 5 minutes ago": the list shows how fresh a map is, which is what people scanning for
// "the one we worked on this morning" need; the exact date is in the tooltip.

const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

// English to match the rest of the interface; `numeric: 'auto'` gives "yesterday", not "1 day ago".
const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })

/** How long before `now` the time `then` was (both in ms), e.g. "3 hours ago" or "just now". */
export function relativeTime(then: number, now: number): string {
  const seconds = (then - now) / 1000
  // Clocks of server and browser differ a little: a time slightly in the future is "just now".
  if (seconds > -45) return 'just now'
  for (const [unit, size] of UNITS) {
    if (-seconds >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(-1, 'minute')
}

/** The full local date and time, for the tooltip. */
export function fullDate(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' })
}
