// What the Export button makes, format by format: the file, its name and the sentence the dialog
// shows. PNG and PDF report progress and can be cancelled (src/export/progress.ts); the PDF code
// (and jsPDF with it) is loaded only when someone exports a PDF.

import { serializeMap } from '../../domain/format'
import { metricsToCsv } from '../../domain/format/csv-metrics'
import { touchpointsToCsv } from '../../domain/format/csv-touchpoints'
import { exportFileName, type ExportFormat } from '../../domain/format/file-names'
import { mapToMermaid } from '../../domain/format/mermaid'
import { messagesFor, type Locale } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import { exportPng, findViewport } from '../../export/image-export'
import type { ProgressHooks } from '../../export/progress'
import { mapToSvg } from '../../export/vector'
import { viewerHtml } from '../../export/viewer/browser-viewer'
import type { ExportSettings } from './export-settings'

export interface MadeFile {
  readonly blob: Blob
  readonly name: string
  readonly message: string
}

export function fileNameFor(
  title: string,
  settings: Pick<ExportSettings, 'format' | 'sheet'>,
): string {
  if (settings.format === 'csv' && settings.sheet === 'metrics') {
    return exportFileName(title, 'csv').replace(/\.csv$/, '-metrics.csv')
  }
  return exportFileName(title, settings.format)
}

/** The formats whose export takes long enough on a big map to show progress and a Cancel button. */
export const LONG_FORMATS: ReadonlySet<ExportFormat> = new Set(['png', 'pdf'])

/** Makes the file; its words (and the deliverable's) are in `locale`. */
export async function makeExport(
  map: JourneyMap,
  settings: ExportSettings,
  hooks: ProgressHooks,
  locale: Locale,
): Promise<MadeFile> {
  const T = messagesFor(locale).exports.result
  const name = fileNameFor(map.meta.title, settings)
  const started = performance.now()
  const text = (body: string, type: string) => new Blob([body], { type })
  switch (settings.format) {
    case 'json': {
      const blob = text(serializeMap(map), 'application/json')
      return { blob, name, message: T.savedFile(name, T.fileSize(blob.size)) }
    }
    case 'mermaid': {
      const blob = text(mapToMermaid(map), 'text/vnd.mermaid;charset=utf-8')
      return { blob, name, message: T.savedFile(name, T.fileSize(blob.size)) }
    }
    case 'csv': {
      const ofMetrics = settings.sheet === 'metrics'
      // The byte-order mark makes Excel read the sheet as UTF-8; Trailmap's import skips it.
      const blob = new Blob(['\uFEFF', ofMetrics ? metricsToCsv(map) : touchpointsToCsv(map)], {
        type: 'text/csv;charset=utf-8',
      })
      const rows = Object.keys(ofMetrics ? map.metrics : map.touchpoints).length
      return { blob, name, message: T.savedRows(name, rows) }
    }
    case 'svg': {
      const svg = mapToSvg(map, { ...settings, locale })
      const blob = text(svg.text, 'image/svg+xml')
      const time = T.duration(performance.now() - started)
      const size = T.fileSize(blob.size)
      return { blob, name, message: T.savedPicture(name, svg.width, svg.height, size, time) }
    }
    case 'html': {
      const blob = text(viewerHtml(map, settings.includeNotes, locale), 'text/html;charset=utf-8')
      return { blob, name, message: T.savedFile(name, T.fileSize(blob.size)) }
    }
    case 'pdf': {
      hooks.onProgress?.({ fraction: 0, step: messagesFor(locale).exports.progress.pdfStep })
      const { buildPdf } = await import('../../export/pdf/build-pdf')
      const pdf = await buildPdf(map, { ...settings, locale }, hooks)
      const blob = new Blob([pdf.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })
      return {
        blob,
        name,
        message: T.savedPdf(
          name,
          pdf.pages,
          T.fileSize(blob.size),
          T.duration(performance.now() - started),
        ),
      }
    }
    case 'png': {
      const result = await exportPng(
        findViewport(),
        map,
        {
          scale: settings.scale,
          background: settings.background,
          includeNotes: settings.includeNotes,
          padding: settings.padding,
          embedJson: settings.embed ? serializeMap(map) : undefined,
        },
        hooks,
      )
      const { pixelWidth, pixelHeight, scale, lowered } = result.frame
      const [size, time] = [T.fileSize(result.blob.size), T.duration(result.ms)]
      const message = lowered
        ? T.savedPngLowered(name, pixelWidth, pixelHeight, scale, settings.scale, size, time)
        : T.savedPng(name, pixelWidth, pixelHeight, scale, size, time)
      return { blob: result.blob, name, message }
    }
  }
}
