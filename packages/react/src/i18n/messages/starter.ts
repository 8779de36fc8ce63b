import { STARTER_TEXT, type StarterTextKey } from '@briq-interactive/core'
import type { Wording } from './message.ts'
import { starterSw } from './starter-sw.ts'

/** The key of a new draft's words in the catalogue: `starter.` and core's `StarterTextKey`. */
export type StarterKey = `starter.${StarterTextKey}`

/**
 * The words a new draft starts with (core's `createDraft` text), as [English, Swahili]: core's
 * `STARTER_TEXT` and `starterSw`, paired here rather than written again, so a host's `messages`
 * give them in its language (`'starter.button.body'`) as they give a label. `{n}` is a number.
 */
export const starterMessages = /* @__PURE__ */ (() => {
  const pairs: Record<string, Wording<string>> = {}
  for (const [key, english] of Object.entries(STARTER_TEXT)) {
    pairs[`starter.${key}`] = [english, starterSw[key as StarterTextKey]]
  }
  return pairs as { readonly [K in StarterKey]: Wording<string> }
})()
