// Parsing of the map API's request bodies. Every refusal is a 400 with a sentence that says what
// a valid body looks like, because the people reading it are writing a script against the API.

import { MAX_TITLE_LENGTH } from '../../src/domain/title'
import type { IncomingMessage } from 'node:http'
import { isLocale } from '../../src/domain/i18n/locale'
import { TEMPLATE_IDS, templateById, type JourneyTemplate } from '../../src/domain/templates'
import { HttpError, readJsonBody } from '../http/respond'

/** Bodies are a title and a template id: a few hundred bytes. 64 KiB leaves room for clients. */
export const MAX_BODY_BYTES = 64 * 1024

// Line breaks and other control characters would break the list layout and log lines.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

export async function readObjectBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readJsonBody(req, MAX_BODY_BYTES)
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'request body must be a JSON object')
  }
  return body as Record<string, unknown>
}

/** A trimmed title; absent, null or blank gives `undefined` so the caller picks the default. */
export function parseTitle(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw new HttpError(400, 'title must be a string')
  const title = value.trim()
  if (title === '') return undefined
  if (Array.from(title).length > MAX_TITLE_LENGTH) {
    throw new HttpError(400, `title must be at most ${MAX_TITLE_LENGTH} characters`)
  }
  if (CONTROL_CHARACTERS.test(title)) {
    throw new HttpError(400, 'title must not contain line breaks or control characters')
  }
  return title
}

/** A rename needs a title that is not blank. */
export function requireTitle(value: unknown): string {
  if (value === undefined || value === null) throw new HttpError(400, 'title is required')
  const title = parseTitle(value)
  if (title === undefined) throw new HttpError(400, 'title must not be empty')
  return title
}

/** The template, written in `locale` (the creator's interface language; English by default). */
export function parseTemplate(value: unknown, locale?: unknown): JourneyTemplate | undefined {
  if (value === undefined || value === null) return undefined
  const language = isLocale(locale) ? locale : 'en'
  const template = typeof value === 'string' ? templateById(value, language) : undefined
  if (!template) {
    const shown = typeof value === 'string' ? `"${value.slice(0, 64)}"` : `of type ${typeof value}`
    throw new HttpError(
      400,
      `unknown template ${shown}; valid templates: ${TEMPLATE_IDS.join(', ')}`,
    )
  }
  return template
}

/** "Copy of X", shortened so that it is still a valid title. */
export function copyTitle(title: string): string {
  const copy = `Copy of ${title.trim() || 'Untitled journey'}`
  const points = Array.from(copy)
  return points.length <= MAX_TITLE_LENGTH
    ? copy
    : `${points.slice(0, MAX_TITLE_LENGTH - 1).join('')}…`
}
