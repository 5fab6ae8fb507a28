// The inspector's form controls. Text fields commit on every keystroke (colleagues see typing
// live) but show their own draft while focused, so the echo from the store never moves the caret.

import { memo, useId, useState, type ChangeEvent, type ReactNode } from 'react'
import type { LucideIcon } from 'lucide-react'
import { Trash2 } from 'lucide-react'
import { countRender } from '../../canvas/render-count'
import { useT } from '../../state/locale'
import { colorName } from './color-names'

type TextElement = HTMLInputElement | HTMLTextAreaElement

/** A draft that wins over the stored value from the first keystroke until the field loses focus. */
export function useDraft(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState<string | null>(null)
  return {
    value: draft ?? value,
    onChange(event: ChangeEvent<TextElement>) {
      const next = event.target.value
      setDraft(next)
      commit(next)
    },
    onBlur() {
      setDraft(null)
    },
  }
}

interface FieldProps {
  label: string
  children: (id: string) => ReactNode
  hint?: string
}

/** A labelled row; `children` receives the id the control must use. */
export function Field({ label, children, hint }: FieldProps) {
  const id = useId()
  return (
    <div className="insp-field">
      <label className="insp-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
      {hint !== undefined && <p className="insp-hint">{hint}</p>}
    </div>
  )
}

interface TextFieldProps {
  label: string
  value: string
  /** The most characters the field takes (the domain's limit, where it has one). */
  maxLength?: number
  onCommit: (next: string) => void
  placeholder?: string
  multiline?: boolean
  /** A datalist of suggestions (single-line fields). */
  list?: string
}

/** Memoised: with a stable `onCommit`, typing in one field re-renders that field only. */
export const TextField = memo(function TextField(props: TextFieldProps) {
  const { label, value, onCommit, placeholder, multiline, maxLength, list } = props
  countRender('field', label)
  const draft = useDraft(value, onCommit)
  return (
    <Field label={label}>
      {(id) =>
        multiline ? (
          <textarea
            id={id}
            className="insp-input insp-textarea"
            rows={4}
            placeholder={placeholder}
            maxLength={maxLength}
            {...draft}
          />
        ) : (
          <input
            id={id}
            className="insp-input"
            type="text"
            placeholder={placeholder}
            maxLength={maxLength}
            list={list}
            {...draft}
          />
        )
      }
    </Field>
  )
})

const NONE = ''

interface RecordSelectProps {
  label: string
  /** The chosen record's id; null, or an id not among `records`, shows as `none`. */
  value: string | null
  records: readonly { id: string; name: string }[]
  /** Shown for a record without a name. */
  untitled: string
  none: string
  onPick: (id: string | null) => void
}

/** A select of named records (a card's phase, its lane) with a choice for none. */
export function RecordSelect({ label, value, records, untitled, none, onPick }: RecordSelectProps) {
  const known = value !== null && records.some((record) => record.id === value)
  return (
    <Field label={label}>
      {(fieldId) => (
        <select
          id={fieldId}
          className="insp-input insp-select"
          value={known ? value : NONE}
          onChange={(event) => onPick(event.target.value === NONE ? null : event.target.value)}
        >
          {records.map((record) => (
            <option key={record.id} value={record.id}>
              {record.name || untitled}
            </option>
          ))}
          <option value={NONE}>{none}</option>
        </select>
      )}
    </Field>
  )
}

export interface Choice<T> {
  value: T
  label: string
  icon?: LucideIcon
  /** Icon colour while pressed. */
  color?: string
  tint?: string
}

interface SegmentedProps<T> {
  label: string
  choices: readonly Choice<T>[]
  value: T
  onChange: (value: T) => void
  /** Show only the icons (the label goes into aria-label and the tooltip). */
  iconsOnly?: boolean
}

