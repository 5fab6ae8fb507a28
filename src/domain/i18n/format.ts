// Numbers, dates, lists and plurals by locale, through Intl — never by concatenation, so German
// gets "1.234", "2. Dez. 2026" and "A, B und C" without a rule of ours.

import type { Locale } from './locale'

/** Plural forms; `#` in a form is replaced by the number formatted for the locale. */
export interface PluralForms {
  readonly zero?: string
  readonly one: string
  readonly other: string
}

/**
 * One formatter per locale and options, made on first use: building an Intl formatter (which
 * `toLocaleString(locale)` does on every call) costs far more than formatting with it, and cards
 * format their badge counts on every render — 1,000 cards opening spent ~75 ms on it.
 */
function cached<Options, Formatter>(make: (locale: Locale, options?: Options) => Formatter) {
  const formatters = new Map<string, Formatter>()
  return (locale: Locale, options?: Options): Formatter => {
    const key = options === undefined ? locale : `${locale} ${JSON.stringify(options)}`
    let formatter = formatters.get(key)
    if (!formatter) formatters.set(key, (formatter = make(locale, options)))
    return formatter
  }
}

const rulesFor = cached((locale) => new Intl.PluralRules(locale))
const numberFormat = cached(
  (locale, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
)
const dateFormat = cached(
  (locale, options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
)
const listFormat = cached(
  (locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
)
const relativeFormat = cached((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }))

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions) {
  // Like `toLocaleString`, a value that is not a number at run time prints as it is, not "NaN".
  return typeof value === 'number' ? numberFormat(locale, options).format(value) : String(value)
}

/**
 * The form the locale's plural rules pick for `count` ("1 Karte", "2 Karten"); `zero` is used for
 * 0 when given (a choice of wording, not a grammatical category in en/de).
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  const form =
    count === 0 && forms.zero !== undefined
      ? forms.zero
      : rulesFor(locale).select(count) === 'one'
        ? forms.one
        : forms.other
  return form.replaceAll('#', formatNumber(locale, count))
}

/** A plural helper bound to one catalogue's locale: `p(n, { one: '# card', other: '# cards' })`. */
export function pluralFor(locale: Locale) {
  return (count: number, forms: PluralForms) => plural(locale, count, forms)
}

export function formatDate(
  locale: Locale,
  date: Date | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  return dateFormat(locale, options).format(date)
}

export function formatDateTime(locale: Locale, date: Date | number): string {
  return formatDate(locale, date, { dateStyle: 'medium', timeStyle: 'short' })
}

/** "A, B and C" / "A, B und C". */
export function formatList(locale: Locale, items: readonly string[]): string {
  return listFormat(locale).format(items)
}

const RELATIVE_UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/**
 * How long before `now` the time `then` was (both in ms): "3 hours ago" / "vor 3 Stunden",
 * "yesterday" / "gestern" (`numeric: 'auto'`). Under a minute, and slightly in the future (the
 * server's and the browser's clocks differ a little), it is `justNow`.
 */
export function formatRelative(locale: Locale, then: number, now: number, justNow: string): string {
  const seconds = (then - now) / 1000
  if (seconds > -45) return justNow
  const format = relativeFormat(locale)
  for (const [unit, size] of RELATIVE_UNITS) {
    if (-seconds >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(-1, 'minute')
}

/**
 * A calendar date stored as "YYYY-MM-DD" (metrics), written for the locale: "Mar 31, 2025" /
 * "31.03.2025". Read and written in UTC so the day never shifts with the time zone; anything
 * that is not such a date is returned as it is.
 */
export function formatIsoDate(locale: Locale, isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate
  const time = Date.parse(`${isoDate}T00:00:00Z`)
  if (Number.isNaN(time)) return isoDate
  return formatDate(locale, time, { dateStyle: 'medium', timeZone: 'UTC' })
}
