// Export the open map as a picture (PNG, SVG), as a file to re-import or keep in git (JSON), or
// its touchpoints as a spreadsheet (CSV); open while `exportOpen` (command "export", Mod+E).
// Pictures always show the whole map, whatever part of it is on screen.

import { useId, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  Download,
  FileBraces,
  FileCode,
  FileImage,
  FileSpreadsheet,
  LoaderCircle,
  TriangleAlert,
  CircleCheck,
} from 'lucide-react'
import { serializeMap } from '../../domain/format'
import { touchpointsToCsv } from '../../domain/format/csv-touchpoints'
import { metricsToCsv } from '../../domain/format/csv-metrics'
import { downloadBlob } from '../../export/download'
import { EXPORT_SCALES, exportFrame, loweredScaleMessage } from '../../export/export-frame'
import { exportFileName, type ExportFormat } from '../../domain/format/file-names'
import {
  exportPng,
  exportSvg,
  findViewport,
  nextPaint,
  type ExportBackground,
  type ImageResult,
} from '../../export/image-export'
import { formatBytes } from '../../domain/format'
import { useEditor, useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { Modal } from '../dialogs/Modal'
import {
  MAX_PADDING,
  clampPadding,
  loadSettings,
  saveSettings,
  type ExportSettings,
} from './export-settings'
import './export.css'

const FORMATS: readonly { id: ExportFormat; name: string; hint: string; icon: ReactNode }[] = [
  {
    id: 'png',
    name: 'PNG',
    hint: 'Picture for slides and documents',
    icon: <FileImage size={20} aria-hidden />,
  },
  {
    id: 'svg',
    name: 'SVG',
    hint: 'Sharp at any zoom, for the web',
    icon: <FileCode size={20} aria-hidden />,
  },
  {
    id: 'json',
    name: 'JSON',
    hint: 'The whole map, to import again',
    icon: <FileBraces size={20} aria-hidden />,
  },
  {
    id: 'csv',
    name: 'CSV',
    hint: 'Touchpoints or metrics as a sheet',
    icon: <FileSpreadsheet size={20} aria-hidden />,
  },
]

const BACKGROUNDS: readonly { id: ExportBackground; name: string }[] = [
  { id: 'white', name: 'White' },
  { id: 'transparent', name: 'Transparent' },
  { id: 'theme', name: 'Canvas' },
]

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string }

const number = (n: number) => n.toLocaleString('en')

