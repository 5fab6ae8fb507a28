import { useState, type KeyboardEvent } from 'react'
import { useT } from '../../state/locale'

interface InlineTextProps {
  value: string
  label: string
  className?: string
  multiline?: boolean
  placeholder?: string
  /** The most characters the input takes (the domain's limit, where it has one). */
  maxLength?: number
  onCommit(value: string): void
}

/**
 * Text shown on the canvas that becomes an input on double-click (or Enter when focused).
 * Enter commits, Escape cancels; the `nodrag` class keeps React Flow from dragging while typing.
 */
export function InlineText({
  value,
  label,
  className,
  multiline,
  placeholder,
  maxLength,
  onCommit,
}: InlineTextProps) {
  const t = useT()
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft)
    setDraft(null)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation()
    if (event.key === 'Escape') setDraft(null)
    if (event.key === 'Enter' && (!multiline || event.metaKey || event.ctrlKey)) commit()
  }
  if (draft !== null) {
    const props = {
      className: `${className ?? ''} inline-input nodrag nopan nowheel`,
      value: draft,
      autoFocus: true,
      'aria-label': label,
      maxLength,
      onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
      onBlur: commit,
      onKeyDown,
    }
    return multiline ? <textarea {...props} /> : <input {...props} />
  }
  return (
    <div
      className={className}
      title={t.canvas.editHint(label)}
      onDoubleClick={(event) => {
        event.stopPropagation()
        setDraft(value)
      }}
    >
      {value || <span className="placeholder">{placeholder ?? label}</span>}
    </div>
  )
}
