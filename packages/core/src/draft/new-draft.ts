import type { InteractiveType } from '../schemas/interactive.ts'
import { changeType } from './change-type.ts'
import { createDraft } from './create-draft.ts'
import { draftType } from './describe-interactive.ts'
import type { DraftOptions } from './draft-options.ts'
import { sameValue } from './held-options.ts'

/**
 * Whether `draft` is the new draft of its own type (`createDraft` with `options`): starter
 * words only, nothing anyone wrote. Started in English or another of the UI's languages
 * (`options.otherText`), it is as new: the language was switched, nothing was written.
 */
export function isNewDraft(draft: unknown, options: DraftOptions): boolean {
  const type = draftType(draft)
  if (type === undefined) return false
  const languages = [options.text, undefined, ...(options.otherText ?? [])]
  return languages.some((text) => sameValue(draft, createDraft(type, { ...options, text })))
}

/**
 * The type picked for `draft`: `changeType`, but a new draft of one type, untouched, becomes the
 * new draft of the other, as a new builder of that type starts. Its starter words were written
 * for its own type: carried on, a catalog message would say "Here is the product you asked
 * about" and a location request offer the week's deals.
 */
export function pickType(draft: unknown, type: InteractiveType, options: DraftOptions): unknown {
  return draftType(draft) !== type && isNewDraft(draft, options)
    ? createDraft(type, options)
    : changeType(draft, type, options)
}
