// Every sentence and label the deliverables (SVG, PDF, HTML viewer) print comes from the message
// catalogue (`exports.deliverable`, `exports.emotions`, `exports.viewer`) of the language the
// deliverable is made in: the editor passes its current language, the CLI its `--lang`.

import { messagesFor, type Locale, type Messages } from '../../domain/i18n'
import type { Emotion } from '../../domain/vocabulary'

/** The words of a deliverable in one language. */
export type DeliverableText = Messages['exports']['deliverable']

export function deliverableText(locale: Locale): DeliverableText {
  return messagesFor(locale).exports.deliverable
}

const EMOTION_KEYS = {
  [-2]: 'veryNegative',
  [-1]: 'negative',
  0: 'neutral',
  1: 'positive',
  2: 'delighted',
} as const satisfies Record<Emotion, keyof Messages['exports']['emotions']>

/** An emotion level's name ("Very negative" … "Delighted") in the locale. */
export function emotionLabel(locale: Locale, emotion: Emotion): string {
  return messagesFor(locale).exports.emotions[EMOTION_KEYS[emotion]]
}
