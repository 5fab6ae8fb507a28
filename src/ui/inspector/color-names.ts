// Names for the palette colours, so a swatch button can say "Blue" rather than "#60a5fa".

import { NOTE_COLORS, PHASE_COLORS } from '../../domain/defaults'

const NAMES: Readonly<Record<string, string>> = Object.fromEntries([
  ...zip(PHASE_COLORS, ['Blue', 'Green', 'Amber', 'Pink', 'Violet', 'Orange', 'Teal', 'Red']),
  ...zip(NOTE_COLORS, ['Yellow', 'Peach', 'Mint', 'Sky', 'Pink', 'Lavender']),
])

function zip(colors: readonly string[], names: readonly string[]): [string, string][] {
  return colors.map((color, index) => [color.toLowerCase(), names[index] ?? color])
}

/** The palette name of a colour, or the colour itself for one outside the palettes. */
export function colorName(color: string): string {
  return NAMES[color.toLowerCase()] ?? color
}
