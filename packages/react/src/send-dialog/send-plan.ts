import {
  type Issue,
  type NormalizePhoneResult,
  normalizePhone,
  type SendInteractiveRequest,
  type ValidateOptions,
  validateSendRequest,
} from '@briq-interactive/core'

// A type, not an interface: it must fit core's snippet functions' `{ [key: string]: unknown }`.
/**
 * A send-interactive request as built from the form — `{ to | conversation_id, sender?,
 * interactive }` — whether it passes the checks or not (a draft that does not validate yet can
 * still be copied as code, and Briq's answer read).
 */
export type SendRequestBody = {
  /** The customer's number in E.164 digits (`255712345678`) once it reads as one, else as typed; absent with a conversation. */
  readonly to?: string | undefined
  /** The conversation to send into, when one is chosen (instead of `to`). */
  readonly conversation_id?: string | undefined
  /** Which of your numbers sends; absent for Briq's default sender. */
  readonly sender?: string | undefined
  /** The interactive object (the draft), valid or not. */
  readonly interactive: unknown
}

/** What the dialog is about to send, and what stops it. */
export interface SendPlan {
  /** The recipient number read by core's `normalizePhone`; undefined when sending to a conversation. */
  phone: NormalizePhoneResult | undefined
  /** The validated request, ready to send; undefined while something blocks it. */
  request: SendInteractiveRequest | undefined
  /** What Send sends: `request` once it is ready, else the request as built from the form. */
  outgoing: SendRequestBody
  /** Errors that block sending (recipient problems are left to the recipient field). */
  issues: Issue[]
  /** Warnings: shown, but they do not block. */
  warnings: Issue[]
}

/** What {@link planSend} reads. */
export interface SendPlanInput {
  /** The draft interactive object (may be invalid). */
  interactive: unknown
  /** The recipient as typed. */
  to: string
  /** A conversation to send into instead of a number. */
  conversationId: string | undefined
  /** Which of the workspace's numbers sends. */
  sender: string | undefined
  /** Country code assumed for numbers typed without one. */
  defaultCountryCode: string | undefined
  /** Which reading of the rules Meta's sources disagree on to apply. */
  validation?: ValidateOptions | undefined
  /** Errors of the draft the object alone cannot show (see `SendDialogRootProps.draftIssues`); they block. */
  draftIssues?: readonly Issue[] | undefined
  /** Puts the interactive's issues in a form's order (see `SendDialogRootProps.orderIssues`). */
  orderIssues?: IssueOrder | undefined
}

/**
 * Puts issues of the interactive object (their paths inside it) in the order a form beside the
 * dialog shows their fields; it returns the same issue objects.
 */
export type IssueOrder = (issues: readonly Issue[]) => readonly Issue[]

/**
 * Builds the request from what the user typed and checks it with core's `normalizePhone` and
 * `validateSendRequest`. Pure: the rules all live in core.
 */
export function planSend({
  interactive,
  to,
  conversationId,
  sender,
  defaultCountryCode,
  validation,
  draftIssues = [],
  orderIssues,
}: SendPlanInput): SendPlan {
  const phone =
    conversationId === undefined
      ? normalizePhone(to, defaultCountryCode === undefined ? {} : { defaultCountryCode })
      : undefined
  const target =
    conversationId === undefined ? { to: phone?.ok ? phone.value : to } : { conversation_id: conversationId }
  const body: SendRequestBody = { ...target, ...(sender === undefined ? {} : { sender }), interactive }
  const result = validateSendRequest(body, validation)
  // The recipient field explains a bad number itself; listing it twice would only add noise.
  const unsent = draftIssues.map((issue) => ({ ...issue, path: ['interactive', ...issue.path] }))
  const issues = [...unsent, ...(result.ok ? [] : result.issues.filter((issue) => issue.path[0] !== 'to'))]
  const blocked = !result.ok || unsent.length > 0 || (phone !== undefined && !phone.ok)
  const request = blocked ? undefined : result.value
  const ordered = (list: Issue[]) => inOrder(list, orderIssues)
  return { phone, request, outgoing: request ?? body, issues: ordered(issues), warnings: ordered(result.warnings) }
}

// The request's own issues (sender, conversation) first, as its fields come first; then the
// interactive's, in the form's order when there is one (read with their paths inside the object).
function inOrder(issues: Issue[], orderIssues: IssueOrder | undefined): Issue[] {
  const inside = new Map<Issue, Issue>()
  const request: Issue[] = []
  for (const issue of issues) {
    if (issue.path[0] === 'interactive') inside.set({ ...issue, path: issue.path.slice(1) }, issue)
    else request.push(issue)
  }
  const ordered = new Set<Issue>()
  if (orderIssues !== undefined && inside.size > 1)
    for (const issue of orderIssues([...inside.keys()])) {
      const outer = inside.get(issue)
      if (outer !== undefined) ordered.add(outer)
    }
  // An order that leaves an issue out cannot hide it: what it did not place follows.
  for (const outer of inside.values()) ordered.add(outer)
  return [...request, ...ordered]
}
