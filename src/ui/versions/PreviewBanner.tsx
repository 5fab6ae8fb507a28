// Shown over the canvas while a saved version is previewed: which one, that it is read-only (an
// export exports it), and the two ways out: restore it for everyone, or go back to the live map.

import { History } from 'lucide-react'
import { commands } from '../../commands'
import { restoreVersionCommand } from '../../commands/version-commands'
import { useRunCommand } from '../../commands/use-command'
import { useEditor } from '../../state/context'
import { fullDate } from '../map-list/relative-time'
import { loadUser } from '../presence/user'
import { useCommandContext } from './use-command-context'

export function PreviewBanner() {
  const version = useEditor((s) => s.preview?.version ?? null)
  const canRestore = useEditor((s) => s.role === 'edit' && !s.newerDoc)
  const run = useRunCommand()
  const context = useCommandContext()
  if (!version) return null
  return (
    <div className="vh-banner" role="status" data-testid="preview-banner">
      <History size={18} aria-hidden />
      <p className="vh-banner__text">
        <strong>Previewing “{version.label}”</strong>
        <span>
          Saved {fullDate(version.createdAt)}
          {version.author ? ` by ${version.author}` : ''} · read-only · exports export this version
        </span>
      </p>
      {canRestore && (
        <button
          type="button"
          className="button vh-small"
          onClick={() => run(restoreVersionCommand, { version, author: loadUser().name })}
        >
          Restore this version
        </button>
      )}
      <button
        type="button"
        className="button button--primary vh-small"
        onClick={() => commands.run('versions.exit-preview', context())}
      >
        Back to the live map
      </button>
    </div>
  )
}
