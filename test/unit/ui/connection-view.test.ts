import { describe, expect, it } from 'vitest'
import type { ConnectionInfo } from '../../../src/collab/session'
import { connectionView } from '../../../src/ui/presence/connection-view'
import { messagesFor } from '../../../src/domain/i18n'

const info = (state: ConnectionInfo['state'], reason: string | null = null): ConnectionInfo => ({
  state,
  synced: false,
  reason,
})

const en = messagesFor('en')

describe('connection badge view', () => {
  it('labels every state', () => {
    expect(connectionView(info('connected'), en).label).toBe('Connected')
    expect(connectionView(info('connecting'), en).label).toBe('Connecting…')
    expect(connectionView(info('reconnecting'), en).label).toBe('Reconnecting…')
    expect(connectionView(info('offline'), en).label).toBe('Offline')
    expect(connectionView(info('closed'), en).label).toBe('Disconnected')
  })

  it('uses one tone per kind of state', () => {
    expect(connectionView(info('connected'), en).tone).toBe('ok')
    expect(connectionView(info('connecting'), en).tone).toBe('busy')
    expect(connectionView(info('reconnecting'), en).tone).toBe('busy')
    expect(connectionView(info('offline'), en).tone).toBe('idle')
    expect(connectionView(info('closed'), en).tone).toBe('error')
  })

  it('tells offline people their edits are kept', () => {
    expect(connectionView(info('offline'), en).detail).toMatch(/edits are kept and will sync/i)
  })

  it('gives the reason a closed connection ended in its tooltip (the page shows it whole)', () => {
    expect(connectionView(info('closed', 'Map not found'), en).detail).toBeNull()
    expect(connectionView(info('closed', 'Map not found'), en).tooltip).toBe(
      'Disconnected: Map not found',
    )
    expect(connectionView(info('closed', '  '), en).tooltip).toBe(
      'Disconnected: The server ended the connection',
    )
  })
})

describe('connection badge when the server cannot save', () => {
  it('shows "Not saved" with the reason instead of a green pill', () => {
    const view = connectionView(info('connected', 'The server cannot save right now'), en)
    expect(view.label).toBe('Not saved')
    expect(view.tone).toBe('error')
    expect(view.detail).toMatch(/cannot save/)
  })
})
