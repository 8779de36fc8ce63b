import type { BriqError } from '../client/briq-error.ts'
import type { CoreMessages } from '../i18n/core-messages.ts'
import { fieldEn } from '../i18n/en/field-names.ts'
import type { IssuePath } from '../issue.ts'
import { sendFailureReason } from './send-failure-reason.ts'

/** One thing Briq said about a refusal core has no sentence of its own for. */
export interface BriqWords {
  /** Briq's words, as Briq wrote them (in English). */
  message: string
  /**
   * The request field they are about, named for a person in the language asked for ("Body
   * text", "Jina la kitufe 1"); undefined when Briq named none, or when its words already open
   * with that name (the kit's proxy and mock answer core's sentences, "Body text is 2000
   * characters; …"), so the field is not said twice.
   */
  field: string | undefined
  /**
   * The request path of the field Briq named (`["interactive", "body", "text"]`), whether or not
   * `field` names it: where a form can take the person to fix it. Undefined when Briq named none.
   */
  path: IssuePath | undefined
}

/**
 * The request path a `field` of Briq's errors names: dotted as core's servers and the client's
 * reading of FastAPI's `loc` write it (`interactive.action.buttons.0.reply.title`), or with
 * indexes in brackets (`buttons[0]`) as other APIs do. Undefined when it names nothing.
 */
function fieldPath(field: string): IssuePath | undefined {
  const parts = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
  if (parts.length === 0) return undefined
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

/**
 * Whether `message` opens with the field's name as a word of its own ("Body text is 2000
 * characters", not "Body texts"), letter case aside: a sentence that names its field already.
 */
function opensWith(message: string, name: string): boolean {
  const start = message.slice(0, name.length)
  if (start.toLocaleLowerCase() !== name.toLocaleLowerCase()) return false
  return !/^[\p{L}\p{N}_]/u.test(message.slice(name.length))
}

/**
 * Briq's own words for a failed send core has no better ones for (`sendFailureReason` reads it
 * as `other`: a refusal such as Briq's own 422 for a rule core does not check), one entry per
 * error Briq listed, each with the field it names worded in a language. Briq's validation
 * errors (FastAPI's) often say what is wrong without saying where ("String should have at most
 * 1024 characters"): the field is what lets a person find it. Empty for any other failure,
 * whose sentence says it all.
 *
 * @example
 * briqWords(error, coreMessagesSw) // [{ message: 'String should have at most 1024 characters', field: 'Maandishi ya ujumbe' }]
 */
export function briqWords(error: BriqError, messages?: CoreMessages): BriqWords[] {
  // English field names without `messages`: the issue sentences `coreMessagesEn` holds are not read.
  const field = (path: IssuePath) => (messages === undefined ? fieldEn(path) : messages.field(path))
  if (sendFailureReason(error).reason !== 'other') return []
  return error.errors
    .filter((detail) => Boolean(detail.message) && detail.issue === undefined)
    .map((detail) => {
      const path = typeof detail.field === 'string' ? fieldPath(detail.field) : undefined
      const named = path === undefined ? undefined : field(path)
      return {
        message: detail.message,
        field: named === undefined || opensWith(detail.message, named) ? undefined : named,
        path,
      }
    })
}