/** The Export dialog's content: loaded when the dialog first opens (a chunk of its own). */
export default function ExportContent() {
  const store = useEditorStore()
  const map = useEditor((s) => s.map)
  const [settings, setSettings] = useState<ExportSettings>(loadSettings)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const actions = useRef<HTMLDivElement>(null)
  const ids = { format: useId(), padding: useId(), summary: useId() }
  const { format } = settings
  const isImage = format === 'png' || format === 'svg'
  const frame = useMemo(
    () =>
      exportFrame(map, {
        padding: settings.padding,
        scale: format === 'png' ? settings.scale : 1,
        includeNotes: settings.includeNotes,
      }),
    [map, settings.padding, settings.scale, settings.includeNotes, format],
  )
  const lowered = format === 'png' ? loweredScaleMessage(frame) : null
  const sheetName = (title: string) =>
    settings.sheet === 'metrics'
      ? exportFileName(title, 'csv').replace(/\.csv$/, '-metrics.csv')
      : exportFileName(title, 'csv')
  const fileName =
    format === 'csv' ? sheetName(map.meta.title) : exportFileName(map.meta.title, format)
  const touchpoints = Object.keys(map.touchpoints).length
  const metrics = Object.keys(map.metrics).length
  const notes = Object.keys(map.notes).length

  const update = (patch: Partial<ExportSettings>) => {
    const next = { ...settings, ...patch }
    setSettings(next)
    saveSettings(next)
    if (status.kind !== 'busy') setStatus({ kind: 'idle' })
  }

  const run = async () => {
    setStatus({ kind: 'busy' })
    const container = actions.current ?? undefined
    const current = store.getState().map
    const name = exportFileName(current.meta.title, format)
    try {
      if (format === 'json') {
        const blob = new Blob([serializeMap(current)], { type: 'application/json' })
        downloadBlob(blob, name, container)
        setStatus({ kind: 'done', text: `Saved ${name} (${formatBytes(blob.size)}).` })
        return
      }
      if (format === 'csv') {
        const ofMetrics = settings.sheet === 'metrics'
        const sheet = ofMetrics ? metricsToCsv(current) : touchpointsToCsv(current)
        const rows = ofMetrics
          ? Object.keys(current.metrics).length
          : Object.keys(current.touchpoints).length
        // The byte-order mark makes Excel read the sheet as UTF-8; Trailmap's import skips it.
        const blob = new Blob(['\uFEFF', sheet], { type: 'text/csv;charset=utf-8' })
        const sheetFile = sheetName(current.meta.title)
        downloadBlob(blob, sheetFile, container)
        setStatus({ kind: 'done', text: `Saved ${sheetFile} with ${number(rows)} rows.` })
        return
      }
      const result = await captureWithoutSelection(format, settings)
      downloadBlob(result.blob, name, container)
      const { pixelWidth, pixelHeight, scale, lowered: wasLowered } = result.frame
      const size = `${number(pixelWidth)} × ${number(pixelHeight)} px`
      const at =
        format === 'png'
          ? ` at ${scale}×${wasLowered ? ` (lowered from ${settings.scale}×)` : ''}`
          : ''
      setStatus({
        kind: 'done',
        text: `Saved ${name}: ${size}${at}, ${formatBytes(result.blob.size)}, in ${(result.ms / 1000).toFixed(1)} s.`,
      })
    } catch (error) {
      setStatus({
        kind: 'error',
        text: `The export failed: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
  }

  /** Selection outlines belong to editing, not to the deliverable: hide them while capturing. */
  const captureWithoutSelection = async (
    kind: 'png' | 'svg',
    options: ExportSettings,
  ): Promise<ImageResult> => {
    const selection = store.getState().selection
    if (selection.size > 0) setSelection(store, [])
    try {
      await nextPaint()
      const current = store.getState().map
      const image = {
        background: options.background,
        includeNotes: options.includeNotes,
        padding: options.padding,
      }
      return kind === 'png'
        ? await exportPng(findViewport(), current, {
            ...image,
            scale: options.scale,
            embedJson: options.embed ? serializeMap(current) : undefined,
          })
        : await exportSvg(findViewport(), current, image)
    } finally {
      if (selection.size > 0) setSelection(store, selection)
    }
  }

  const busy = status.kind === 'busy'
  return (
    <Modal
      title="Export map"
      className="xp-panel"
      onClose={() => store.setState({ exportOpen: false })}
    >
      <div className="xp">
        <fieldset className="xp-formats">
          <legend className="dlg-label">Format</legend>
          <div className="xp-formats__grid">
            {FORMATS.map((option) => (
              <label
                key={option.id}
                className="xp-format"
                data-checked={format === option.id || undefined}
              >
                <input
                  type="radio"
                  name={ids.format}
                  value={option.id}
                  checked={format === option.id}
                  onChange={() => update({ format: option.id })}
                  {...(format === option.id ? { 'data-autofocus': true } : {})}
                />
                <span className="xp-format__icon">{option.icon}</span>
                <span className="xp-format__name">{option.name}</span>
                <span className="xp-format__hint">{option.hint}</span>
              </label>
            ))}
          </div>
        </fieldset>

        {isImage && (
          <div className="xp-options">
            {format === 'png' && (
              <Segmented
                label="Scale"
                value={settings.scale}
                options={EXPORT_SCALES.map((scale) => ({ id: scale, name: `${scale}×` }))}
                onChange={(scale) => update({ scale })}
              />
            )}
            <Segmented
              label="Background"
              value={settings.background}
              options={BACKGROUNDS}
              onChange={(background) => update({ background })}
            />
            <div className="xp-field">
              <label className="dlg-label" htmlFor={ids.padding}>
                Padding
              </label>
              <div className="xp-number">
                <input
                  id={ids.padding}
                  className="dlg-input xp-number__input"
                  type="number"
                  min={0}
                  max={MAX_PADDING}
                  step={8}
                  value={settings.padding}
                  onChange={(event) =>
                    update({ padding: clampPadding(event.currentTarget.valueAsNumber) })
                  }
                />
                <span className="xp-number__unit">px</span>
              </div>
            </div>
            <div className="xp-checks">
              <label className="xp-check">
                <input
                  type="checkbox"
                  checked={settings.includeNotes}
                  onChange={(event) => update({ includeNotes: event.currentTarget.checked })}
                />
                <span>
                  Include sticky notes
                  <span className="xp-check__hint">
                    {notes === 0 ? 'This map has no notes' : `${number(notes)} on this map`}
                  </span>
                </span>
              </label>
              {format === 'png' && (
                <label className="xp-check">
                  <input
                    type="checkbox"
                    checked={settings.embed}
                    onChange={(event) => update({ embed: event.currentTarget.checked })}
                  />
                  <span>
                    Embed map data so the picture can be re-imported
                    <span className="xp-check__hint">
                      Import the PNG later to edit the map again
                    </span>
                  </span>
                </label>
              )}
            </div>
          </div>
        )}

        {format === 'json' && (
          <p className="xp-about">
            The complete map in Trailmap’s versioned JSON format (version 1): phases,{' '}
            {number(touchpoints)} touchpoints, steps, notes and any extra fields. Import it into
            Trailmap again, or keep it in git — the file is pretty-printed so changes diff well.
          </p>
        )}
        {format === 'csv' && (
          <div className="xp-options">
            <Segmented
              label="Rows"
              value={settings.sheet}
              options={[
                { id: 'touchpoints', name: 'Touchpoints' },
                { id: 'metrics', name: 'Metrics' },
              ]}
              onChange={(sheet) => update({ sheet })}
            />
          </div>
        )}
        {format === 'csv' && settings.sheet === 'touchpoints' && (
          <p className="xp-about">
            One row per touchpoint ({number(touchpoints)} rows): phase, title, channel, kind,
            emotion, pain points, opportunities, owner, tags and description. Edit it in a
            spreadsheet and import it to add touchpoints.
          </p>
        )}
        {format === 'csv' && settings.sheet === 'metrics' && (
          <p className="xp-about">
            One row per metric value ({number(metrics)} rows): date, phase, touchpoint, metric,
            value, target, unit, source and which way is better. Add rows in a spreadsheet and
            import it to add metric values to this map.
          </p>
        )}

        <div className="xp-summary" id={ids.summary}>
          <span className="xp-summary__file">{fileName}</span>
          {isImage && (
            <span className="xp-summary__size">
              {number(frame.pixelWidth)} × {number(frame.pixelHeight)} px
              {format === 'png' && frame.lowered && ` at ${frame.scale}×`}
            </span>
          )}
        </div>

        {lowered && (
          <p className="xp-message xp-message--warning" role="status">
            <TriangleAlert size={18} aria-hidden />
            <span>{lowered}</span>
          </p>
        )}
        {status.kind === 'done' && (
          <p className="xp-message xp-message--done" role="status">
            <CircleCheck size={18} aria-hidden />
            <span>{status.text}</span>
          </p>
        )}
        {status.kind === 'error' && (
          <p className="xp-message xp-message--error" role="alert">
            <TriangleAlert size={18} aria-hidden />
            <span>{status.text}</span>
          </p>
        )}

        <div className="xp-actions" ref={actions}>
          <button
            type="button"
            className="dlg-button dlg-button--primary xp-export"
            // Not `disabled`: that would drop the focus out of the dialog while it works.
            onClick={() => busy || void run()}
            aria-disabled={busy}
            aria-busy={busy}
            aria-describedby={ids.summary}
          >
            {busy ? (
              <LoaderCircle size={16} className="xp-spin" aria-hidden />
            ) : (
              <Download size={16} aria-hidden />
            )}
            Export
          </button>
        </div>
      </div>
    </Modal>
  )
}

interface SegmentedProps<T extends string | number> {
  label: string
  value: T
  options: readonly { id: T; name: string }[]
  onChange(value: T): void
}

/** A row of radio buttons drawn as one control. */
function Segmented<T extends string | number>({
  label,
  value,
  options,
  onChange,
}: SegmentedProps<T>) {
  const name = useId()
  return (
    <fieldset className="xp-field xp-segmented">
      <legend className="dlg-label">{label}</legend>
      <div className="xp-segmented__row">
        {options.map((option) => (
          <label
            key={option.id}
            className="xp-segmented__item"
            data-checked={value === option.id || undefined}
          >
            <input
              type="radio"
              name={name}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
            />
            {option.name}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
