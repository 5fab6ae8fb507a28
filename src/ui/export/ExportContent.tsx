// Export the open map as a picture (PNG, vector SVG), a PDF deliverable, a one-file interactive
// HTML viewer, a file to re-import or keep in git (JSON), a sheet (CSV) or a Mermaid user journey;
// open while `exportOpen` (command "export", Mod+E). Pictures always show the whole map, whatever
// part of it is on screen. Long exports (PNG, PDF) show their progress and can be cancelled.

import { useId, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  CircleCheck,
  Download,
  FileBraces,
  FileCode,
  FileImage,
  FileSpreadsheet,
  FileText,
  GitBranch,
  Globe,
  LoaderCircle,
  TriangleAlert,
} from 'lucide-react'
import type { ExportFormat } from '../../domain/format/file-names'
import { downloadBlob } from '../../export/download'
import { exportFrame, loweredScaleMessage } from '../../export/export-frame'
import { nextPaint } from '../../export/image-export'
import { withWholeCanvas } from '../../export/whole-canvas'
import { ExportCancelled, type Progress } from '../../export/progress'
import { useEditor, useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { Modal } from '../dialogs/Modal'
import { loadSettings, saveSettings, type ExportSettings } from './export-settings'
import { useLocale, useT } from '../../state/locale'
import { ExportOptions, pdfSummary } from './ExportOptions'
import { ExportProgress } from './ExportProgress'
import { LONG_FORMATS, fileNameFor, makeExport } from './run-export'
import './export.css'

const ICONS: Readonly<Record<ExportFormat, ReactNode>> = {
  png: <FileImage size={20} aria-hidden />,
  svg: <FileCode size={20} aria-hidden />,
  pdf: <FileText size={20} aria-hidden />,
  html: <Globe size={20} aria-hidden />,
  json: <FileBraces size={20} aria-hidden />,
  csv: <FileSpreadsheet size={20} aria-hidden />,
  mermaid: <GitBranch size={20} aria-hidden />,
}
const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf', 'html', 'json', 'csv', 'mermaid']

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: Progress | null }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string }

/** The Export dialog's content: loaded when the dialog first opens (a chunk of its own). */
export default function ExportContent() {
  const store = useEditorStore()
  const t = useT()
  const locale = useLocale()
  const T = t.exports
  const map = useEditor((s) => s.map)
  const [settings, setSettings] = useState<ExportSettings>(loadSettings)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const actions = useRef<HTMLDivElement>(null)
  const running = useRef<AbortController | null>(null)
  const ids = { format: useId(), summary: useId() }
  const { format } = settings
  const isPicture = format === 'png' || format === 'svg'
  const frame = useMemo(
    () =>
      exportFrame(map, {
        padding: settings.padding,
        scale: format === 'png' ? settings.scale : 1,
        includeNotes: settings.includeNotes,
      }),
    [map, settings.padding, settings.scale, settings.includeNotes, format],
  )
  const lowered = format === 'png' ? loweredScaleMessage(frame, t) : null
  const counts = {
    touchpoints: Object.keys(map.touchpoints).length,
    metrics: Object.keys(map.metrics).length,
    notes: Object.keys(map.notes).length,
  }

  const update = (patch: Partial<ExportSettings>) => {
    const next = { ...settings, ...patch }
    setSettings(next)
    saveSettings(next)
    if (status.kind !== 'busy') setStatus({ kind: 'idle' })
  }

  const run = async () => {
    const controller = new AbortController()
    running.current = controller
    setStatus({ kind: 'busy', progress: null })
    // Selection outlines belong to editing, not to the deliverable: hide them while capturing.
    const selection = store.getState().selection
    const hide = format === 'png' && selection.size > 0
    try {
      if (hide) setSelection(store, [])
      if (format === 'png') await nextPaint()
      const make = () =>
        makeExport(
          store.getState().map,
          settings,
          {
            signal: controller.signal,
            onProgress: (progress) => {
              if (!controller.signal.aborted) setStatus({ kind: 'busy', progress })
            },
          },
          locale,
        )
      // A PNG is taken from the canvas, which must show every card at full detail for it.
      const file =
        format === 'png' ? await withWholeCanvas(store, make, controller.signal) : await make()
      downloadBlob(file.blob, file.name, actions.current ?? undefined)
      setStatus({ kind: 'done', text: file.message })
    } catch (error) {
      if (error instanceof ExportCancelled) setStatus({ kind: 'done', text: T.result.cancelled })
      else
        setStatus({
          kind: 'error',
          text: T.result.failed(error instanceof Error ? error.message : String(error)),
        })
    } finally {
      if (hide) setSelection(store, selection)
      if (running.current === controller) running.current = null
    }
  }

  const cancel = () => {
    running.current?.abort()
    running.current = null
    setStatus({ kind: 'done', text: T.result.cancelled })
  }

  const busy = status.kind === 'busy'
  return (
    <Modal
      title={T.dialog.title}
      className="xp-panel"
      onClose={() => {
        running.current?.abort()
        store.setState({ exportOpen: false })
      }}
    >
      <div className="xp">
        <fieldset className="xp-formats">
          <legend className="dlg-label">{T.dialog.format}</legend>
          <div className="xp-formats__grid">
            {FORMATS.map((id) => (
              <label key={id} className="xp-format" data-checked={format === id || undefined}>
                <input
                  type="radio"
                  name={ids.format}
                  value={id}
                  checked={format === id}
                  onChange={() => update({ format: id })}
                  {...(format === id ? { 'data-autofocus': true } : {})}
                />
                <span className="xp-format__icon">{ICONS[id]}</span>
                <span className="xp-format__name">{T.formats[id].name}</span>
                <span className="xp-format__hint">{T.formats[id].hint}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <ExportOptions settings={settings} update={update} counts={counts} />

        <div className="xp-summary" id={ids.summary}>
          <span className="xp-summary__file">{fileNameFor(map.meta.title, settings)}</span>
          {isPicture && (
            <span className="xp-summary__size">
              {format === 'png' && frame.lowered
                ? T.dialog.pictureSizeAt(frame.pixelWidth, frame.pixelHeight, frame.scale)
                : T.dialog.pictureSize(frame.pixelWidth, frame.pixelHeight)}
            </span>
          )}
          {format === 'pdf' && <span className="xp-summary__size">{pdfSummary(settings, t)}</span>}
        </div>

        {lowered && (
          <p className="xp-message xp-message--warning" role="status">
            <TriangleAlert size={18} aria-hidden />
            <span>{lowered}</span>
          </p>
        )}
        {busy && LONG_FORMATS.has(format) && (
          <ExportProgress
            progress={status.progress ?? { fraction: null, step: T.formats[format].name }}
            onCancel={cancel}
          />
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
            {T.dialog.export}
          </button>
        </div>
      </div>
    </Modal>
  )
}