/** A row of toggle buttons for one value, marked with aria-pressed. */
function SegmentedView<T extends string | number>({
  label,
  choices,
  value,
  onChange,
  iconsOnly = false,
}: SegmentedProps<T>) {
  countRender('field', label)
  const labelId = useId()
  return (
    <div className="insp-field">
      <span className="insp-label" id={labelId}>
        {label}
      </span>
      <div
        className={`insp-segmented${iconsOnly ? ' insp-segmented--icons' : ''}`}
        role="group"
        aria-labelledby={labelId}
      >
        {choices.map((choice) => {
          const pressed = choice.value === value
          const Icon = choice.icon
          // Coloured choices (emotions) always show their colour; the pressed one is filled too.
          const style = choice.color
            ? pressed
              ? { color: choice.color, background: choice.tint, borderColor: choice.color }
              : { color: choice.color }
            : undefined
          return (
            <button
              key={String(choice.value)}
              type="button"
              className="insp-segment"
              aria-pressed={pressed}
              aria-label={iconsOnly ? choice.label : undefined}
              title={choice.label}
              style={style}
              onClick={() => onChange(choice.value)}
            >
              {Icon && <Icon size={iconsOnly ? 22 : 16} aria-hidden />}
              {!iconsOnly && <span>{choice.label}</span>}
            </button>
          )
        })}
      </div>
    </div>
  )
}

/** Memoised (with stable `choices` and `onChange`, a keystroke elsewhere skips its icons). */
export const Segmented = memo(SegmentedView) as typeof SegmentedView

interface SwatchesProps {
  label: string
  colors: readonly string[]
  value: string
  onPick: (color: string) => void
}

export function Swatches({ label, colors, value, onPick }: SwatchesProps) {
  const labelId = useId()
  const t = useT()
  return (
    <div className="insp-field">
      <span className="insp-label" id={labelId}>
        {label}
      </span>
      <div className="insp-swatches" role="group" aria-labelledby={labelId}>
        {colors.map((color) => {
          const name = colorName(color, t)
          return (
            <button
              key={color}
              type="button"
              className="insp-swatch"
              style={{ background: color }}
              aria-pressed={color.toLowerCase() === value.toLowerCase()}
              aria-label={name}
              title={name}
              onClick={() => onPick(color)}
            />
          )
        })}
      </div>
    </div>
  )
}

// The header and the delete button never change while a record is edited: memoised, a keystroke
// in the panel does not re-render them and their icons.
export const DeleteButton = memo(function DeleteButton({
  label,
  onClick,
}: {
  label: string
  onClick: () => void
}) {
  return (
    <button type="button" className="insp-button insp-button--danger" onClick={onClick}>
      <Trash2 size={16} aria-hidden />
      {label}
    </button>
  )
})

export const PanelHeader = memo(function PanelHeader({
  icon: Icon,
  title,
}: {
  icon: LucideIcon
  title: string
}) {
  return (
    <h2 className="insp-heading">
      <Icon size={18} aria-hidden />
      {title}
    </h2>
  )
})

/** A direction's word on its button ("Up") and what the button does ("Move lane up"). */
export interface OrderDirection {
  readonly text: string
  readonly action: string
}

interface OrderFieldProps {
  index: number
  count: number
  /** The two directions: back (up, left) and forward (down, right). */
  directions: readonly [OrderDirection, OrderDirection]
  /** Icons drawn before the first word and after the second. */
  icons?: readonly [LucideIcon, LucideIcon]
  onMove: (to: number) => void
}

/** "2 of 5" with a button each way, for records whose order people choose. */
export function OrderField({ index, count, directions, icons, onMove }: OrderFieldProps) {
  const t = useT()
  const [back, forward] = directions
  const [BackIcon, ForwardIcon] = icons ?? []
  return (
    <div className="insp-field">
      <span className="insp-label">{t.inspector.order.position}</span>
      <div className="insp-row">
        <button
          type="button"
          className="insp-button"
          disabled={index <= 0}
          aria-label={back.action}
          title={back.action}
          onClick={() => onMove(index - 1)}
        >
          {BackIcon && <BackIcon size={16} aria-hidden />}
          {back.text}
        </button>
        <span className="insp-row__text">{t.inspector.order.of(index + 1, count)}</span>
        <button
          type="button"
          className="insp-button"
          disabled={index < 0 || index >= count - 1}
          aria-label={forward.action}
          title={forward.action}
          onClick={() => onMove(index + 1)}
        >
          {forward.text}
          {ForwardIcon && <ForwardIcon size={16} aria-hidden />}
        </button>
      </div>
    </div>
  )
}

/** A labelled checkbox row. */
export function CheckField(props: {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: string | undefined
}) {
  const { label, checked, onChange, hint } = props
  return (
    <div className="insp-field">
      <label className="insp-check">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{label}</span>
      </label>
      {hint !== undefined && <p className="insp-hint">{hint}</p>}
    </div>
  )
}
