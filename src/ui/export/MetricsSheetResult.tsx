// The Import dialog's result for a sheet of metrics: how many values, on which places, and one
// action — add them to the open map (a metrics sheet names phases and cards of this map, so it
// cannot open as a new map).

import { forwardRef } from 'react'
import { ChartNoAxesCombined, CircleCheck } from 'lucide-react'

interface Props {
  fileName: string
  added: number
  places: number
  ignored: readonly string[]
  onAdd: () => void
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`

export const MetricsSheetResult = forwardRef<HTMLDivElement, Props>(function MetricsSheetResult(
  { fileName, added, places, ignored, onAdd },
  ref,
) {
  return (
    <div className="xp-result" ref={ref} tabIndex={-1} aria-labelledby="xp-metrics-title">
      <h3 className="xp-result__title" id="xp-metrics-title">
        <CircleCheck size={18} aria-hidden className="xp-ok" />
        {plural(added, 'metric value', 'metric values')} in {fileName}
      </h3>
      <p className="xp-result__lead" data-testid="import-summary">
        On {plural(places, 'phase or touchpoint', 'phases and touchpoints')} of this map. They are
        added for everyone who has it open; undo takes them back.
      </p>
      {ignored.length > 0 && (
        <p className="xp-result__meta">Columns not used: {ignored.join(', ')}.</p>
      )}
      <div className="xp-actions">
        <button type="button" className="dlg-button dlg-button--primary" onClick={onAdd}>
          <ChartNoAxesCombined size={16} aria-hidden />
          Add metrics
        </button>
      </div>
    </div>
  )
})
