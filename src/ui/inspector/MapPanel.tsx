// What the inspector shows with nothing selected: the map's own title and description, how big
// it is, and how to get started.

import { Map as MapIcon } from 'lucide-react'
import { setMapDescription, setMapTitle } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { listOf } from '../../domain/kinds/collections'
import { MAX_TITLE_LENGTH } from '../../domain/title'
import { defaultRegistry } from '../../domain/kinds/registry'
import { useEditor } from '../../state/context'
import { PanelHeader, TextField } from './fields'
import { plural } from './inspector-model'
import { UnassignedMetrics } from './UnassignedMetrics'

/** "5 phases · 12 touchpoints · …" as one string, so the panel re-renders only when a count does. */
function countsOf(map: Parameters<typeof listOf>[0]): string {
  return defaultRegistry.kinds.map((kind) => plural(listOf(map, kind).length, kind.name)).join('\n')
}

export function MapPanel() {
  const run = useRunCommand()
  const meta = useEditor((s) => s.map.meta)
  const counts = useEditor((s) => countsOf(s.map)).split('\n')
  return (
    <div className="insp-panel">
      <PanelHeader icon={MapIcon} title="Journey map" />
      <TextField
        label="Map title"
        maxLength={MAX_TITLE_LENGTH}
        value={meta.title}
        placeholder="Untitled journey"
        onCommit={(title) => run(setMapTitle, { title, mergeKey: 'map:title' })}
      />
      <TextField
        label="Map description"
        multiline
        value={meta.description}
        placeholder="Whose journey is this, and what is it for?"
        onCommit={(description) =>
          run(setMapDescription, { description, mergeKey: 'map:description' })
        }
      />
      <ul className="insp-stats" aria-label="Map contents">
        {counts.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <UnassignedMetrics />
      <section className="insp-tips" aria-label="Tips">
        <h3 className="insp-label">Tips</h3>
        <ul>
          <li>Double-click the canvas to add a touchpoint</li>
          <li>Select anything to edit it here</li>
          <li>
            Press <kbd>?</kbd> for shortcuts
          </li>
        </ul>
      </section>
    </div>
  )
}
