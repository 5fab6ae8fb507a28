// Import a map file (Trailmap JSON, or a PNG exported with the map inside) or a CSV of
// touchpoints; open while `importOpen` (command "import", Mod+O). The file is read and checked
// completely before anything changes: a bad file lists every problem and leaves the open map as
// it was; a good one shows what it holds and lets the person open it as a new map or replace (for
// a sheet: add to) the open map, which asks for confirmation first.

import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react'
import {
  ArrowLeft,
  FilePlus2,
  FileUp,
  LoaderCircle,
  Replace,
  TriangleAlert,
  CircleCheck,
} from 'lucide-react'
import { emptyMap } from '../../domain/defaults'
import { importTouchpointsCsv } from '../../domain/format/csv-touchpoints'
import { isMetricsCsv } from '../../domain/format/csv-metrics'
import { CURRENT_FORMAT_VERSION } from '../../domain/format'
import type { Messages } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import {
  IMPORT_ACCEPT,
  countsOf,
  describeCounts,
  fromCsvProblems,
  readImportFile,
  type ImportProblem,
} from '../../export/import-file'
import { useEditor, useEditorStore } from '../../state/context'
import { useT } from '../../state/locale'
import { notify } from '../../state/editor-store'
import { addCsvTouchpoints, replaceMapContent } from '../../commands/import-commands'
import { addCsvMetrics } from '../../commands/metric-commands'
import { useRunCommand } from '../../commands/use-command'
import { Modal } from '../dialogs/Modal'
import type { OpenAsNewMap } from './ImportDialog'
import { MetricsSheetResult, readMetricsSheet } from './MetricsSheetResult'
import './export.css'

type Stage =
  | { kind: 'pick' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'problems'; fileName: string; problems: readonly ImportProblem[] }
  | {
      kind: 'map'
      fileName: string
      source: 'json' | 'png' | 'mermaid'
      map: JourneyMap
      repairs: readonly string[]
      fromVersion: number
    }
  | {
      kind: 'csv'
      fileName: string
      text: string
      added: number
      newPhases: string[]
      ignored: string[]
    }
  | {
      kind: 'metrics'
      fileName: string
      text: string
      added: number
      places: number
      ignored: string[]
    }

type Busy = null | 'new' | 'replace'

type ImportWords = Messages['exports']['import']

/** Where a loaded map came from: the file, the picture it was inside, its format version. */
function sourceLine(t: ImportWords, stage: Extract<Stage, { kind: 'map' }>): string {
  if (stage.source === 'mermaid') return t.fromMermaid(stage.fileName)
  const picture = stage.source === 'png'
  const version = stage.fromVersion
  if (version < CURRENT_FORMAT_VERSION) {
    return picture
      ? t.fromPictureUpdated(stage.fileName, version, CURRENT_FORMAT_VERSION)
      : t.fromFileUpdated(stage.fileName, version, CURRENT_FORMAT_VERSION)
  }
  return picture ? t.fromPicture(stage.fileName, version) : t.fromFile(stage.fileName, version)
}

/** A message with `{json}` and `{mmd}` in it, the file name endings shown as code. */
function withCode(message: string): ReactNode[] {
  const endings: Record<string, string> = { json: '.trailmap.json', mmd: '.mmd' } // i18n-exempt: file extensions
  return message
    .split(/\{(json|mmd)\}/)
    .map((part, i) => (i % 2 === 1 ? <code key={i}>{endings[part]}</code> : part))
}

