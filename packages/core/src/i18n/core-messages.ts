import type { Issue, IssueCode, IssuePath } from '../issue.ts'
import type { RequestFailure, RequestFailureReason } from '../sending/request-failure-reason.ts'
import type { SendFailure, SendFailureReason } from '../sending/send-failure-reason.ts'
import type { SendHoldAskedBy, SendHoldReason } from '../sending/send-hold.ts'
import type { IssueReason, JSON_TEXT_REASONS } from './issue-reason.ts'

/** The key of an issue's sentence: its `reason` when it has one, else its `code`. */
export type IssueMessageKey = IssueCode | IssueReason

/** The reasons `normalizePhone` gives. */
export type PhoneReason = Extract<IssueReason, `phone_${string}`>

/** A sentence for an issue, filled from its numbers and params. */
export type IssueSentence = (issue: Issue) => string

/** The reasons of text that is not JSON (the builder's JSON boxes, a draft file). */
export type JsonTextReason = (typeof JSON_TEXT_REASONS)[number]

/** Sentences for every issue code and reason but the phone and JSON-text ones (what the validators need). */
export type IssueSentences = {
  readonly [K in Exclude<IssueMessageKey, PhoneReason | JsonTextReason>]: IssueSentence
}

/** Sentences for `normalizePhone`'s reasons. */
export type PhoneSentences = { readonly [K in PhoneReason]: IssueSentence }

/** Sentences for text that is not JSON: only the draft model words them, so validators carry none. */
export type JsonTextSentences = { readonly [K in JsonTextReason]: IssueSentence }

/**
 * One language's wording of everything core produces: field names, issue sentences, and what
 * a failed call means. Each language is its own module (`coreMessagesEn`, `coreMessagesSw`),
 * so a bundle carries only the languages it imports. Every key is required: a catalogue that
 * misses one fails to compile.
 */
export interface CoreMessages {
  /** BCP 47 tag of the language: `"en"`, `"sw"`. */
  readonly locale: string
  /** Names the field at `path` for a person: "Button 2 title", "Jina la kitufe 2". */
  readonly field: (path: IssuePath) => string
  /** Names an interactive message type: "reply-button", "vitufe vya kujibu". */
  readonly type: (type: unknown) => string
  /** One sentence per issue code and reason; the issue's numbers and params fill it. */
  readonly issues: IssueSentences & PhoneSentences & JsonTextSentences
  /** What a failed send means for the person sending, and what to do next. */
  readonly sendFailure: { readonly [K in SendFailureReason]: (failure: SendFailure) => string }
  /**
   * That sends are held after a `Retry-After` and for how many seconds more (a send
   * controller's `hold`, with `sendHoldSecondsLeft`), and who asked to wait (Briq, or a server
   * between: `askedBy`; when not given, "the server"): shown beside Send before it is pressed.
   */
  readonly sendHold: (hold: {
    reason: SendHoldReason
    seconds: number
    askedBy?: SendHoldAskedBy | undefined
  }) => string
  /** A size in bytes as people read it ("256 KB", "20 MB", "1.5 MB"; "KB 256"), for every sentence that states one. */
  readonly size: (bytes: number) => string
  /** Why another call to Briq failed (a status poll, a list), shortly: it follows "Could not …:". */
  readonly requestFailure: { readonly [K in RequestFailureReason]: (failure: RequestFailure) => string }
}

/**
 * The part of a catalogue that words issues, fields, types and sizes, without what a failed call
 * means: all that `formatIssue`, `describeField` and `describeSize` read, and all a page that
 * validates and edits without sending shows (`coreIssueMessagesEn`, `coreIssueMessagesSw`), so it does not
 * carry the send-failure sentences. Every `CoreMessages` is one.
 */
export type CoreIssueMessages = Pick<CoreMessages, 'locale' | 'field' | 'type' | 'issues' | 'size'>
