// Map title and description.

import { JourneyError } from '../errors'
import { cleanTitle } from '../title'
import type { JourneyMap, MapMeta } from '../types'

function setMetaField(map: JourneyMap, key: keyof MapMeta, value: string): JourneyMap {
  if (typeof value !== 'string') {
    throw new JourneyError('invalid-value', `map ${key} must be a string`)
  }
  if (map.meta[key] === value) return map
  return { ...map, meta: { ...map.meta, [key]: value } }
}

export function setTitle(map: JourneyMap, title: string): JourneyMap {
  if (typeof title !== 'string')
    throw new JourneyError('invalid-value', 'map title must be a string')
  return setMetaField(map, 'title', cleanTitle(title))
}

export function setDescription(map: JourneyMap, description: string): JourneyMap {
  return setMetaField(map, 'description', description)
}
