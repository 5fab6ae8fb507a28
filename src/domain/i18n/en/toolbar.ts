// The canvas toolbar: short button texts beside the icons and the lane menu.
export const toolbar = {
  label: 'Map tools',
  phase: 'Phase',
  touchpoint: 'Touchpoint',
  note: 'Note',
  lane: 'Lane',
  addLane: 'Add a lane',
  laneTypes: 'Lane types',
  rows: 'Rows',
  blueprintLines: 'Service blueprint lines',
} as const
