// Editing one measured value of a metric: type and name, value, target and unit, which way is
// better, when it was measured, where it comes from and how sure the team is of it.

import { useState, type KeyboardEvent } from 'react'
import { Plus } from 'lucide-react'
import {
  BETTER_DIRECTIONS,
  DEFAULT_BETTER,
  DEFAULT_UNIT,
  METRIC_TYPES,
  type Better,
  type Metric,
  type MetricType,
} from '../../domain/kinds/metric'
import { useT } from '../../state/locale'
import { EvidenceFields } from './EvidenceFields'
import { DeleteButton, Field, Segmented, TextField, type Choice } from './fields'

type Edit = (patch: Partial<Omit<Metric, 'id'>>, mergeKey?: string) => void

const isType = (value: string): value is MetricType =>
  (METRIC_TYPES as readonly string[]).includes(value)

interface MetricEditorProps {
  metric: Metric
  edit: Edit
  onDelete: () => void
  onAddValue: () => void
}

export function MetricEditor({ metric, edit, onDelete, onAddValue }: MetricEditorProps) {
  const t = useT()
  const m = t.inspector.metric
  const types = t.vocabulary.metricTypes
  const betterChoices: readonly Choice<Better>[] = BETTER_DIRECTIONS.map((value) => ({
    value,
    label: value === 'higher' ? m.higher : m.lower,
  }))
  const setType = (type: MetricType) => {
    // Unit and direction follow the type unless someone chose their own.
    edit({
      type,
      ...(metric.unit === DEFAULT_UNIT[metric.type] ? { unit: DEFAULT_UNIT[type] } : {}),
      ...(metric.better === DEFAULT_BETTER[metric.type] ? { better: DEFAULT_BETTER[type] } : {}),
    })
  }
  return (
    <div className="insp-metric-editor">
      <Field label={t.inspector.type}>
        {(id) => (
          <select
            id={id}
            className="insp-input insp-select"
            value={metric.type}
            onChange={(event) => isType(event.target.value) && setType(event.target.value)}
          >
            {METRIC_TYPES.map((type) => (
              <option key={type} value={type}>
                {types[type]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={m.name}
        value={metric.name}
        placeholder={metric.type === 'custom' ? m.customPlaceholder : types[metric.type]}
        onCommit={(name) => edit({ name }, 'name')}
      />
      <div className="insp-metric-editor__row insp-metric-editor__row--3">
        <NumberField
          label={m.value}
          value={metric.value}
          onCommit={(value) => value !== null && edit({ value }, 'value')}
        />
        <NumberField
          label={m.target}
          value={metric.target}
          optional
          onCommit={(target) => edit({ target }, 'target')}
        />
        <TextField label={m.unit} value={metric.unit} onCommit={(unit) => edit({ unit }, 'unit')} />
      </div>
      <Segmented
        label={m.direction}
        choices={betterChoices}
        value={metric.better}
        onChange={(better) => edit({ better })}
      />
      <div className="insp-metric-editor__row insp-metric-editor__row--date">
        <Field label={m.date}>
          {(id) => (
            <input
              id={id}
              className="insp-input"
              type="date"
              value={metric.date}
              onChange={(event) => edit({ date: event.target.value }, 'date')}
            />
          )}
        </Field>
        <TextField
          label={m.source}
          value={metric.source}
          placeholder={m.sourcePlaceholder}
          onCommit={(source) => edit({ source }, 'source')}
        />
      </div>
      <EvidenceFields
        kind="metric"
        id={metric.id}
        evidence={metric.evidence}
        source={metric.evidenceSource}
      />
      <TextField
        label={m.note}
        multiline
        value={metric.note}
        placeholder={m.notePlaceholder}
        onCommit={(note) => edit({ note }, 'note')}
      />
      <div className="insp-row insp-metric-editor__actions">
        <button type="button" className="insp-button" onClick={onAddValue}>
          <Plus size={16} aria-hidden />
          {m.addValue}
        </button>
        <DeleteButton label={m.deleteValue} onClick={onDelete} />
      </div>
    </div>
  )
}

/**
 * A number typed freely: committed while it reads as a finite number; an optional one is cleared
 * (null) when emptied. Leaving the field shows the stored value again.
 */
function NumberField(props: {
  label: string
  value: number | null
  optional?: boolean
  onCommit: (value: number | null) => void
}) {
  const { label, value, optional = false, onCommit } = props
  const none = useT().inspector.metric.none
  const [draft, setDraft] = useState<string | null>(null)
  const parse = (text: string): number | null | undefined => {
    const clean = text.trim().replace(',', '.')
    if (clean === '') return optional ? null : undefined
    const number = Number(clean)
    return Number.isFinite(number) ? number : undefined
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') setDraft(null)
  }
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          className="insp-input insp-input--number"
          type="text"
          inputMode="decimal"
          placeholder={optional ? none : undefined}
          value={draft ?? (value === null ? '' : String(value))}
          onChange={(event) => {
            setDraft(event.target.value)
            const next = parse(event.target.value)
            if (next !== undefined && next !== value) onCommit(next)
          }}
          onBlur={() => setDraft(null)}
          onKeyDown={onKeyDown}
        />
      )}
    </Field>
  )
}
