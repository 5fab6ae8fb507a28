// Every pure operation on a journey map: `(map, …args) => JourneyMap`. They never mutate, return
// the same map when nothing changes, keep unchanged records' identity, keep unknown fields, and
// throw JourneyError rather than produce an invalid map.

export { setDescription, setTitle } from './meta'
export {
  addPhase,
  deletePhase,
  movePhase,
  recolorPhase,
  renamePhase,
  resizePhase,
  type DeletePhaseStrategy,
} from '../kinds/phase'
export {
  addTouchpoint,
  deleteTouchpoints,
  moveTouchpoint,
  moveTouchpointToPoint,
  setTouchpointChannel,
  setTouchpointPhase,
  updateTouchpoint,
  type TouchpointPatch,
} from '../kinds/touchpoint'
export {
  connect,
  disconnect,
  findEdge,
  reverseEdge,
  updateEdge,
  type EdgePatch,
} from '../kinds/edge'
export {
  addNote,
  deleteNotes,
  moveNote,
  resizeNote,
  updateNote,
  type NotePatch,
} from '../kinds/note'
export { addMetric, deleteMetrics, updateMetric, type MetricPatch } from '../kinds/metric'
export {
  deleteRecords,
  duplicateRecords,
  nudge,
  type DeleteRecordsOptions,
  type DuplicateResult,
  type MovableIds,
  type RecordIds,
} from './selection'
export { getOwn, isIdTaken } from '../records'
export { dropNodes, type DroppedNode } from './drop'
export { updatePhase } from '../kinds/phase'
