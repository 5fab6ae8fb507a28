// The local person's name and colour for presence, remembered in localStorage.

import type { PresenceUser } from '../../collab/presence'

const KEY = 'trailmap:user'
export const USER_COLORS = [
  '#e11d48',
  '#2563eb',
  '#16a34a',
  '#d97706',
  '#7c3aed',
  '#0891b2',
  '#db2777',
  '#4d7c0f',
  '#c2410c',
  '#4338ca',
  '#be185d',
  '#0f766e',
]
// "Amber Otter", "Brisk Heron": an adjective and an animal, each starting with many different
// letters, so that two people in a room rarely share a name or their initials.
const ADJECTIVES = [
  'Amber',
  'Brisk',
  'Calm',
  'Dapper',
  'Eager',
  'Fancy',
  'Gentle',
  'Happy',
  'Ivory',
  'Jolly',
  'Keen',
  'Lucky',
  'Merry',
  'Nimble',
  'Olive',
  'Plucky',
  'Quick',
  'Rosy',
  'Sunny',
  'Tidy',
  'Upbeat',
  'Vivid',
  'Witty',
  'Zesty',
]
const ANIMALS = [
  'Albatross',
  'Badger',
  'Crane',
  'Dolphin',
  'Eagle',
  'Fox',
  'Gecko',
  'Heron',
  'Ibex',
  'Jaguar',
  'Koala',
  'Lynx',
  'Marten',
  'Newt',
  'Otter',
  'Puffin',
  'Quail',
  'Raven',
  'Seal',
  'Tapir',
  'Urchin',
  'Vole',
  'Walrus',
  'Yak',
  'Zebra',
]

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)] as T

/** A name and colour for someone who has not chosen any yet. */
export function randomUser(random: () => number = Math.random): PresenceUser {
  return {
    name: `${pick(ADJECTIVES, random)} ${pick(ANIMALS, random)}`,
    color: pick(USER_COLORS, random),
  }
}

/**
 * This browser's person: name and colour (editable) and a stable random author id, which signs
 * comments and ballots. Without accounts the id proves nothing to others; it only lets this
 * browser recognise its own comments after a reload.
 */
export function loadUser(): PresenceUser & { id: string } {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PresenceUser> | null
    if (stored && typeof stored.name === 'string' && typeof stored.color === 'string') {
      const id = typeof stored.id === 'string' && stored.id.length >= 8 ? stored.id : newAuthorId()
      if (id !== stored.id) saveUser({ name: stored.name, color: stored.color, id })
      return { name: stored.name, color: stored.color, id }
    }
  } catch {
    // A broken entry is replaced below.
  }
  const user = { ...randomUser(), id: newAuthorId() }
  saveUser(user)
  return user
}

function newAuthorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function saveUser(user: PresenceUser) {
  try {
    localStorage.setItem(KEY, JSON.stringify(user))
  } catch {
    // Private mode: the name lasts for this page only.
  }
}
