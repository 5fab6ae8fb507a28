// Which inspector panel shows a record of each kind, by the kind's name. A kind added to the
// registry adds its panel here; a kind without one shows the selection summary.

import type { ComponentType } from 'react'
import { EdgePanel } from './EdgePanel'
import { LanePanel } from './LanePanel'
import { NotePanel } from './NotePanel'
import { PersonaPanel } from './PersonaPanel'
import { PhasePanel } from './PhasePanel'
import { TouchpointPanel } from './TouchpointPanel'

export const INSPECTOR_PANELS: Readonly<Record<string, ComponentType<{ id: string }>>> = {
  phase: PhasePanel,
  lane: LanePanel,
  persona: PersonaPanel,
  touchpoint: TouchpointPanel,
  edge: EdgePanel,
  note: NotePanel,
}
