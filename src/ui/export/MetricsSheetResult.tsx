// The Import dialog's result for a sheet of metrics: how many values, on which places, and one
// action — add them to the open map (a metrics sheet names phases and cards of this map, so it
// cannot open as a new map).

import { forwardRef } from 'react'
import { ChartNoAxesCombined, CircleCheck } from 'lucide-react'
import { importMetricsCsv } from '../../domain/format/csv-metrics'
import type { Messages } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import { fromCsvProblems, type ImportProblem } from '../../export/import-file'
import { useT } from '../../state/locale'

interface Props {
  fileName: string
  added: number
  places: number
  ignored: readonly string[]
  onAdd: () => void
}

export const MetricsSheetResult = forwardRef<HTMLDivElement, Props>(function MetricsSheetResult(
  { fileName, added, places, ignored, onAdd },
  ref,
) {
  const t = useT().exports.import
  return (
    <div className="xp-result" ref={ref} tabIndex={-1} aria-labelledby="xp-metrics-title">
      <h3 className="xp-result__title" id="xp-metrics-title">
        <CircleCheck size={18} aria-hidden className="xp-ok" />
        {t.metrics.title(added, fileName)}
      </h3>
      <p className="xp-result__lead" data-testid="import-summary">
        {t.metrics.lead(places)}
      </p>
      {ignored.length > 0 && (
        <p className="xp-result__meta">{t.unusedColumns(ignored.join(', '))}</p>
      )}
      <div className="xp-actions">
        <button type="button" className="dlg-button dlg-button--primary" onClick={onAdd}>
          <ChartNoAxesCombined size={16} aria-hidden />
          {t.metrics.add}
        </button>
      </div>
    </div>
  )
})

/** A metrics sheet checked against the open map: what it would add, or every problem. */
export function readMetricsSheet(
  map: JourneyMap,
  text: string,
  messages: Messages,
):
  | { ok: true; added: number; places: number; ignored: string[] }
  | { ok: false; problems: ImportProblem[] } {
  const sheet = importMetricsCsv(map, text)
  if (!sheet.ok) return { ok: false, problems: fromCsvProblems(sheet.problems, messages) }
  const before = new Set(Object.keys(map.metrics))
  const places = new Set(
    Object.values(sheet.map.metrics)
      .filter((metric) => !before.has(metric.id))
      .map((metric) => metric.touchpointId ?? metric.phaseId),
  )
  return { ok: true, added: sheet.added, places: places.size, ignored: sheet.ignoredColumns }
}
