// Editing one measured value of a metric: type and name, value, target and unit, which way is
// better, when it was measured, where it comes from and how sure the team is of it.

import { useState, type KeyboardEvent } from 'react'
import { Plus } from 'lucide-react'
import {
  BETTER_DIRECTIONS,
  DEFAULT_BETTER,
  DEFAULT_UNIT,
  METRIC_TYPES,
  METRIC_TYPE_LABELS,
  type Better,
  type Metric,
  type MetricType,
} from '../../domain/kinds/metric'
import { EvidenceFields } from './EvidenceFields'
import { DeleteButton, Field, Segmented, TextField, type Choice } from './fields'

type Edit = (patch: Partial<Omit<Metric, 'id'>>, mergeKey?: string) => void

const BETTER_CHOICES: readonly Choice<Better>[] = BETTER_DIRECTIONS.map((value) => ({
  value,
  label: value === 'higher' ? 'Higher is better' : 'Lower is better',
}))

const isType = (value: string): value is MetricType =>
  (METRIC_TYPES as readonly string[]).includes(value)

interface MetricEditorProps {
  metric: Metric
  edit: Edit
  onDelete: () => void
  onAddValue: () => void
}

export function MetricEditor({ metric, edit, onDelete, onAddValue }: MetricEditorProps) {
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
      <Field label="Type">
        {(id) => (
          <select
            id={id}
            className="insp-input insp-select"
            value={metric.type}
            onChange={(event) => isType(event.target.value) && setType(event.target.value)}
          >
            {METRIC_TYPES.map((type) => (
              <option key={type} value={type}>
                {METRIC_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label="Name"
        value={metric.name}
        placeholder={
          metric.type === 'custom' ? 'What is measured' : METRIC_TYPE_LABELS[metric.type]
        }
        onCommit={(name) => edit({ name }, 'name')}
      />
      <div className="insp-metric-editor__row insp-metric-editor__row--3">
        <NumberField
          label="Value"
          value={metric.value}
          onCommit={(value) => value !== null && edit({ value }, 'value')}
        />
        <NumberField
          label="Target"
          value={metric.target}
          optional
          onCommit={(target) => edit({ target }, 'target')}
        />
        <TextField label="Unit" value={metric.unit} onCommit={(unit) => edit({ unit }, 'unit')} />
      </div>
      <Segmented
        label="Direction"
        choices={BETTER_CHOICES}
        value={metric.better}
        onChange={(better) => edit({ better })}
      />
      <div className="insp-metric-editor__row insp-metric-editor__row--date">
        <Field label="Date">
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
          label="Source"
          value={metric.source}
          placeholder="Tool, study, report"
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
        label="Note"
        multiline
        value={metric.note}
        placeholder="How it was measured, caveats…"
        onCommit={(note) => edit({ note }, 'note')}
      />
      <div className="insp-row insp-metric-editor__actions">
        <button type="button" className="insp-button" onClick={onAddValue}>
          <Plus size={16} aria-hidden />
          Add a newer value
        </button>
        <DeleteButton label="Delete value" onClick={onDelete} />
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
          placeholder={optional ? 'None' : undefined}
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
