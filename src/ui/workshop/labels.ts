// What to call an item in a thread's header: its title, name or first line.

import { getRecord } from '../../domain/kinds/collections'
import { defaultRegistry } from '../../domain/kinds/registry'
import type { Id, JourneyMap } from '../../domain/types'

export function recordLabel(map: JourneyMap, id: Id): string {
  const kind = defaultRegistry.kindOfId(map, id)
  const record = kind
    ? (getRecord(map, kind, id) as Record<string, unknown> | undefined)
    : undefined
  if (!kind || !record) return 'A deleted item'
  for (const field of ['title', 'name', 'text', 'label']) {
    const value = record[field]
    if (typeof value === 'string' && value.trim() !== '') {
      return value.split('\n')[0]!.trim().slice(0, 80)
    }
  }
  return `A ${kind.name}`
}
