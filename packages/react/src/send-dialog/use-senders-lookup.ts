import type { BriqClient } from '@briq-interactive/core'
import { useCallback, useEffect, useReducer, useState } from 'react'
import { useBriqQuery } from './use-briq-query.ts'
import { nextRevision } from './use-turn-after.ts'

/**
 * The senders (`listSenders`, active ones), looked up once for every part that needs them
 * (`requestSenders`, called as a part mounts), fresh each time the dialog opens. After a failed
 * look-up, `retrySenders` ("Load numbers again") asks again; `sendersRetrying` holds, the failure
 * still shown, until the answer takes its place.
 */
export function useSendersLookup(client: BriqClient, open: boolean) {
  const [wanted, setWanted] = useState(false)
  const [opening, setOpening] = useState(0)
  useEffect(() => {
    if (open) setOpening((count) => count + 1)
  }, [open])
  const [tries, tryAgain] = useReducer(nextRevision, 0)
  const senders = useBriqQuery(
    client,
    wanted ? `senders:${opening}` : null,
    (c, signal) => c.listSenders({ is_active: true }, { signal }),
    tries,
  )
  const requestSenders = useCallback(() => setWanted(true), [])
  // The failed look-up asked again, until an answer (a new state) takes its place.
  const [retriedFailure, setRetriedFailure] = useState<typeof senders | undefined>(undefined)
  const failed = senders.status === 'error' ? senders : undefined
  const retrySenders = useCallback(() => {
    if (failed === undefined) return
    setRetriedFailure(failed)
    tryAgain()
  }, [failed])
  const sendersRetrying = retriedFailure !== undefined && retriedFailure === senders
  return { senders, requestSenders, retrySenders, sendersRetrying }
}
