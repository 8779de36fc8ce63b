import type { BriqClient } from '@briq-interactive/core'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { createSendSession, type SendSession, type SendSnapshot } from './send-session.ts'

/** The send session of one client: its state, and the session for `send`/`refresh` (stable). */
export function useSendSession(client: BriqClient, pollIntervalMs?: number): [SendSnapshot, SendSession] {
  const [session] = useState(() =>
    createSendSession(pollIntervalMs === undefined ? { client } : { client, pollIntervalMs }),
  )
  useEffect(() => () => session.dispose(), [session])
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot)
  return [snapshot, session]
}
