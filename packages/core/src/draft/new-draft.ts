import type { InteractiveType } from '../schemas/interactive.ts'
import { changeType } from './change-type.ts'
import { createDraft } from './create-draft.ts'
import { draftType } from './describe-interactive.ts'
import type { DraftOptions } from './draft-options.ts'
import { sameValue } from './held-options.ts'

// The new drafts of a type in each language, per options object: a builder asks on every change.
const newDraftsOf = new WeakMap<DraftOptions, Map<InteractiveType, readonly unknown[]>>()

function newDrafts(type: InteractiveType, options: DraftOptions): readonly unknown[] {
  let byType = newDraftsOf.get(options)
  if (byType === undefined) {
    byType = new Map()
    newDraftsOf.set(options, byType)
  }
  let drafts = byType.get(type)
  if (drafts === undefined) {
    const languages = [options.text, undefined, ...(options.otherText ?? [])]
    drafts = languages.map((text) => createDraft(type, { ...options, text }))
    byType.set(type, drafts)
  }
  return drafts
}

/**
 * Whether `draft` is the new draft of its own type (`createDraft` with `options`): starter
 * words only, nothing anyone wrote. Started in English or another of the UI's languages
 * (`options.otherText`), it is as new: the language was switched, nothing was written.
 */
export function isNewDraft(draft: unknown, options: DraftOptions): boolean {
  const type = draftType(draft)
  if (type === undefined) return false
  return newDrafts(type, options).some((fresh) => sameValue(draft, fresh))
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
