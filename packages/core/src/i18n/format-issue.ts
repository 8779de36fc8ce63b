import type { BriqError } from '../client/briq-error.ts'
import type { Issue, IssuePath } from '../issue.ts'
import { type RequestSubject, requestFailureReason } from '../sending/request-failure-reason.ts'
import { sendFailureReason } from '../sending/send-failure-reason.ts'
import { coreIssueMessagesEn } from './core-issue-messages-en.ts'
import type { CoreIssueMessages, CoreMessages } from './core-messages.ts'
import { requestFailureEn, sendFailureEn } from './en/failure-sentences.ts'
import { fieldEn } from './en/field-names.ts'
import { sizeEn } from './en/grammar.ts'
import { withIsolatedKeys, withIsolatedValues } from './isolated-values.ts'
import { sentenceFor } from './sentence-for.ts'

// Without `messages`, all but `formatIssue` word in English with only the part of
// `coreMessagesEn` they read (`fieldEn`, `sizeEn`, the failure sentences), so a bundle that names
// a field or describes a failed call does not carry every issue sentence.

/**
 * The sentence for an issue in a language: `formatIssue(issue, coreMessagesSw)` →
 * "Jina la kitufe 2 lina herufi 23; WhatsApp inaruhusu hadi 20". Reads only the structured
 * issue (`code`, `reason`, `path`, `limit`, `actual`, `rule`, `params`), so issues from any
 * validator, the proxy or the mock format alike. An issue this catalogue cannot word (a reason
 * from a newer core) falls back to its code's sentence, then to `issue.message`.
 *
 * The sentence is for a screen: the person's own values in it (a title, a key, a host) are
 * wrapped in Unicode isolates (U+2068 … U+2069), so an Arabic value keeps its quotes and
 * punctuation beside it. `issue.message` stays plain text for logs and HTTP bodies.
 */
export function formatIssue(issue: Issue, messages: CoreIssueMessages = coreIssueMessagesEn): string {
  return sentenceFor(withIsolatedValues(issue), messages.issues) ?? issue.message
}

/**
 * Names the field at `path` for a person, in a language: `["action","buttons",1,"reply","title"]`
 * → "Button 2 title" / "Jina la kitufe 2". Paths may start with "interactive" (send requests).
 * For a builder's labels and a summary's headings: the keys of the person's own data it quotes
 * are isolated, as `formatIssue` isolates them.
 */
export function describeField(path: IssuePath, messages?: CoreIssueMessages): string {
  const isolated = withIsolatedKeys(path)
  return messages === undefined ? fieldEn(isolated) : messages.field(isolated)
}

/**
 * A size in bytes as people read it, in a language: `describeSize(20971520)` → "20 MB",
 * `describeSize(262144, coreMessagesSw)` → "KB 256" (see `byteSize`).
 */
export function describeSize(bytes: number, messages?: CoreIssueMessages): string {
  return messages === undefined ? sizeEn(bytes) : messages.size(bytes)
}

/** What a failed send means and what to do next, in a language (see `sendFailureReason`). */
export function describeSendFailure(error: BriqError, messages?: CoreMessages): string {
  const failure = sendFailureReason(error)
  return (messages === undefined ? sendFailureEn : messages.sendFailure)[failure.reason](failure)
}

/**
 * Why another call failed (a status poll, a conversation with `about: 'conversation'`, or a list
 * with `about: 'list'`), shortly, in a language
 * (see `requestFailureReason`).
 */
export function describeRequestFailure(
  error: BriqError,
  messages?: CoreMessages,
  about: RequestSubject = 'message',
): string {
  const failure = { ...requestFailureReason(error), about }
  return (messages === undefined ? requestFailureEn : messages.requestFailure)[failure.reason](failure)
}
