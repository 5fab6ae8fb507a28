// Add `const p = pluralFor('en')` from '../format' for counted messages.
export const toolbar = {} as const
