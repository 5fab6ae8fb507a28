// "New map": pick a template, optionally type a title, create. The server seeds the template
// before it answers, so the editor opens on a map that already has its content.

import { useState, type FormEvent } from 'react'
import { templatesIn } from '../../domain/templates'
import { MAX_TITLE_LENGTH } from '../../domain/title'
import { useLocale, useT } from '../../state/locale'
import { Modal } from '../dialogs/Modal'
import './map-list-dialogs.css'
import { TemplatePicker } from './TemplatePicker'

interface NewMapDialogProps {
  onCreate(template: string, title: string): Promise<void>
  onClose(): void
}

/** The blank map comes first: it is what "New map" always made, and the quickest start. */
const DEFAULT_TEMPLATE = 'blank'

export function NewMapDialog({ onCreate, onClose }: NewMapDialogProps) {
  const t = useT()
  const templates = templatesIn(useLocale())
  const [template, setTemplate] = useState(DEFAULT_TEMPLATE)
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const chosen = templates.find((candidate) => candidate.id === template)
  const placeholder = chosen?.defaultTitle ?? t.templates.newMap.untitled

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await onCreate(template, title)
    } catch (e) {
      setError(t.templates.newMap.failed((e as Error).message))
      setBusy(false)
    }
  }

  return (
    <Modal
      wide
      className="ml-new-map"
      title={t.templates.newMap.title}
      description={t.templates.newMap.description}
      onClose={onClose}
    >
      <form className="ml-form" onSubmit={(event) => void submit(event)}>
        <TemplatePicker templates={templates} value={template} onChange={setTemplate} />
        {error && (
          <p role="alert" className="ml-alert">
            {error}
          </p>
        )}
        {/* The title sits beside the buttons so that everything fits a projector's 1280×800. */}
        <footer className="ml-dialog__footer ml-dialog__footer--sticky">
          <div className="ml-field ml-field--inline">
            <label className="ml-label" htmlFor="new-map-title">
              {t.templates.newMap.titleLabel}{' '}
              <span className="ml-optional">{t.templates.newMap.optional}</span>
            </label>
            <input
              id="new-map-title"
              className="ml-input"
              value={title}
              maxLength={MAX_TITLE_LENGTH}
              placeholder={placeholder}
              autoComplete="off"
              aria-describedby="new-map-title-hint"
              onChange={(event) => setTitle(event.target.value)}
            />
            <span id="new-map-title-hint" className="visually-hidden">
              {t.templates.newMap.titleHint(placeholder)}
            </span>
          </div>
          <button
            type="button"
            className="ml-btn"
            onClick={onClose}
            title={t.templates.newMap.cancelHint}
          >
            {t.common.cancel}
          </button>
          <button
            type="submit"
            className="ml-btn ml-btn--primary"
            disabled={busy}
            aria-busy={busy}
            title={t.templates.newMap.createHint(chosen?.name ?? template)}
          >
            {t.templates.newMap.create}
          </button>
        </footer>
      </form>
    </Modal>
  )
}
