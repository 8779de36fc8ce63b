import { describeInteractive, draftType } from './describe-interactive.ts'
import type { ChoiceDescription } from './draft-description.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt, setAt } from './draft-path.ts'
import { chosenOption } from './read-choice.ts'
import { locate, visitShown } from './walk-description.ts'

/**
 * Text a choice hid (a header's text while the header is an image, a media link while it is by
 * id, a flow's id while it is by name), by the key of its item and its path in the item, so it
 * comes back when the person picks that option again, even after the item moved.
 */
export type SetAside = Readonly<Record<string, string>>

// Choices between values a person types. The card kind rebuilds the cards, and the flow action
// only drops the payload, so neither is undone this way (undo is).
const KEPT_CHOICES = new Set<ChoiceDescription['choice']>(['header', 'mediaSource', 'flowTarget'])

const MEDIA = new Set<unknown>(['image', 'video', 'document'])

// A header's link or id is one text whatever the media kind, as picking image → video keeps it.
const mediaAsOne = (path: DraftPath): DraftPath =>
  path.map((key, i) => (i > 0 && path[i - 1] === 'header' && MEDIA.has(key) ? 'media' : key))

interface ShownText {
  path: DraftPath
  value: string
}

// The text fields the chosen option shows, nested choices included (an image header's link).
function shownTexts(draft: unknown, choice: ChoiceDescription, base: DraftPath): ShownText[] {
  const option = chosenOption(draft, choice, base)
  const out: ShownText[] = []
  if (option === undefined) return out
  visitShown(option.fields, base, draft, (node, path) => {
    const value = getAt(draft, path)
    if (node.node === 'field' && typeof value === 'string') out.push({ path, value })
  })
  return out
}

/**
 * After the choice at `path` went from `before`'s option to `after`'s: sets aside the text the
 * option left held, and fills the new option's empty fields with text set aside from them
 * earlier. `itemKey` names the item at a base path (stable across moves).
 */
export function keepChoiceText(
  before: unknown,
  after: unknown,
  path: DraftPath,
  setAside: SetAside | undefined,
  options: DraftOptions,
  itemKey: (base: DraftPath) => string,
): { draft: unknown; setAside: SetAside | undefined } {
  const type = draftType(before)
  const located = type === undefined ? undefined : locate(describeInteractive(type, options), before, path, 'choice')
  if (located === undefined || !KEPT_CHOICES.has(located.node.choice) || before === after) {
    return { draft: after, setAside }
  }
  const { node: choice, base } = located
  const keyOf = (at: DraftPath) => `${itemKey(base)}|${JSON.stringify(mediaAsOne(at.slice(base.length)))}`
  const next: Record<string, string> = { ...setAside }
  // What the person emptied stays empty: only text is set aside.
  for (const { path: at, value } of shownTexts(before, choice, base)) {
    if (value.trim() === '') delete next[keyOf(at)]
    else next[keyOf(at)] = value
  }
  let draft = after
  for (const { path: at, value } of shownTexts(after, choice, base)) {
    const kept = next[keyOf(at)]
    if (value === '' && kept !== undefined) draft = setAt(draft, at, kept)
  }
  return { draft, setAside: next }
}
