// "Save version": a label ("After workshop 1", "Delivered to client") and one button. The label
// rules are the server's (1–120 characters); the button stays disabled until the label is usable.

import { useState } from 'react'
import { Save } from 'lucide-react'
import { saveVersionCommand } from '../../commands/version-commands'
import { useRunCommand } from '../../commands/use-command'
import { MAX_VERSION_LABEL, parseVersionLabel } from '../../domain/versions/version'
import { useT } from '../../state/locale'
import { loadUser } from '../presence/user'

export function SaveVersionForm() {
  const run = useRunCommand()
  const words = useT().versions.save
  const [label, setLabel] = useState('')
  const [saving, setSaving] = useState(false)
  const usable = parseVersionLabel(label).ok
  return (
    <form
      className="vh-save"
      onSubmit={(event) => {
        event.preventDefault()
        if (!usable || saving) return
        setSaving(true)
        const saved = run(saveVersionCommand, { label, author: loadUser().name })
        void Promise.resolve(saved).then((version) => {
          setSaving(false)
          if (version) setLabel('')
        })
      }}
    >
      <label className="vh-save__label" htmlFor="vh-save-label">
        {words.label}
      </label>
      <div className="vh-save__row">
        <input
          id="vh-save-label"
          className="vh-input"
          value={label}
          maxLength={MAX_VERSION_LABEL}
          placeholder={words.placeholder}
          onChange={(event) => setLabel(event.target.value)}
        />
        <button
          type="submit"
          className="button button--primary vh-save__button"
          disabled={!usable || saving}
        >
          <Save size={15} aria-hidden />
          {saving ? words.saving : words.save}
        </button>
      </div>
    </form>
  )
}
