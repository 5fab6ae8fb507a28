// What to call an item in a thread's header: its title, name or first line.

import type { Messages } from '../../domain/i18n'
import { getRecord } from '../../domain/kinds/collections'
import { defaultRegistry } from '../../domain/kinds/registry'
import type { Id, JourneyMap } from '../../domain/types'

export function recordLabel(map: JourneyMap, id: Id, t: Messages): string {
  const kind = defaultRegistry.kindOfId(map, id)
  const record = kind
    ? (getRecord(map, kind, id) as Record<string, unknown> | undefined)
    : undefined
  if (!kind || !record) return t.workshop.deletedItem
  for (const field of ['title', 'name', 'text', 'label']) {
    const value = record[field]
    if (typeof value === 'string' && value.trim() !== '') {
      return value.split('\n')[0]!.trim().slice(0, 80)
    }
  }
  const unnamed = t.workshop.unnamedItem as Readonly<Record<string, string>>
  return Object.hasOwn(unnamed, kind.name) ? unnamed[kind.name]! : t.workshop.unnamedItem.other
}
