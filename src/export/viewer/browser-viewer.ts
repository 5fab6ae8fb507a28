// The HTML viewer as the editor builds it: the viewer script comes from the bundle (Vite's `?raw`
// import gives its text), the rest from viewer-html.ts, shared with the CLI.

import type { Locale } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import script from './viewer-runtime.js?raw'
import { buildViewerHtml } from './viewer-html'

export function viewerHtml(map: JourneyMap, includeNotes: boolean, locale: Locale): string {
  return buildViewerHtml(map, { script, includeNotes, locale })
}
