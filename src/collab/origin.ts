// The transaction origin of edits made by this client. Y.UndoManager tracks only this origin, so
// undo never reverts a colleague's work (remote updates arrive with the provider as origin).
export const LOCAL_ORIGIN = Symbol('trailmap-local')
