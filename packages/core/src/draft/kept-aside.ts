import { LIMITS } from '../limits.ts'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { createDraft } from './create-draft.ts'
import { draftType } from './describe-interactive.ts'
import { ID_PREFIX } from './draft-ids.ts'
import type { DraftOptions } from './draft-options.ts'
import { isRecord } from './draft-path.ts'
import type { EditorState } from './editor-state.ts'
import { starterText } from './starter-text.ts'

// An id the kit made for an item added empty: its kind and number ("row-3", "address-1").
const GENERATED_ID = new RegExp(`^(${[...new Set(Object.values(ID_PREFIX))].join('|')})-\\d+$`)

// Whether `object`'s id is no one's words: one beside a title follows that title or was numbered
// for an empty one (the title is counted where it stands), or one generated for an item added.
const derivedId = (object: Record<string, unknown>, id: unknown): boolean =>
  'title' in object || (typeof id === 'string' && GENERATED_ID.test(id))

// Each text of `value`, however deep, but the ids an item got from its title or its number.
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) textsOf(item, out)
  else if (isRecord(value)) {
    for (const key of Object.keys(value)) if (key !== 'id' || !derivedId(value, value[key])) textsOf(value[key], out)
  }
  return out
}

// The texts of a new draft of every type, and a section's numbered title ("Section 2"), in each
// language the options know: what a switch carries between types, or an item added brings,
// without anyone writing it (the starter body, a list's "See options").
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
    const sections = Array.from({ length: LIMITS.list.sections.max }, (_, at) => at + 1)
    texts = new Set(
      languages.flatMap((language) => [
        ...INTERACTIVE_TYPES.flatMap((type) => textsOf(createDraft(type, language))),
        ...sections.map((n) => starterText('section.title', language.text, n)),
      ]),
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
 * type held before it was left is not counted: it is shown. Nor is what adding an item brings
 * (a row's generated id, "Section 2"), nor an item's id beside its title (the title counts): an
 * id typed by hand alone keeps "New message" off, which loses nothing.
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
