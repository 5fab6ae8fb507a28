// How far the canvas zooms: out to a tenth, to see a thousand cards at once, and in to two and a
// half times, to read a card on a projector from the back of the room.

export const MIN_ZOOM = 0.1
export const MAX_ZOOM = 2.5
