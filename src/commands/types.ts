import type { Point } from '../domain/types'
import type { EditorStore } from '../state/editor-store'

/** What the canvas lends commands that act on the view (it exists only while the canvas is up). */
export interface ViewportApi {
  fitView(): void
  zoomIn(): void
  zoomOut(): void
  /** The canvas point at the middle of what this person currently sees. */
  center(): Point
}

export interface CommandContext {
  store: EditorStore
  viewport: ViewportApi | null
}

export type CommandGroup = 'Edit' | 'Insert' | 'Selection' | 'View' | 'Map' | 'Help'

/**
 * A user action: the toolbar, the keyboard and the shortcuts dialog all read this one list.
 * Shortcuts are written like "Mod+Shift+Z" (Mod is Ctrl, or Cmd on a Mac).
 */
export interface Command {
  id: string
  label: string
  group: CommandGroup
  shortcuts?: readonly string[]
  enabled?: (ctx: CommandContext) => boolean
  run: (ctx: CommandContext) => void
}
