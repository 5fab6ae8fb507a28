// The comment box: a textarea that grows, Ctrl/⌘+Enter sends, Escape cancels, and typing "@"
// offers the names of people here now or seen on this map (arrows and Enter pick one).

import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { Send } from 'lucide-react'
import { mentionQuery } from '../../domain/workshop/comments'
import { useT } from '../../state/locale'

interface ComposerProps {
  placeholder: string
  names: readonly string[]
  initial?: string
  /** Defaults to "Send". */
  submitLabel?: string
  autoFocus?: boolean
  onSubmit(text: string): boolean | null | undefined | string
  onCancel?: () => void
}

export function Composer({
  placeholder,
  names,
  initial = '',
  submitLabel,
  autoFocus = false,
  onSubmit,
  onCancel,
}: ComposerProps) {
  const t = useT()
  const [text, setText] = useState(initial)
  const [caret, setCaret] = useState(initial.length)
  const [pick, setPick] = useState(0)
  const field = useRef<HTMLTextAreaElement>(null)
  const listId = useId()
  const query = mentionQuery(text, caret)
  const options =
    query === null
      ? []
      : names.filter((n) => n.toLowerCase().startsWith(query.query.toLowerCase())).slice(0, 6)

  const submit = () => {
    if (text.trim() === '') return
    const result = onSubmit(text)
    if (result !== false && result !== null) setText('')
  }

  const insert = (name: string) => {
    if (!query) return
    const next = `${text.slice(0, query.start)}@${name} ${text.slice(caret)}`
    const at = query.start + name.length + 2
    setText(next)
    setCaret(at)
    requestAnimationFrame(() => field.current?.setSelectionRange(at, at))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Keys typed here are text, never editor shortcuts.
    event.stopPropagation()
    if (options.length > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setPick((p) => (p + step + options.length) % options.length)
      return
    }
    if (
      options.length > 0 &&
      (event.key === 'Enter' || event.key === 'Tab') &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      event.preventDefault()
      insert(options[Math.min(pick, options.length - 1)] ?? '')
      return
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      submit()
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault()
      onCancel()
    }
  }

  return (
    <div className="ws-composer">
      <textarea
        ref={field}
        className="ws-composer__field"
        value={text}
        placeholder={placeholder}
        aria-label={placeholder}
        rows={Math.min(8, Math.max(2, text.split('\n').length))}
        autoFocus={autoFocus}
        aria-controls={options.length > 0 ? listId : undefined}
        onChange={(event) => {
          setText(event.target.value)
          setCaret(event.target.selectionStart)
          setPick(0)
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 && (
        <ul
          className="ws-mentions"
          id={listId}
          role="listbox"
          aria-label={t.workshop.comments.mention}
        >
          {options.map((name, index) => (
            <li
              key={name}
              role="option"
              aria-selected={index === pick}
              onMouseDown={(event) => {
                event.preventDefault()
                insert(name)
              }}
            >
              @{name}
            </li>
          ))}
        </ul>
      )}
      <div className="ws-composer__actions">
        <span className="ws-hint">{t.workshop.comments.composerHint}</span>
        {onCancel && (
          <button type="button" className="ws-button" onClick={onCancel}>
            {t.common.cancel}
          </button>
        )}
        <button
          type="button"
          className="ws-button ws-button--primary"
          disabled={text.trim() === ''}
          onClick={submit}
        >
          <Send size={14} aria-hidden />
          {submitLabel ?? t.workshop.comments.send}
        </button>
      </div>
    </div>
  )
}
