// The start page: the list of maps, its search and sort, the map cards and their dialogs.
import { pluralFor } from '../format'

const p = pluralFor('en')

export const mapList = {
  tagline: 'Customer journey maps, drawn together',
  newMap: 'New map',
  newMapTitle: 'Create a new journey map from a template',
  heading: 'Journey maps',
  mapCount: (n: number) => p(n, { one: '# map', other: '# maps' }),
  loadFailed: (reason: string) => `The maps could not be loaded: ${reason}`,
  tryAgain: 'Try again',
  search: 'Search maps',
  sort: 'Sort maps',
  sorts: {
    recent: 'Recently edited',
    name: 'Name (A–Z)',
  },
  loading: 'Loading maps…',
  noMatch: (query: string) => `No map matches “${query}”.`,
  created: (title: string) => `Created “${title}”.`,
  renamed: (title: string) => `Renamed to “${title}”.`,
  deleted: (title: string) => `Deleted “${title}”.`,
  duplicateFailed: (title: string, reason: string) =>
    `“${title}” could not be duplicated: ${reason}`,
  empty: {
    title: 'No journey maps yet',
    text: 'Start from a template such as the classic five phases or an omnichannel shopping journey, or from a blank canvas. Everyone with the link edits it live.',
    createTitle: 'Choose a template for your first map',
    create: 'Create your first map',
  },
  card: {
    untitled: 'Untitled journey',
    open: (title: string) => `Open “${title}”`,
    /** "edited 5 minutes ago": `when` is the relative time. */
    edited: (when: string) => `edited ${when}`,
    rename: (title: string) => `Rename ${title}`,
    renameTip: 'Rename',
    duplicate: (title: string) => `Duplicate ${title}`,
    duplicateTip: 'Duplicate: a copy with the current content',
    delete: (title: string) => `Delete ${title}`,
    deleteTip: 'Delete…',
  },
  counts: {
    empty: 'Empty: no phases or cards yet',
    phases: (n: number) => p(n, { one: '# phase', other: '# phases' }),
    cards: (n: number) => p(n, { one: '# card', other: '# cards' }),
    painPoints: (n: number) => p(n, { one: '# pain point', other: '# pain points' }),
  },
  rename: {
    title: 'Rename map',
    field: 'Title',
    hint: 'Everyone who has the map open sees the new title at once.',
    cancelTitle: 'Keep the old title',
    saveTitle: 'Save the new title',
    failed: (reason: string) => `The map could not be renamed: ${reason}`,
  },
  delete: {
    title: (title: string) => `Delete “${title}”?`,
    text: 'The map and all its phases, touchpoints and notes are removed for everyone. People who have it open are disconnected. This cannot be undone.',
    cancelTitle: 'Keep the map',
    confirmTitle: (title: string) => `Delete “${title}” permanently`,
    confirm: 'Delete map',
    failed: (reason: string) => `The map could not be deleted: ${reason}`,
  },
} as const
