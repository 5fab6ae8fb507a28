// Tags as removable chips plus an input: Enter or a comma adds, Backspace in the empty input
// removes the last tag, leaving the field adds what was typed.

import { memo, useId, useState, type KeyboardEvent } from 'react'
import { X } from 'lucide-react'
import { useT } from '../../state/locale'
import type { ListUpdate } from './ListEditor'
import { addTags, removeTag } from './list-edit'

function TagEditorView({ tags, update }: { tags: readonly string[]; update: ListUpdate }) {
  const [text, setText] = useState('')
  const id = useId()
  const m = useT().inspector.tags

  const commit = () => {
    if (text.trim() === '') return
    const typed = text
    update((current) => addTags(current, typed))
    setText('')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      event.preventDefault()
      const last = tags[tags.length - 1]
      if (last !== undefined) update((current) => removeTag(current, last))
    }
  }

  return (
    <div className="insp-field">
      <label className="insp-label" htmlFor={id}>
        {m.label}
      </label>
      <div className="insp-tags">
        {tags.length > 0 && (
          <ul className="insp-tags__list">
            {tags.map((tag, index) => (
              // A colleague's concurrent edit can leave a tag twice: key by position too.
              <li key={`${index}:${tag}`} className="insp-tag">
                <span className="insp-tag__text">{tag}</span>
                <button
                  type="button"
                  className="insp-tag__remove"
                  aria-label={m.remove(tag)}
                  title={m.remove(tag)}
                  onClick={() => update((current) => removeTag(current, tag))}
                >
                  <X size={14} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          className="insp-input insp-tags__input"
          type="text"
          aria-label={m.add}
          placeholder={m.placeholder}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
      </div>
    </div>
  )
}

/** Memoised: typing in another field of the inspector does not re-render the tags. */
export const TagEditor = memo(TagEditorView)
