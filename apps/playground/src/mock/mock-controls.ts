import { type InteractiveTapReply, routePath } from '@briq-interactive/core'
import { MOCK_CONTROL_PATHS as PATHS, REPLY_ANSWERS, type ReplyAnswer, type ScenarioName } from '@briq-interactive/mock'

/**
 * The answers a customer can give a message of `type` beyond a tap in the preview (the mock's
 * `REPLY_ANSWERS`: a shared location, calls allowed or declined, a completed flow, a sent
 * address); none for most.
 */
export const mockAnswersFor = (type: string | undefined): readonly ReplyAnswer[] =>
  (type !== undefined && Object.hasOwn(REPLY_ANSWERS, type) && REPLY_ANSWERS[type as keyof typeof REPLY_ANSWERS]) || []

/** A control route answered with an error. */
export class MockControlError extends Error {
  override readonly name = 'MockControlError'
  /** The mock's error code, e.g. `VALIDATION_ERROR`, or `NETWORK` when nothing answered. */
  readonly code: string

  /** Wraps one failed control call. */
  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

/** The mock's `/__mock/*` control routes, reached under the same prefix as the Briq routes. */
export interface MockControls {
  /** Switches the mock's scenario for every later request. */
  setScenario(name: ScenarioName): Promise<void>
  /** The customer writes first, which opens their 24-hour window. */
  customerWritesFirst(phone: string, text: string): Promise<void>
  /** The customer taps a reply button or sends a list row, answering `messageId`. */
  reply(messageId: string, reply: InteractiveTapReply): Promise<void>
  /** The customer answers `messageId` beyond a tap: shares a location, allows calls, completes a flow… */
  answer(messageId: string, answer: ReplyAnswer): Promise<void>
  /** Back to the fixtures and the starting scenario. */
  reset(): Promise<void>
}

async function call(url: string, body: unknown): Promise<void> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  } catch (error) {
    throw new MockControlError('NETWORK', `No answer from ${url}: ${error instanceof Error ? error.message : error}`)
  }
  if (response.ok) return
  const payload: unknown = await response.json().catch(() => null)
  const first = (payload as { errors?: { code?: unknown; message?: unknown }[] } | null)?.errors?.[0]
  throw new MockControlError(
    typeof first?.code === 'string' ? first.code : `HTTP_${response.status}`,
    typeof first?.message === 'string' ? first.message : `${url} answered ${response.status}`,
  )
}

/** Control routes under `endpoint` (the same base the Briq client uses; the mock answers under any prefix). */
export function createMockControls(endpoint: string): MockControls {
  const base = endpoint.replace(/\/+$/, '')
  const replyTo = (messageId: string, id: string) =>
    call(`${base}${routePath({ path: PATHS.reply }, { message_id: messageId })}`, { id })
  return {
    setScenario: (name) => call(`${base}${PATHS.scenario}`, { name }),
    customerWritesFirst: (phone, text) => call(`${base}${PATHS.conversations}`, { phone, text }),
    reset: () => call(`${base}${PATHS.reset}`, {}),
    answer: (messageId, answer) => replyTo(messageId, answer),
    reply: (messageId, reply) =>
      replyTo(messageId, reply.type === 'button_reply' ? reply.button_reply.id : reply.list_reply.id),
  }
}
