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

export function loadUser(): PresenceUser {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PresenceUser> | null
    if (stored && typeof stored.name === 'string' && typeof stored.color === 'string') {
      return { name: stored.name, color: stored.color }
    }
  } catch {
    // A broken entry is replaced below.
  }
  const user = randomUser()
  saveUser(user)
  return user
}

export function saveUser(user: PresenceUser) {
  try {
    localStorage.setItem(KEY, JSON.stringify(user))
  } catch {
    // Private mode: the name lasts for this page only.
  }
}
