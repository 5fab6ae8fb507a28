// Bringing a record into view: the canvas pans to where its kind says it is drawn.

import type { CommandContext } from '../../commands'
import { CARD_SIZE } from '../../domain/card'
import { getRecord } from '../../domain/kinds/collections'
import { defaultRegistry } from '../../domain/kinds/registry'
import type { JourneyMap } from '../../domain/types'

export function flyTo(context: CommandContext, map: JourneyMap, id: string) {
  const kind = defaultRegistry.kindOfId(map, id)
  const record = kind ? getRecord(map, kind, id) : undefined
  const rect = kind && record && kind.bounds ? kind.bounds(record, map, CARD_SIZE) : null
  if (rect) context.viewport?.reveal(rect)
}
