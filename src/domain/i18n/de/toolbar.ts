import type { Messages } from '../catalogue'

export const toolbar: Messages['toolbar'] = {
  label: 'Werkzeuge',
  phase: 'Phase',
  touchpoint: 'Touchpoint',
  note: 'Notiz',
  lane: 'Zeile',
  addLane: 'Zeile hinzufügen',
  laneTypes: 'Zeilentypen',
  rows: 'Zeilen',
  blueprintLines: 'Linien des Service Blueprints',
}
