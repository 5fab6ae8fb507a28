// Vector deliverables drawn from the map itself (no browser needed): the SVG file here, the PDF
// in ../pdf, the HTML viewer in ../viewer. The editor, the CLI and the tests call these.

import type { Locale } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import { mapScene } from './map-scene'
import { sceneToSvg } from './svg-writer'
import { deliverableText } from './strings'

export type VectorBackground = 'white' | 'transparent' | 'theme'

const BACKGROUNDS: Readonly<Record<VectorBackground, string | null>> = {
  white: '#ffffff',
  transparent: null,
  theme: '#f8fafc',
}

export interface SvgExportOptions {
  readonly padding: number
  readonly includeNotes: boolean
  readonly background: VectorBackground
  /** The language of the picture's words (badges, labels, titles). */
  readonly locale: Locale
}

export interface SvgExport {
  readonly text: string
  readonly width: number
  readonly height: number
}

export function mapToSvg(map: JourneyMap, options: SvgExportOptions): SvgExport {
  const scene = mapScene(map, { ...options, background: BACKGROUNDS[options.background] })
  const text = sceneToSvg(scene, {
    title: map.meta.title.trim() || deliverableText(options.locale).untitledMap,
    description: map.meta.description,
  })
  return { text, width: scene.frame.width, height: scene.frame.height }
}
