'use client'

import {
  type BriqClient,
  createMessageStatusWatcher,
  IDLE_STATUS_SNAPSHOT,
  type MessageStatusSnapshot,
  type MessageStatusWatcher,
  type MessageStatusWatcherOptions,
  sameBriqClient,
} from '@briq-interactive/core'
import { useMemo, useState, useSyncExternalStore } from 'react'
import { type ClientCaller, useClientFor } from '../provider/use-briq-client.ts'

/** Options of {@link useMessageStatus}; read when the watched id (or client) changes. */
export interface UseMessageStatusOptions extends MessageStatusWatcherOptions {
  /** A client to use instead of the `BriqProvider`'s. */
  client?: BriqClient | undefined
}

/** What {@link useMessageStatus} returns: the watcher's snapshot and a stable `refresh`. */
export interface UseMessageStatusResult extends MessageStatusSnapshot {
  /** Polls now (e.g. right after the UI learns the customer answered); see `MessageStatusWatcher.refresh`. */
  refresh: () => void
}

interface Watched {
  client: BriqClient
  messageId: string | null | undefined
  watcher: MessageStatusWatcher | undefined
}

const noSubscription = () => () => {}
const idleSnapshot = () => IDLE_STATUS_SNAPSHOT

const CALLER: ClientCaller = {
  kind: 'hook',
  name: 'useMessageStatus()',
  given: 'useMessageStatus(messageId, { client })',
}

/**
 * Follows a message's delivery status and the customer's reply, polling Briq through a core
 * `MessageStatusWatcher`. Polls while mounted with a `messageId`; a new id starts a new watch,
 * null/undefined (or unmounting) stops it. Nothing polls during server rendering.
 *
 * @example
 * const { data } = useSendInteractive()
 * const { status, reply, polling } = useMessageStatus(data?.message_id, { initialStatus: data?.status })
 */
export function useMessageStatus(
  messageId: string | null | undefined,
  options: UseMessageStatusOptions = {},
): UseMessageStatusResult {
  const client = useClientFor(options.client, CALLER)
  const [watched, setWatched] = useState<Watched>(() => watch(client, messageId, options))
  let current = watched
  // A client made again with the same options (inline, every render) is the one it had: a new
  // watcher would start over, and its state set here would render again without end.
  if ((watched.client !== client && !sameBriqClient(watched.client, client)) || watched.messageId !== messageId) {
    current = watch(client, messageId, options)
    setWatched(current)
  }
  const { watcher } = current
  const snapshot = useSyncExternalStore(
    watcher?.subscribe ?? noSubscription,
    watcher?.getSnapshot ?? idleSnapshot,
    watcher?.getSnapshot ?? idleSnapshot,
  )
  const refresh = useMemo(() => (watcher ? () => watcher.refresh() : noRefresh), [watcher])
  return useMemo(() => ({ ...snapshot, refresh }), [snapshot, refresh])
}

const noRefresh = () => {}

// Creating a watcher has no side effects (it polls once subscribed), so doing it in render is safe.
function watch(client: BriqClient, messageId: string | null | undefined, options: UseMessageStatusOptions): Watched {
  if (messageId === null || messageId === undefined || messageId === '')
    return { client, messageId, watcher: undefined }
  const { client: _client, ...watcherOptions } = options
  return { client, messageId, watcher: createMessageStatusWatcher(client, messageId, watcherOptions) }
}
