import type { BriqClient } from '@briq-interactive/core'
import { useCallback, useEffect, useReducer, useState } from 'react'
import { useBriqQuery } from './use-briq-query.ts'
import { nextRevision } from './use-turn-after.ts'

/**
 * The senders (`listSenders`, active ones), looked up once for every part that needs them
 * (`requestSenders`, called as a part mounts), fresh each time the dialog opens. After a failed
 * look-up, `retrySenders` ("Load numbers again") asks again; `sendersRetrying` holds, the failure
 * still shown, until the answer takes its place. `sendersFailures` counts the failed answers.
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
  // Counted in render, as React allows for a component's own state: the commit that shows a
  // failure carries its count (the live region's new node comes with the words).
  const [counted, setCounted] = useState<{ last: typeof senders | undefined; count: number }>({
    last: undefined,
    count: 0,
  })
  let sendersFailures = counted.count
  if (failed !== undefined && counted.last !== failed) {
    sendersFailures = counted.count + 1
    setCounted({ last: failed, count: sendersFailures })
  }
  return { senders, requestSenders, retrySenders, sendersRetrying, sendersFailures }
}
