import type { Issue, IssuePath, UnwordedIssue } from '../issue.ts'

/** One error in Briq's envelope, as the kit's servers (the proxy, the mock) write it. */
export interface BriqFieldError {
  /** Machine-readable code, e.g. `VALIDATION_ERROR`, `WINDOW_CLOSED`. */
  code: string
  /** A sentence for people. */
  message: string
  /** The request field at fault, dotted (`interactive.action.buttons.1.reply.title`), or null. */
  field: string | null
  /**
   * The kit's own, beside Briq's keys: the issue a `VALIDATION_ERROR` of the proxy or the mock
   * words (its `path`, `code`, `reason`, `limit`, `actual`, `rule`, `params`; not its sentence,
   * which is `message`), so the client words it in the page's language with `formatIssue`.
   * Briq's own errors have none.
   */
  issue?: UnwordedIssue
}

/**
 * The `field` Briq's errors name for an issue path: the keys and indexes joined with dots,
 * `["interactive","action","buttons",1,"reply","title"]` → `interactive.action.buttons.1.reply.title`
 * (the way FastAPI's `loc` reads when joined, which is what Briq's API is built on); null for
 * the request itself.
 */
export function issueField(path: IssuePath): string | null {
  return path.length === 0 ? null : path.join('.')
}

/**
 * Briq's 422 answer for validation issues: one `VALIDATION_ERROR` per issue with its field and
 * English sentence, as Briq words its own, and the issue itself (`issue`: an extra key Briq's
 * envelope leaves room for), which the client keeps so a page words it in its own language.
 * The proxy and the mock both answer with this, so an invalid request reads the same from either.
 */
export function toBriqErrors(issues: readonly Issue[]): BriqFieldError[] {
  return issues.map(({ message, ...issue }) => ({
    code: 'VALIDATION_ERROR',
    message,
    field: issueField(issue.path),
    issue,
  }))
}

/** Briq's error envelope, `{ success: false, data: null, errors, request_id }`. */
export interface BriqErrorEnvelope {
  /** Always `false`: a refusal. */
  success: false
  /** Always `null`: nothing was done. */
  data: null
  /** One entry per problem, each naming its field in Briq's path spelling. */
  errors: BriqFieldError[]
  /** The id to quote to Briq's support (and to find the request in your proxy's logs). */
  request_id: string
}

/**
 * The body of an error answer in Briq's envelope (docs.briq.tz, the WhatsApp send references'
 * `WaErrorEnvelope`), as the proxy and the mock write it, so the client reads theirs and Briq's alike.
 */
export function briqErrorEnvelope(errors: readonly BriqFieldError[], requestId: string): BriqErrorEnvelope {
  return { success: false, data: null, errors: [...errors], request_id: requestId }
}
