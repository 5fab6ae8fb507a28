import { setMapTitle } from '../commands/record-commands'
import { useRunCommand } from '../commands/use-command'
import { InlineText } from '../canvas/nodes/InlineText'
import { useEditor } from '../state/context'

/** The map's title in the top bar; double-click to rename (everyone sees it live). */
export function MapTitle() {
  const run = useRunCommand()
  const title = useEditor((s) => s.map.meta.title)
  return (
    <InlineText
      value={title}
      label="Map title"
      placeholder="Untitled journey"
      className="editor__title"
      onCommit={(next) => run(setMapTitle, { title: next })}
    />
  )
}
