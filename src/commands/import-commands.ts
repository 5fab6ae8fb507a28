// Commands with payloads that the import dialog runs on the open map. Like every edit they are
// refused on a view link (the dialog used to write the doc directly, so a viewer could empty
// their copy of the map).

import { importTouchpointsCsv } from '../domain/format/csv-touchpoints'
import { setTitle } from '../domain/operations'
import { phaseRect, touchpointRect, unionRect } from '../domain/placement'
import type { JourneyMap } from '../domain/types'
import { setSelection } from '../state/editor-store'
import { runEdit } from './edit'
import type { Command } from './types'

/** Replaces the whole open map as one undoable edit, seen live by everyone in the room. */
export const replaceMapContent: Command<{ map: JourneyMap }, boolean> = {
  id: 'import.replace',
  label: (m) => m.commands.importReplace,
  group: 'Map',
  allowedIn: 'edit',
  listed: false,
  run({ store }, { map }) {
    setSelection(store, [])
    return runEdit(store, () => map)
  },
}

/**
 * Adds a sheet's touchpoints (and missing phases) to the open map as one undoable edit, applied
 * to the map as it is now (colleagues' latest edits included). Returns how many were added.
 */
export const addCsvTouchpoints: Command<{ text: string }, number> = {
  id: 'import.csv-touchpoints',
  label: (m) => m.commands.importCsvTouchpoints,
  group: 'Map',
  allowedIn: 'edit',
  listed: false,
  run({ store, viewport }, { text }) {
    let added = 0
    const before = store.getState().map
    runEdit(store, (current) => {
      const result = importTouchpointsCsv(current, text)
      if (!result.ok) return current
      added = result.added
      return result.map
    })
    if (added > 0) {
      // Bring what arrived into view: the new phases, else the new cards.
      const after = store.getState().map
      const oldPhases = new Set(before.phases.map((phase) => phase.id))
      const newPhases = after.phases.filter((phase) => !oldPhases.has(phase.id))
      const rect =
        newPhases.length > 0
          ? unionRect(newPhases.map((phase) => phaseRect(after, phase.id)))
          : unionRect(
              Object.keys(after.touchpoints)
                .filter((id) => !Object.hasOwn(before.touchpoints, id))
                .map((id) => touchpointRect(after, id)),
            )
      if (rect) viewport?.reveal(rect)
    }
    return added
  },
}

/**
 * Fills a map just created for an import with its content, under the title the server stored.
 * That content is where the new map starts, not an edit of it: undo cannot empty it again.
 */
export const fillNewMap: Command<{ map: JourneyMap; title: string }, boolean> = {
  id: 'import.fill-new-map',
  label: (m) => m.commands.importFillNewMap,
  group: 'Map',
  allowedIn: 'edit',
  listed: false,
  run({ store }, { map, title }) {
    const written = runEdit(store, () => setTitle(map, title))
    store.session.history.clear()
    return written
  },
}

export const importCommands = [replaceMapContent, addCsvTouchpoints, fillNewMap]
