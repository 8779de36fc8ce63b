import {
  type BriqClient,
  BriqError,
  type InteractiveReply,
  interactiveReplyFromContent,
  type MessageStatusValue,
  type SendInteractiveRequest,
} from '@briq-interactive/core'

/** Why a send failed, copied from the client's `BriqError`. */
export interface SendFailure {
  /** `validation | http | network | timeout | aborted | invalid_response`, or `unknown` for a bug. */
  kind: string
  /** Briq's first error code (`WINDOW_CLOSED`, `RATE_LIMITED`, …), else the kind in capitals. */
  code: string
  /** The client's sentence (English). */
  message: string
  /** The HTTP status, when there was an answer. */
  status: number | undefined
  /** Briq's request id, to quote to support. */
  requestId: string | undefined
  /** How long the server asked to wait, in milliseconds. */
  retryAfterMs: number | undefined
}

/** Everything the send panel shows. */
export interface SendSnapshot {
  /** `idle` before the first send; `sending` while the POST is out; then `sent` or `failed`. */
  phase: 'idle' | 'sending' | 'sent' | 'failed'
  /** Briq's id of the last accepted message. */
  messageId: string | undefined
  /** Its delivery status, refreshed by polling. */
  status: MessageStatusValue | undefined
  /** Why WhatsApp failed it (status `failed`). */
  statusError: string | undefined
  /** The customer's answer, once it is paired with the message. */
  reply: InteractiveReply | undefined
  /** Why the last send failed. */
  error: SendFailure | undefined
  /** Why the last status refresh failed (the next one is still tried). */
  pollError: string | undefined
}

/** Options of `createSendSession`. */
export interface SendSessionOptions {
  /** The Briq client (through the proxy, or against the mock). */
  client: BriqClient
  /** Time between status refreshes. Default 600 ms. */
  pollIntervalMs?: number
}

/** A send and its status, as an external store for `useSyncExternalStore`. */
export interface SendSession {
  /** The current state (a new object on every change). */
  getSnapshot(): SendSnapshot
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** Sends; ignored while a send is already out, so a double click sends once. */
  send(request: SendInteractiveRequest): Promise<void>
  /** Refreshes the status now (e.g. right after the customer replied). */
  refresh(): void
  /** Stops polling. */
  dispose(): void
}

const IDLE: SendSnapshot = {
  phase: 'idle',
  messageId: undefined,
  status: undefined,
  statusError: undefined,
  reply: undefined,
  error: undefined,
  pollError: undefined,
}

function toFailure(error: unknown): SendFailure {
  if (error instanceof BriqError) {
    return {
      kind: error.kind,
      code: error.code ?? error.kind.toUpperCase(),
      message: error.message,
      status: error.status,
      requestId: error.requestId,
      retryAfterMs: error.retryAfterMs,
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { kind: 'unknown', code: 'UNKNOWN', message, status: undefined, requestId: undefined, retryAfterMs: undefined }
}

/** Creates the store behind the playground's Send panel: one send at a time, then status polling until a reply or a failure. */
export function createSendSession({ client, pollIntervalMs = 600 }: SendSessionOptions): SendSession {
  let snapshot = IDLE
  const listeners = new Set<() => void>()
  let timer: ReturnType<typeof setTimeout> | undefined
  // Bumped by every send and by dispose, so an answer to an older poll never lands.
  let generation = 0
  let inFlight = false
  let refreshWanted = false

  const update = (patch: Partial<SendSnapshot>) => {
    snapshot = { ...snapshot, ...patch }
    for (const listener of listeners) listener()
  }

  const stopPolling = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  const poll = async (messageId: string, own: number) => {
    timer = undefined
    inFlight = true
    try {
      const detail = await client.getMessage(messageId)
      if (own !== generation) return
      const reply = detail.reply ? (interactiveReplyFromContent(detail.reply.content) ?? undefined) : undefined
      update({
        status: detail.status,
        statusError: detail.status === 'failed' ? (detail.error_message ?? String(detail.error_code ?? '')) : undefined,
        reply,
        pollError: undefined,
      })
      if (detail.status === 'failed' || reply) return
    } catch (error) {
      if (own !== generation) return
      update({ pollError: toFailure(error).message })
    } finally {
      inFlight = false
    }
    const now = refreshWanted
    refreshWanted = false
    timer = setTimeout(() => void poll(messageId, own), now ? 0 : pollIntervalMs)
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async send(request) {
      if (snapshot.phase === 'sending') return
      stopPolling()
      refreshWanted = false
      const own = ++generation
      update({ ...IDLE, phase: 'sending' })
      try {
        const result = await client.sendInteractive(request)
        if (own !== generation) return
        update({ phase: 'sent', messageId: result.message_id, status: result.status })
        timer = setTimeout(() => void poll(result.message_id, own), pollIntervalMs)
      } catch (error) {
        if (own !== generation) return
        update({ phase: 'failed', error: toFailure(error) })
      }
    },
    refresh() {
      const { messageId, phase } = snapshot
      if (phase !== 'sent' || messageId === undefined) return
      if (inFlight) {
        refreshWanted = true
        return
      }
      if (timer === undefined) return
      stopPolling()
      void poll(messageId, generation)
    },
    dispose() {
      generation++
      stopPolling()
    },
  }
}
