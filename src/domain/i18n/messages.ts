import type { Messages } from './catalogue'
import { de } from './de'
import { en } from './en'
import type { Locale } from './locale'

const CATALOGUES: Readonly<Record<Locale, Messages>> = { en, de }

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale]
}