/** The Import dialog's content: loaded when the dialog first opens (a chunk of its own). */
export default function ImportContent({ openAsNewMap }: { openAsNewMap: OpenAsNewMap }) {
  const store = useEditorStore()
  const messages = useT()
  const t = messages.exports.import
  const run = useRunCommand()
  const currentTitle = useEditor((s) => s.map.meta.title)
  const [stage, setStage] = useState<Stage>({ kind: 'pick' })
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState<Busy>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const result = useRef<HTMLDivElement>(null)
  const reading = useRef(0)
  const ids = { input: useId(), help: useId() }
  const close = () => store.setState({ importOpen: false })

  // Each new stage moves focus to its heading, so keyboard and screen-reader users follow along.
  useEffect(() => {
    if (stage.kind !== 'pick' && stage.kind !== 'reading') result.current?.focus()
  }, [stage.kind, confirming])

  const read = async (file: File) => {
    const turn = ++reading.current
    setStage({ kind: 'reading', fileName: file.name })
    setConfirming(false)
    setFailure(null)
    const loaded = await readImportFile(file, messages)
    if (turn !== reading.current) return // another file was picked meanwhile
    if (!loaded.ok) {
      setStage({ kind: 'problems', fileName: loaded.fileName, problems: loaded.problems })
    } else if (loaded.kind === 'csv' && isMetricsCsv(loaded.text)) {
      const sheet = readMetricsSheet(store.getState().map, loaded.text, messages)
      setStage(
        sheet.ok
          ? { kind: 'metrics', fileName: loaded.fileName, text: loaded.text, ...sheet }
          : { kind: 'problems', fileName: loaded.fileName, problems: sheet.problems },
      )
    } else if (loaded.kind === 'csv') {
      // Checked against the open map for the preview; applied later to whichever map is chosen.
      const sheet = importTouchpointsCsv(store.getState().map, loaded.text)
      setStage(
        sheet.ok
          ? {
              kind: 'csv',
              fileName: loaded.fileName,
              text: loaded.text,
              added: sheet.added,
              newPhases: sheet.newPhases,
              ignored: sheet.ignoredColumns,
            }
          : {
              kind: 'problems',
              fileName: loaded.fileName,
              problems: fromCsvProblems(sheet.problems, messages),
            },
      )
    } else {
      setStage({
        kind: 'map',
        fileName: loaded.fileName,
        source: loaded.kind,
        map: loaded.map,
        repairs: loaded.repairs,
        fromVersion: loaded.fromVersion,
      })
    }
  }

  const pickAgain = () => {
    setStage({ kind: 'pick' })
    setConfirming(false)
    setFailure(null)
    if (input.current) input.current.value = ''
    requestAnimationFrame(() => input.current?.focus())
  }

  const openNew = async (map: JourneyMap) => {
    setBusy('new')
    setFailure(null)
    try {
      await openAsNewMap(map)
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
      setBusy(null)
    }
  }

  const confirmReplace = () => {
    // Refused on a view link (the registry says why in a notice of its own).
    if (stage.kind === 'map') {
      if (run(replaceMapContent, { map: stage.map })) {
        notify(store, t.replaced(stage.map.meta.title || stage.fileName))
      }
    } else if (stage.kind === 'csv') {
      const added = run(addCsvTouchpoints, { text: stage.text })
      if (added !== undefined) {
        notify(store, t.addedTouchpoints(added, stage.fileName))
      }
    }
    close()
  }

  const addMetrics = (text: string, fileName: string) => {
    const added = run(addCsvMetrics, { text })
    if (added !== undefined && added > 0) {
      notify(store, t.addedMetrics(added, fileName))
    } else if (added === 0) {
      // The map changed since the preview (a phase renamed, a card deleted): read it again.
      notify(store, t.noLongerFits(fileName), 'error')
    }
    close()
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) void read(file)
  }

  return (
    <Modal title={t.title} className="xp-panel" onClose={close}>
      <div className="xp">
        <div
          className="xp-drop"
          data-dragging={dragging || undefined}
          data-compact={stage.kind !== 'pick' || undefined}
          onDragOver={(event) => {
            event.preventDefault()
            event.dataTransfer.dropEffect = 'copy'
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <FileUp size={stage.kind === 'pick' ? 32 : 20} className="xp-drop__icon" aria-hidden />
          <div className="xp-drop__text">
            <span className="xp-drop__title">{stage.kind === 'pick' ? t.drop : t.dropAnother}</span>
            {stage.kind === 'pick' && <span className="xp-drop__or">{t.or}</span>}
          </div>
          <label className="dlg-button xp-drop__button" htmlFor={ids.input}>
            {t.choose}
          </label>
          <input
            ref={input}
            id={ids.input}
            className="visually-hidden"
            type="file"
            accept={IMPORT_ACCEPT}
            aria-describedby={ids.help}
            data-autofocus
            onChange={(event) => {
              const file = event.currentTarget.files?.[0]
              if (file) void read(file)
            }}
          />
          {stage.kind === 'pick' && (
            <p className="xp-drop__help" id={ids.help}>
              {withCode(t.help)}
            </p>
          )}
        </div>

        {stage.kind === 'reading' && (
          <p className="xp-message" role="status">
            <LoaderCircle size={18} className="xp-spin" aria-hidden />
            <span>{t.reading(stage.fileName)}</span>
          </p>
        )}

        {stage.kind === 'problems' && (
          <div
            className="xp-result xp-result--bad"
            ref={result}
            tabIndex={-1}
            role="alert"
            aria-labelledby="xp-problems-title"
          >
            <h3 className="xp-result__title" id="xp-problems-title">
              <TriangleAlert size={18} aria-hidden />
              {t.cannotImport(stage.fileName)}
            </h3>
            <p className="xp-result__lead">{t.problemsFound(stage.problems.length)}</p>
            <ol className="xp-problems" aria-label={t.problems}>
              {stage.problems.map((problem, index) => (
                <li key={index} className="xp-problem">
                  {problem.where && <code className="xp-problem__where">{problem.where}</code>}
                  <span className="xp-problem__message">{problem.message}</span>
                </li>
              ))}
            </ol>
          </div>
        )}

        {stage.kind === 'map' && !confirming && (
          <div className="xp-result" ref={result} tabIndex={-1} aria-labelledby="xp-map-title">
            <h3 className="xp-result__title" id="xp-map-title">
              <CircleCheck size={18} aria-hidden className="xp-ok" />
              {stage.map.meta.title || t.untitled}
            </h3>
            <p className="xp-result__lead" data-testid="import-summary">
              {describeCounts(countsOf(stage.map), messages)}
            </p>
            <p className="xp-result__meta">{sourceLine(t, stage)}</p>
            {stage.repairs.length > 0 && (
              <details className="xp-repairs">
                <summary>{t.repairs(stage.repairs.length)}</summary>
                <ul>
                  {stage.repairs.map((repair, index) => (
                    <li key={index}>{repair}</li>
                  ))}
                </ul>
              </details>
            )}
            <Choices
              busy={busy}
              onNew={() => void openNew(stage.map)}
              onReplace={() => setConfirming(true)}
              replaceLabel={t.replaceThisMap}
            />
          </div>
        )}

        {stage.kind === 'csv' && !confirming && (
          <div className="xp-result" ref={result} tabIndex={-1} aria-labelledby="xp-csv-title">
            <h3 className="xp-result__title" id="xp-csv-title">
              <CircleCheck size={18} aria-hidden className="xp-ok" />
              {t.sheetTitle(stage.added, stage.fileName)}
            </h3>
            <p className="xp-result__lead" data-testid="import-summary">
              {stage.newPhases.length === 0
                ? t.noNewPhases
                : t.newPhases(stage.newPhases.join(', '))}
            </p>
            {stage.ignored.length > 0 && (
              <p className="xp-result__meta">{t.unusedColumns(stage.ignored.join(', '))}</p>
            )}
            <Choices
              busy={busy}
              onNew={() => {
                const title = stage.fileName.replace(/\.csv$/i, '')
                const sheet = importTouchpointsCsv(emptyMap(title), stage.text)
                if (sheet.ok) void openNew(sheet.map)
              }}
              onReplace={() => setConfirming(true)}
              replaceLabel={t.addToThisMap}
            />
          </div>
        )}

        {stage.kind === 'metrics' && (
          <MetricsSheetResult
            ref={result}
            fileName={stage.fileName}
            added={stage.added}
            places={stage.places}
            ignored={stage.ignored}
            onAdd={() => addMetrics(stage.text, stage.fileName)}
          />
        )}

        {confirming && (stage.kind === 'map' || stage.kind === 'csv') && (
          <div
            className="xp-result xp-result--confirm"
            ref={result}
            tabIndex={-1}
            role="group"
            aria-labelledby="xp-confirm-title"
          >
            <h3 className="xp-result__title" id="xp-confirm-title">
              {stage.kind === 'map'
                ? t.confirmReplace(currentTitle || t.untitled)
                : t.confirmAdd(stage.added, currentTitle || t.untitled)}
            </h3>
            <p className="xp-result__lead">
              {stage.kind === 'map'
                ? t.replaceLead(stage.fileName)
                : stage.newPhases.length > 0
                  ? t.addWithPhasesLead
                  : t.addLead}
            </p>
            <div className="xp-actions">
              <button type="button" className="dlg-button" onClick={() => setConfirming(false)}>
                <ArrowLeft size={16} aria-hidden />
                {t.back}
              </button>
              <button
                type="button"
                className={`dlg-button ${stage.kind === 'map' ? 'xp-danger' : 'dlg-button--primary'}`}
                onClick={confirmReplace}
              >
                {stage.kind === 'map' ? t.replaceMap : t.addTouchpoints}
              </button>
            </div>
          </div>
        )}

        {failure && (
          <p className="xp-message xp-message--error" role="alert">
            <TriangleAlert size={18} aria-hidden />
            <span>{failure}</span>
          </p>
        )}
        {stage.kind === 'problems' && (
          <div className="xp-actions">
            <button type="button" className="dlg-button" onClick={pickAgain}>
              {t.chooseAnother}
            </button>
          </div>
        )}
      </div>
    </Modal>
  )
}

function Choices({
  busy,
  onNew,
  onReplace,
  replaceLabel,
}: {
  busy: Busy
  onNew(): void
  onReplace(): void
  replaceLabel: string
}) {
  const t = useT().exports.import
  return (
    <div className="xp-actions">
      <button
        type="button"
        className="dlg-button"
        onClick={() => busy || onReplace()}
        aria-disabled={busy !== null}
      >
        <Replace size={16} aria-hidden />
        {replaceLabel}
      </button>
      <button
        type="button"
        className="dlg-button dlg-button--primary"
        onClick={() => busy || onNew()}
        aria-disabled={busy !== null}
        aria-busy={busy === 'new'}
      >
        {busy === 'new' ? (
          <LoaderCircle size={16} className="xp-spin" aria-hidden />
        ) : (
          <FilePlus2 size={16} aria-hidden />
        )}
        {t.openAsNew}
      </button>
    </div>
  )
}
