// Times as the comments and the version history show them, in the page's language: "3 hours ago"
// / "vor 3 Stunden" beside an item, the full date and time in its tooltip.

import { formatDate, formatRelative } from '../../domain/i18n'
import { useLocale, useT } from '../../state/locale'

export interface Dates {
  /** How long before `now` the time was, e.g. "3 hours ago" or "just now". */
  relative(then: number, now: number): string
  /** The full local date and time. */
  full(time: number): string
}

export function useDates(): Dates {
  const locale = useLocale()
  const t = useT()
  return {
    relative: (then, now) => formatRelative(locale, then, now, t.common.justNow),
    full: (time) => formatDate(locale, time, { dateStyle: 'long', timeStyle: 'short' }),
  }
}
