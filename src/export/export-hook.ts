// The page side of headless exports (`trailmap export`, bench/png-export.ts). Only when the URL
// carries `?export` does the editor put `window.trailmapExport` on the page; a script driving a
// headless browser waits for `ready()` and calls `png()`, which runs exactly the exporter behind
// the Export dialog, on the same components.

import { serializeMap } from '../domain/format'
import type { EditorStore } from '../state/editor-store'
import { DEFAULT_PADDING } from './export-frame'
import { exportPng, findViewport, type ExportBackground } from './image-export'
import type { StyleCheck } from './style-check'
import { withWholeCanvas } from './whole-canvas'
import { countsOf, type MapCounts } from './import-file'

export interface HeadlessPngOptions {
  scale?: number
  background?: ExportBackground
  includeNotes?: boolean
  padding?: number
  /** Embed the map's JSON in the PNG (default true: a picture from the CLI can be re-imported). */
  embed?: boolean
  /** false: html-to-image's own style copying (the benchmark's baseline). */
  compactStyles?: boolean
}

export interface HeadlessPng {
  /** `data:image/png;base64,…` */
  dataUrl: string
  width: number
  height: number
  scale: number
  requestedScale: number
  lowered: boolean
  ms: number
}

export interface TrailmapExportApi {
  /** True once the map arrived from the server and the canvas is on the page. */
  ready(): boolean
  counts(): MapCounts
  json(): string
  png(options?: HeadlessPngOptions): Promise<HeadlessPng>
  /**
   * Compares the shared-read shortcut of compact-styles.ts with reading every element (for
   * bench/png-export.ts; loaded on demand, so it is not in the editor's main bundle).
   */
  checkStyles(): Promise<StyleCheck>
}

export type { StyleCheck }

declare global {
  interface Window {
    trailmapExport?: TrailmapExportApi
  }
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('could not read the picture'))
    reader.readAsDataURL(blob)
  })
}

/** Installs `window.trailmapExport` for this editor; returns the function that removes it. */
export function installExportHook(store: EditorStore): () => void {
  const api: TrailmapExportApi = {
    // The canvas may mount only the cards in view; png() has it draw all of them first.
    ready: () =>
      store.getState().connection.synced &&
      document.querySelector('.react-flow__viewport') !== null,
    counts: () => countsOf(store.getState().map),
    checkStyles: async () => (await import('./style-check')).checkStyles(),
    json: () => serializeMap(store.getState().map),
    async png(options = {}) {
      const map = store.getState().map
      const result = await withWholeCanvas(store, () =>
        exportPng(findViewport(), map, {
          scale: options.scale ?? 2,
          background: options.background ?? 'white',
          includeNotes: options.includeNotes ?? true,
          padding: options.padding ?? DEFAULT_PADDING,
          embedJson: options.embed === false ? undefined : serializeMap(map),
          compactStyles: options.compactStyles ?? true,
        }),
      )
      const { frame } = result
      return {
        dataUrl: await blobToDataUrl(result.blob),
        width: frame.pixelWidth,
        height: frame.pixelHeight,
        scale: frame.scale,
        requestedScale: frame.requestedScale,
        lowered: frame.lowered,
        ms: result.ms,
      }
    },
  }
  window.trailmapExport = api
  return () => {
    if (window.trailmapExport === api) delete window.trailmapExport
  }
}
