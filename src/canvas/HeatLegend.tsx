// The heat overlay's legend (bottom left of the canvas while the overlay is on): what the column
// colours mean, a switch between pain points and metrics, and a button to turn it off. The
// colours are the same four steps as canvas.css's `.phase[data-heat]`.

import { Panel } from '@xyflow/react'
import { Flame, X } from 'lucide-react'
import { setHeat } from '../commands/metric-commands'
import { useRunCommand } from '../commands/use-command'
import { AMBER_TOLERANCE, PAIN_LEVELS, type HeatMode } from '../domain/metric-status'
import { useEditor } from '../state/context'
import { useT } from '../state/locale'

const COLORS: Readonly<Record<HeatMode, readonly string[]>> = {
  pain: ['#e2e8f0', '#fde68a', '#fb923c', '#f87171'],
  metrics: ['#e2e8f0', '#86efac', '#fbbf24', '#f87171'],
}

const LABELS: Readonly<Record<Exclude<HeatMode, 'pain'>, readonly string[]>> = {
  metrics: [
    'No target set',
    'On target',
    `Near target (within ${AMBER_TOLERANCE * 100} %)`,
    'Off target',
  ],
}

const TITLES: Readonly<Record<HeatMode, string>> = {
  pain: 'Pain points',
  metrics: 'Worst metric status',
}

export function HeatLegend() {
  const mode = useEditor((s) => s.heat)
  const run = useRunCommand()
  const painLevels = useT().vocabulary.painLevels
  if (mode === null) return null
  const levels = mode === 'pain' ? PAIN_LEVELS.map((level) => painLevels[level]) : LABELS[mode]
  return (
    <Panel position="bottom-left" className="heat-legend" data-testid="heat-legend">
      <div className="heat-legend__head">
        <Flame size={15} aria-hidden />
        <h2 className="heat-legend__title" id="heat-legend-title">
          {TITLES[mode]}
        </h2>
        <button
          type="button"
          className="heat-legend__close"
          aria-label="Turn the heat overlay off"
          title="Turn off (H)"
          onClick={() => run(setHeat, { mode: null })}
        >
          <X size={15} aria-hidden />
        </button>
      </div>
      <ul className="heat-legend__items" aria-labelledby="heat-legend-title">
        {levels.map((label, level) => (
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
      <div className="heat-legend__modes" role="group" aria-label="Colour phases by">
        {(['pain', 'metrics'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="heat-legend__mode"
            aria-pressed={mode === option}
            onClick={() => run(setHeat, { mode: option })}
          >
            {option === 'pain' ? 'Pain points' : 'Metrics'}
          </button>
        ))}
      </div>
    </Panel>
  )
}
