// Version history: save a named version, preview one read-only, show what changed since one,
// restore one (forward, for everyone), and start a to-be map from one. The server keeps the
// versions (src/api/versions.ts); these commands fetch, and put what the page shows in the store.
// Commands that talk to the server resolve when the answer is in; failures become a notice.

import {
  fetchEditorsSince,
  fetchVersionMap,
  forkVersion,
  restoreVersion,
  saveVersion,
  versionsErrorText,
} from '../api/versions'
import type { MapSummary } from '../api/maps'
import type { VersionInfo } from '../domain/versions/version'
import { endPreview, notify, startPreview, type EditorStore } from '../state/editor-store'
import { currentMessages } from '../state/locale'
import { editBlocker } from '../state/selectors'
import type { Command } from './types'

/** Runs a server call; its error becomes a notice and the result null. */
async function withNotice<T>(store: EditorStore, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call()
  } catch (error) {
    notify(store, versionsErrorText(error, currentMessages()), 'error')
    return null
  }
}

/** Tells other parts of the page (the versions panel) that the list changed. */
const listeners = new Set<() => void>()
export function onVersionsChanged(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
const versionsChanged = () => listeners.forEach((listener) => listener())

const toggleVersions: Command = {
  id: 'versions.toggle',
  allowedIn: 'view',
  label: (m) => m.commands.versionsToggle,
  group: 'Map',
  shortcuts: ['Shift+H'],
  run: ({ store }) =>
    store.setState((s) => ({ versionsOpen: !s.versionsOpen, sidePanel: 'inspector' })),
}

const exitPreview: Command = {
  id: 'versions.exit-preview',
  allowedIn: 'view',
  label: (m) => m.commands.versionsExitPreview,
  group: 'Map',
  enabled: ({ store }) => store.getState().preview !== null,
  run: ({ store }) => endPreview(store),
}

const hideChanges: Command = {
  id: 'versions.hide-changes',
  allowedIn: 'view',
  label: (m) => m.commands.versionsHideChanges,
  group: 'Map',
  enabled: ({ store }) => store.getState().changes !== null,
  run: ({ store }) => store.setState({ changes: null }),
}

export const saveVersionCommand: Command<
  { label: string; author: string },
  Promise<VersionInfo | null>
> = {
  id: 'versions.save',
  allowedIn: 'edit',
  label: (m) => m.commands.versionsSave,
  group: 'Map',
  listed: false,
  run: async ({ store }, { label, author }) => {
    const saved = await withNotice(store, () => saveVersion(store.session.mapId, label, author))
    if (saved) {
      notify(store, currentMessages().versions.notices.saved(saved.label))
      versionsChanged()
    }
    return saved
  },
}

export const previewVersionCommand: Command<{ version: VersionInfo }, Promise<boolean>> = {
  id: 'versions.preview',
  allowedIn: 'view',
  label: (m) => m.commands.versionsPreview,
  group: 'Map',
  listed: false,
  run: async ({ store }, { version }) => {
    const map = await withNotice(store, () => fetchVersionMap(store.session.mapId, version.id))
    if (!map) return false
    startPreview(store, version, map)
    return true
  },
}

export const showChangesCommand: Command<{ version: VersionInfo }, Promise<boolean>> = {
  id: 'versions.changes',
  allowedIn: 'view',
  label: (m) => m.commands.versionsChanges,
  group: 'Map',
  listed: false,
  run: async ({ store }, { version }) => {
    const { mapId } = store.session
    const loaded = await withNotice(store, () =>
      Promise.all([fetchVersionMap(mapId, version.id), fetchEditorsSince(mapId, version.id)]),
    )
    if (!loaded) return false
    const [base, editors] = loaded
    endPreview(store)
    store.setState({ changes: { since: version, base, editors } })
    return true
  },
}

export const restoreVersionCommand: Command<
  { version: VersionInfo; author: string },
  Promise<boolean>
> = {
  id: 'versions.restore',
  // Offered from the preview too, which blocks other edits: the check below leaves it out.
  allowedIn: 'view',
  label: (m) => m.commands.versionsRestore,
  group: 'Map',
  listed: false,
  run: async ({ store }, { version, author }) => {
    const blocked = editBlocker({ ...store.getState(), preview: null })
    if (blocked) {
      notify(store, blocked, 'error')
      return false
    }
    const result = await withNotice(store, () =>
      restoreVersion(store.session.mapId, version.id, author),
    )
    if (!result) return false
    endPreview(store)
    store.setState({ changes: null })
    notify(store, currentMessages().versions.notices.restored(version.label))
    versionsChanged()
    return true
  },
}

export const forkVersionCommand: Command<{ version: VersionInfo }, Promise<MapSummary | null>> = {
  id: 'versions.fork',
  allowedIn: 'view',
  label: (m) => m.commands.versionsFork,
  group: 'Map',
  listed: false,
  run: ({ store }, { version }) =>
    withNotice(store, () => forkVersion(store.session.mapId, version.id)),
}

export const versionCommands = [
  toggleVersions,
  exitPreview,
  hideChanges,
  saveVersionCommand,
  previewVersionCommand,
  showChangesCommand,
  restoreVersionCommand,
  forkVersionCommand,
]
