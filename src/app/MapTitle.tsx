import { setTitle } from '../domain/operations'
import { runEdit } from '../commands/edit'
import { InlineText } from '../canvas/nodes/InlineText'
import { useEditor, useEditorStore } from '../state/context'

/** The map's title in the top bar; double-click to rename (everyone sees it live). */
export function MapTitle() {
  const store = useEditorStore()
  const title = useEditor((s) => s.map.meta.title)
  return (
    <InlineText
      value={title}
      label="Map title"
      placeholder="Untitled journey"
      className="editor__title"
      onCommit={(next) => runEdit(store, (map) => setTitle(map, next))}
    />
  )
}
