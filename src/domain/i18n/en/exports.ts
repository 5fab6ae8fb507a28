// Add `const p = pluralFor('en')` from '../format' for counted messages.
export const exports = {} as const
