import type { SendInteractiveRequest, SentBefore } from '@briq-interactive/core'
import { clockOf } from '../i18n/hour-cycle.ts'
import { type SendTranslate, type Worded, worded } from '../i18n/messages.ts'
import { formatDayTime } from '../preview/format-day-time.ts'

/** What {@link sentBeforeWords} needs besides the earlier send. */
export interface SentBeforeWordsOptions {
  /** The request Send would post (the earlier one is identical to it): its number or conversation. */
  request: SendInteractiveRequest
  t: SendTranslate
  locale: string
  /** The locale as given: its region sets the clock of the time. */
  localeTag: string | undefined
  /** The moment "today" is counted from. */
  now: Date
}

/**
 * The quiet note about a request identical to the one Send would post, sent before (core's
 * `sentBefore`): to whom, when ("15:53 today"), and that pressing Send asks before sending it
 * again ("Send again" sends it on purpose); or that a try of it may have gone, Briq not confirming it.
 * With the language its key is worded in (the kit's English a host's partial catalogue left out).
 */
export function sentBeforeWords(
  before: SentBefore,
  { request, t, locale, localeTag, now }: SentBeforeWordsOptions,
): Worded {
  const time = formatDayTime(new Date(before.at), { now, locale, t, clock: clockOf(localeTag, locale) })
  const id = request.conversation_id
  if (before.kind === 'sent') {
    return id === undefined
      ? worded(t, 'sendDialog.sentBefore.number', { number: request.to ?? '', time })
      : worded(t, 'sendDialog.sentBefore.conversation', { id, time })
  }
  return id === undefined
    ? worded(t, 'sendDialog.maybeSentBefore.number', { number: request.to ?? '', time })
    : worded(t, 'sendDialog.maybeSentBefore.conversation', { id, time })
}
