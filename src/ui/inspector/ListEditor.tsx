// An editable list of short texts (pain points, opportunities): each item is an input; Enter opens
// a new item below the list, Backspace in an empty item removes it. A new item reaches the map
// only with its first character, so empty items are never shared with colleagues.

import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { Plus, X, type LucideIcon } from 'lucide-react'
import type { Messages } from '../../domain/i18n'
import { useDraft } from './fields'
import { insertAt, removeAt, replaceAt } from './list-edit'

export type ListUpdate = (
  change: (items: readonly string[]) => readonly string[],
  mergeKey?: string,
) => void

interface ListEditorProps {
  /** The list's words: its title, an item's name, add, remove… */
  words: Messages['inspector']['lists'][keyof Messages['inspector']['lists']]
  icon?: LucideIcon
  items: readonly string[]
  /** Applies `change` to the list as it is in the map at the moment of the edit. */
  update: ListUpdate
  /** Prefix for merge keys, e.g. "touchpoint:abc:painPoints". */
  mergeKeyPrefix: string
}

function ListEditorView(props: ListEditorProps) {
  const { words, icon: Icon, items, update, mergeKeyPrefix } = props
  const [adding, setAdding] = useState(false)
  const inputs = useRef<(HTMLInputElement | null)[]>([])
  const addButton = useRef<HTMLButtonElement>(null)
  /** Focus to move once the list has re-rendered: an item index or the add button. */
  const pendingFocus = useRef<number | 'add' | null>(null)
  const titleId = useId()

  useEffect(() => {
    const target = pendingFocus.current
    if (target === null) return
    pendingFocus.current = null
    if (target === 'add') addButton.current?.focus()
    else inputs.current[target]?.focus()
  })

  const remove = (index: number) => {
    update((current) => removeAt(current, index))
    if (index === items.length - 1) pendingFocus.current = index > 0 ? index - 1 : 'add'
  }

  const onItemKeyDown = (index: number, event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      setAdding(true)
      pendingFocus.current = items.length
    } else if (event.key === 'Backspace' && event.currentTarget.value === '') {
      event.preventDefault()
      update((current) => removeAt(current, index))
      // The previous item, or the one that moves up into this place, or the add button.
      pendingFocus.current = index > 0 ? index - 1 : items.length > 1 ? 0 : 'add'
    }
  }

  // One array for the items and the new-item row: the new row has the key of the item it becomes,
  // so when its first character is saved React keeps the same input, with its focus and caret.
  const rows = items.map((item, index) => (
    <ListItem
      // Items have no ids; by index, an item keeps its input (and focus) while others change.
      key={index}
      inputRef={(element) => {
        inputs.current[index] = element
      }}
      value={item}
      label={words.item(index + 1)}
      onCommit={(text) =>
        update((current) => replaceAt(current, index, text), `${mergeKeyPrefix}:${index}`)
      }
      onKeyDown={(event) => onItemKeyDown(index, event)}
      onRemove={() => remove(index)}
      removeLabel={words.remove(index + 1)}
    />
  ))
  if (adding) {
    const at = items.length
    rows.push(
      <ListItem
        key={at}
        inputRef={(element) => {
          inputs.current[at] = element
        }}
        value=""
        label={words.new}
        placeholder={words.newPlaceholder}
        onCommit={(text) => {
          if (text === '') return
          update((current) => insertAt(current, at, text), `${mergeKeyPrefix}:${at}`)
          setAdding(false)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' || (event.key === 'Enter' && !event.currentTarget.value)) {
            event.preventDefault()
            setAdding(false)
            pendingFocus.current = 'add'
          }
        }}
        onBlur={() => setAdding(false)}
        onRemove={() => {
          setAdding(false)
          pendingFocus.current = 'add'
        }}
        removeLabel={words.discard}
      />,
    )
  }

  return (
    <section className="insp-field" aria-labelledby={titleId}>
      <h3 className="insp-label" id={titleId}>
        {Icon && <Icon size={15} aria-hidden />}
        {words.title}
        {items.length > 0 && <span className="insp-count">{items.length}</span>}
      </h3>
      <ul className="insp-list">{rows}</ul>
      <button
        ref={addButton}
        type="button"
        className="insp-button insp-button--quiet"
        onClick={() => {
          setAdding(true)
          pendingFocus.current = items.length
        }}
      >
        <Plus size={16} aria-hidden />
        {words.add}
      </button>
    </section>
  )
}

interface ListItemProps {
  value: string
  label: string
  removeLabel: string
  placeholder?: string
  inputRef?: (element: HTMLInputElement | null) => void
  onCommit: (text: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void
  onBlur?: () => void
  onRemove: () => void
}

function ListItem(props: ListItemProps) {
  const { value, label, removeLabel, placeholder, inputRef } = props
  const draft = useDraft(value, props.onCommit)
  return (
    <li className="insp-list__item">
      <input
        ref={inputRef}
        className="insp-input"
        type="text"
        aria-label={label}
        placeholder={placeholder}
        value={draft.value}
        onChange={draft.onChange}
        onKeyDown={props.onKeyDown}
        onBlur={() => {
          draft.onBlur()
          props.onBlur?.()
        }}
      />
      <button
        type="button"
        className="insp-icon-button"
        aria-label={removeLabel}
        title={removeLabel}
        onClick={props.onRemove}
      >
        <X size={16} aria-hidden />
      </button>
    </li>
  )
}

/** Memoised: typing in another field of the inspector does not re-render the list. */
export const ListEditor = memo(ListEditorView)
