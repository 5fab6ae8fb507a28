// What the inspector shows with nothing selected: the map's own title and description, how big
// it is, and how to get started.

import { Map as MapIcon } from 'lucide-react'
import { setMapDescription, setMapTitle } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { MAX_TITLE_LENGTH } from '../../domain/title'
import { useEditor } from '../../state/context'
import { useT } from '../../state/locale'
import { PanelHeader, TextField } from './fields'
import { countsOf } from './inspector-model'
import { UnassignedMetrics } from './UnassignedMetrics'

/** "Press {key} for shortcuts" with the key drawn where the message puts it. */
function ShortcutsTip({ text }: { text: string }) {
  const [before = '', after = ''] = text.split('{key}')
  return (
    <li>
      {before}
      <kbd>?</kbd>
      {after}
    </li>
  )
}

export function MapPanel() {
  const run = useRunCommand()
  const t = useT()
  const m = t.inspector.map
  const meta = useEditor((s) => s.map.meta)
  const counts = useEditor((s) => countsOf(s.map, t)).split('\n')
  return (
    <div className="insp-panel">
      <PanelHeader icon={MapIcon} title={m.heading} />
      <TextField
        label={m.title}
        maxLength={MAX_TITLE_LENGTH}
        value={meta.title}
        placeholder={m.titlePlaceholder}
        onCommit={(title) => run(setMapTitle, { title, mergeKey: 'map:title' })}
      />
      <TextField
        label={m.description}
        multiline
        value={meta.description}
        placeholder={m.descriptionPlaceholder}
        onCommit={(description) =>
          run(setMapDescription, { description, mergeKey: 'map:description' })
        }
      />
      <ul className="insp-stats" aria-label={m.contents}>
        {counts.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <UnassignedMetrics />
      <section className="insp-tips" aria-label={m.tips}>
        <h3 className="insp-label">{m.tips}</h3>
        <ul>
          <li>{m.tipAdd}</li>
          <li>{m.tipSelect}</li>
          <ShortcutsTip text={m.tipShortcuts} />
        </ul>
      </section>
    </div>
  )
}
