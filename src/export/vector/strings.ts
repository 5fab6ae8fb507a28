// Every sentence and label the deliverables (SVG, PDF, HTML viewer) print comes from the message
// catalogue (`exports.deliverable`, `exports.viewer`, `vocabulary`) of the language the
// deliverable is made in: the editor passes its current language, the CLI its `--lang`.

import { messagesFor, type Locale, type Messages } from '../../domain/i18n'
import type { Emotion } from '../../domain/vocabulary'

/** The words of a deliverable in one language. */
export type DeliverableText = Messages['exports']['deliverable']

export function deliverableText(locale: Locale): DeliverableText {
  return messagesFor(locale).exports.deliverable
}

/** An emotion level's name ("Very negative" … "Delighted") in the locale. */
export function emotionLabel(locale: Locale, emotion: Emotion): string {
  return messagesFor(locale).vocabulary.emotions[emotion]
}
