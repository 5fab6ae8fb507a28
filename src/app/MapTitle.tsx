import { setMapTitle } from '../commands/record-commands'
import { useRunCommand } from '../commands/use-command'
import { InlineText } from '../canvas/nodes/InlineText'
import { MAX_TITLE_LENGTH } from '../domain/title'
import { useEditor } from '../state/context'
import { useT } from '../state/locale'

/** The map's title in the top bar; double-click to rename (everyone sees it live). */
export function MapTitle() {
  const t = useT()
  const run = useRunCommand()
  const title = useEditor((s) => s.map.meta.title)
  return (
    <InlineText
      value={title}
      label={t.app.mapTitle}
      placeholder={t.app.untitledMap}
      className="editor__title"
      maxLength={MAX_TITLE_LENGTH}
      onCommit={(next) => run(setMapTitle, { title: next })}
    />
  )
}
