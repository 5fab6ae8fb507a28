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
]
const ANIMALS = [
  'Otter',
  'Heron',
  'Lynx',
  'Fox',
  'Puffin',
  'Badger',
  'Ibex',
  'Koala',
  'Marten',
  'Wren',
]

export function loadUser(): PresenceUser {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PresenceUser> | null
    if (stored && typeof stored.name === 'string' && typeof stored.color === 'string') {
      return { name: stored.name, color: stored.color }
    }
  } catch {
    // A broken entry is replaced below.
  }
  const user = {
    name: `Guest ${ANIMALS[Math.floor(Math.random() * ANIMALS.length)] ?? 'Otter'}`,
    color: USER_COLORS[Math.floor(Math.random() * USER_COLORS.length)] ?? '#2563eb',
  }
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
