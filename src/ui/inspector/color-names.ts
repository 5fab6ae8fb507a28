// Names for the palette colours, so a swatch button can say "Blue" rather than "#60a5fa".

import { NOTE_COLORS, PHASE_COLORS } from '../../domain/defaults'
import type { Messages } from '../../domain/i18n'

type ColourName = keyof Messages['inspector']['colours']

const PHASE_NAMES: readonly ColourName[] = [
  'blue',
  'green',
  'amber',
  'pink',
  'violet',
  'orange',
  'teal',
  'red',
]
const NOTE_NAMES: readonly ColourName[] = ['yellow', 'peach', 'mint', 'sky', 'pink', 'lavender']

const NAMES: ReadonlyMap<string, ColourName> = new Map([
  ...zip(PHASE_COLORS, PHASE_NAMES),
  ...zip(NOTE_COLORS, NOTE_NAMES),
])

function zip(colors: readonly string[], names: readonly ColourName[]): [string, ColourName][] {
  return colors.flatMap((color, index) => {
    const name = names[index]
    return name === undefined ? [] : [[color.toLowerCase(), name] as [string, ColourName]]
  })
}

/** The palette name of a colour, or the colour itself for one outside the palettes. */
export function colorName(color: string, messages: Messages): string {
  const name = NAMES.get(color.toLowerCase())
  return name === undefined ? color : messages.inspector.colours[name]
}
