// The drawn size of a touchpoint card. The canvas renders cards at exactly this size, so layout
// code (placement of new cards, column height, bounds for fit view and export) can rely on it.
import type { Size } from './types'

export const CARD_SIZE: Size = { width: 240, height: 132 }
export const CARD_GAP = 24
