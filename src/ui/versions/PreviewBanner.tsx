// Shown over the canvas while a saved version is previewed: which one, that it is read-only (an
// export exports it), and the two ways out: restore it for everyone, or go back to the live map.

import { History } from 'lucide-react'
import { commands } from '../../commands'
import { restoreVersionCommand } from '../../commands/version-commands'
import { useRunCommand } from '../../commands/use-command'
import { useEditor } from '../../state/context'
import { useT } from '../../state/locale'
import { useDates } from '../workshop/use-dates'
import { loadUser } from '../presence/user'
import { useCommandContext } from './use-command-context'

export function PreviewBanner() {
  const version = useEditor((s) => s.preview?.version ?? null)
  const canRestore = useEditor((s) => s.role === 'edit' && !s.newerDoc)
  const run = useRunCommand()
  const context = useCommandContext()
  const words = useT().versions.preview
  const dates = useDates()
  if (!version) return null
  const saved = dates.full(version.createdAt)
  return (
    <div className="vh-banner" role="status" data-testid="preview-banner">
      <History size={18} aria-hidden />
      <p className="vh-banner__text">
        <strong>{words.previewing(version.label)}</strong>
        <span>{version.author ? words.savedBy(saved, version.author) : words.saved(saved)}</span>
      </p>
      {canRestore && (
        <button
          type="button"
          className="button vh-small"
          onClick={() => run(restoreVersionCommand, { version, author: loadUser().name })}
        >
          {words.restore}
        </button>
      )}
      <button
        type="button"
        className="button button--primary vh-small"
        onClick={() => commands.run('versions.exit-preview', context())}
      >
        {words.back}
      </button>
    </div>
  )
}
