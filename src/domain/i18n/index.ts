export type { Messages } from './catalogue'
export * from './format'
export * from './locale'
export { messagesFor } from './messages'
