// The heat overlay's legend (bottom left of the canvas while the overlay is on): what the column
// colours mean, a switch between pain points and metrics, and a button to turn it off. The
// colours are the same four steps as canvas.css's `.phase[data-heat]`.

import { Panel } from '@xyflow/react'
import { Flame, X } from 'lucide-react'
import { setHeat } from '../commands/metric-commands'
import { useRunCommand } from '../commands/use-command'
import { AMBER_TOLERANCE, type HeatMode } from '../domain/metric-status'
import { useEditor } from '../state/context'
import { useT } from '../state/locale'
import type { Messages } from '../domain/i18n'

const COLORS: Readonly<Record<HeatMode, readonly string[]>> = {
  pain: ['#e2e8f0', '#fde68a', '#fb923c', '#f87171'],
  metrics: ['#e2e8f0', '#86efac', '#fbbf24', '#f87171'],
}

function levels(mode: HeatMode, m: Messages['canvas']['heat']): readonly string[] {
  if (mode === 'pain') return m.painLevels
  return [m.noTarget, m.onTarget, m.nearTarget(AMBER_TOLERANCE * 100), m.offTarget]
}

export function HeatLegend() {
  const t = useT()
  const mode = useEditor((s) => s.heat)
  const run = useRunCommand()
  if (mode === null) return null
  return (
    <Panel position="bottom-left" className="heat-legend" data-testid="heat-legend">
      <div className="heat-legend__head">
        <Flame size={15} aria-hidden />
        <h2 className="heat-legend__title" id="heat-legend-title">
          {t.canvas.heat[mode]}
        </h2>
        <button
          type="button"
          className="heat-legend__close"
          aria-label={t.canvas.heat.off}
          title={t.canvas.heat.offTip}
          onClick={() => run(setHeat, { mode: null })}
        >
          <X size={15} aria-hidden />
        </button>
      </div>
      <ul className="heat-legend__items" aria-labelledby="heat-legend-title">
        {levels(mode, t.canvas.heat).map((label, level) => (
          <li key={label} className="heat-legend__item">
            <span
              className="heat-legend__swatch"
              style={{ background: COLORS[mode][level] }}
              aria-hidden
            />
            {label}
          </li>
        ))}
      </ul>
      <div className="heat-legend__modes" role="group" aria-label={t.canvas.heat.colourBy}>
        {(['pain', 'metrics'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="heat-legend__mode"
            aria-pressed={mode === option}
            onClick={() => run(setHeat, { mode: option })}
          >
            {option === 'pain' ? t.canvas.heat.painMode : t.canvas.heat.metricsMode}
          </button>
        ))}
      </div>
    </Panel>
  )
}
