import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { createDraft } from './create-draft.ts'
import { draftType } from './describe-interactive.ts'
import type { DraftOptions } from './draft-options.ts'
import { isRecord } from './draft-path.ts'
import type { EditorState } from './editor-state.ts'

// Each text of `value`, however deep.
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) textsOf(item, out)
  else if (isRecord(value)) for (const key of Object.keys(value)) textsOf(value[key], out)
  return out
}

// The texts of a new draft of every type, in each language the options know: what a switch
// carries between types without anyone writing it (the starter body, a list's "See options").
const startersOf = new WeakMap<object, ReadonlySet<string>>()
const ENGLISH: DraftOptions = {}
function starterTexts(options: DraftOptions): ReadonlySet<string> {
  let texts = startersOf.get(options)
  if (texts === undefined) {
    const languages = [
      options,
      { ...options, text: {} },
      ...(options.otherText ?? []).map((text) => ({ ...options, text })),
    ]
    texts = new Set(
      languages.flatMap((language) => INTERACTIVE_TYPES.flatMap((type) => textsOf(createDraft(type, language)))),
    )
    startersOf.set(options, texts)
  }
  return texts
}

/**
 * Whether a switch set aside (`EditorState.setAside`) text the person wrote, which picking that
 * type or option again would bring back: a list's section title typed before the switch to reply
 * buttons, a footer carried on to the next type that holds one, a header's text while it is an
 * image. Types only looked through kept what a new draft starts with: nothing. What the present
 * type held before it was left is not counted: it is shown.
 */
export function keepsAside(state: EditorState, options: DraftOptions = ENGLISH): boolean {
  const { setAside } = state
  if (setAside === undefined) return false
  const present = draftType(state.draft)
  const starters = starterTexts(options)
  return Object.entries(setAside).some(
    ([key, value]) =>
      key !== 'type@' &&
      key !== `type#${present}` &&
      textsOf(value).some((text) => text.trim() !== '' && !starters.has(text)),
  )
}
