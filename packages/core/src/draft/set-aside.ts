import type { InteractiveType } from '../schemas/interactive.ts'
import { allowedHeaderKinds, MEDIA_HEADER_KINDS, MESSAGE_PARTS } from '../schemas/message-parts.ts'
import { changeType } from './change-type.ts'
import { chooseOption, fillQuickReplyIds } from './choose-option.ts'
import { describeInteractive, draftType } from './describe-interactive.ts'
import type { ChoiceDescription } from './draft-description.ts'
import type { DraftOptions } from './draft-options.ts'
import { type DraftPath, getAt, isRecord, setAt } from './draft-path.ts'
import { entered, isHeld, keepHeldOptions, type OptionSwitch, type SwitchedPart, sameValue } from './held-options.ts'
import { isNewDraft } from './new-draft.ts'
import { chosenOption, readChoice } from './read-choice.ts'
import { locate, visitShown } from './walk-description.ts'

/**
 * What a switch hid, so that switching back brings it back: the message as it was under each
 * type, each card as it was under each card kind, a header under each kind (keys ending
 * `#<option>`, with what each held right after the last switch under `@` keys, to tell what the
 * person changed since), and the text of each field a choice hid (a header's text while it is
 * an image), by the key of its item and its path in the item, so it follows a moved card and
 * fills the same field under another option (an image's link comes back on a video), and the
 * header and footer last left, for the next type that holds them. Saved with the draft by
 * `savedSetAside`.
 */
export type SetAside = Readonly<Record<string, unknown>>

// Choices between values a person types: their hidden text also fills another option's field.
const TEXT_CHOICES = new Set<ChoiceDescription['choice']>(['header', 'mediaSource', 'flowTarget'])

// A header's link or id is one text whatever the media kind, as picking image → video keeps it.
const mediaAsOne = (path: DraftPath): DraftPath =>
  path.map((key, i) => (i > 0 && path[i - 1] === 'header' && MEDIA_HEADER_KINDS.has(key) ? 'media' : key))

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

// Sets aside the text the option left showed, and fills the new option's empty fields from it.
function keepChoiceText(
  before: unknown,
  after: unknown,
  choice: ChoiceDescription,
  base: DraftPath,
  record: Record<string, unknown>,
  itemKey: (base: DraftPath) => string,
): unknown {
  const keyOf = (at: DraftPath) => `${itemKey(base)}|${JSON.stringify(mediaAsOne(at.slice(base.length)))}`
  // What the person emptied stays empty: only text is set aside.
  for (const { path: at, value } of shownTexts(before, choice, base)) {
    if (value.trim() === '') delete record[keyOf(at)]
    else record[keyOf(at)] = value
  }
  let draft = after
  for (const { path: at, value } of shownTexts(after, choice, base)) {
    const kept = record[keyOf(at)]
    if (value === '' && typeof kept === 'string') draft = setAt(draft, at, kept)
  }
  return draft
}

// The message parts a type may lack (location request has no header or footer): what the
// person last left in each travels on to the next type that holds it.
const CARRIED = ['header', 'footer'] as const
type CarriedPart = (typeof CARRIED)[number]
const CARRY_KEY = 'type!carried'

const holds = (type: InteractiveType, part: CarriedPart, options: DraftOptions, value?: unknown): boolean => {
  if (part === 'footer') return MESSAGE_PARTS[type].footer
  const kinds: readonly unknown[] = allowedHeaderKinds(type, options)
  return value === undefined ? kinds.length > 0 : kinds.includes(getAt(value, ['type']))
}

/**
 * What of header and footer to carry past a type switch: a part the type left holds, as it is
 * now, unless it is just as it came in (a list drops an image header on arrival and did not
 * choose to; the image travels on), and otherwise what was carried before.
 */
function carryParts(
  before: unknown,
  from: InteractiveType,
  setAside: SetAside,
  options: DraftOptions,
): Partial<Record<CarriedPart, unknown>> {
  const previous = setAside[CARRY_KEY]
  const carried: Record<string, unknown> = isRecord(previous) ? { ...previous } : {}
  const arrived = setAside['type@']
  const arrival = isRecord(arrived) && arrived.option === from ? arrived.value : undefined
  for (const part of CARRIED) {
    if (!holds(from, part, options)) continue
    const now = getAt(before, [part])
    const untouched = arrival !== undefined && sameValue(getAt(arrival, [part]), now)
    if (untouched && Object.hasOwn(carried, part)) continue
    if (now === undefined) delete carried[part]
    else carried[part] = now
  }
  return carried
}

/**
 * The quick-reply ids a card kind switch generated (for a card that held none, or one whose
 * changes since replaced what it held) were made unique before the other cards got theirs
 * back: one that a card brought back now repeats is generated again among them all.
 */
function separateFreshIds(after: unknown, draft: unknown, path: DraftPath, options: DraftOptions): unknown {
  // Only an id the switch itself made at this place: one brought back differs from it (a reply
  // brought back with changes since, its URL button's text edited, may keep the switch's).
  return fillQuickReplyIds(
    draft,
    path,
    options,
    (id, idPath, taken) => id === getAt(after, idPath) && typeof id === 'string' && taken.has(id),
  )
}

/** A switch the editor applied: a choice picked at `path`, or another message type. */
export type SetAsideSwitch = { op: 'choose'; path: DraftPath; value: string } | { op: 'setType'; type: InteractiveType }

/**
 * After `change` turned `before` into `after`: sets aside what the switch hid and brings back
 * what the option (or type) picked held when it was left, with the changes made since; so a
 * type, card kind, header kind, media source or flow target picked by mistake and picked back
 * loses nothing. `itemKey` names the item at a path (stable across moves).
 */
export function keepSetAside(
  before: unknown,
  after: unknown,
  change: SetAsideSwitch,
  setAside: SetAside | undefined,
  options: DraftOptions,
  itemKey: (path: DraftPath) => string,
): { draft: unknown; setAside: SetAside | undefined } {
  const type = draftType(before)
  if (type === undefined || before === after) return { draft: after, setAside }
  const record: Record<string, unknown> = { ...setAside }
  const kept = setAside ?? {}
  if (change.op === 'setType') {
    const parts: SwitchedPart[] = [{ key: 'type', path: [] }]
    const to = change.type
    // A new draft picked another type is that type's new draft (`pickType`); a type it held comes
    // back as from any draft, with what changed since, told by what the switch carries.
    const carriedAfter =
      isHeld(kept[`type#${to}`]) && isNewDraft(before, options) ? changeType(before, to, options) : after
    let draft = keepHeldOptions(
      {
        before,
        after: carriedAfter,
        from: type,
        to,
        parts,
        redo: (draft, option) => changeType(draft, option as InteractiveType, options),
      },
      kept,
      record,
    )
    // A new draft's header and footer are its starter words, not the person's to carry on.
    if (!isNewDraft(before, options)) {
      const carried = carryParts(before, type, kept, options)
      record[CARRY_KEY] = carried
      // A type never held before gets the header and footer the person last had, where it can.
      if (!isHeld(kept[`type#${to}`])) {
        for (const part of CARRIED) {
          const value = carried[part]
          if (value !== undefined && getAt(draft, [part]) === undefined && holds(to, part, options, value)) {
            draft = setAt(draft, [part], value)
          }
        }
      }
    }
    entered(draft, parts, to, record)
    return { draft, setAside: record }
  }
  const located = locate(describeInteractive(type, options), before, change.path, 'choice')
  if (located === undefined) return { draft: after, setAside }
  const { node: choice, base } = located
  const from = readChoice(before, choice, base)
  const to = change.value
  const path = [...base, ...choice.path]
  const cards = getAt(before, path)
  // A card kind changes every card: each card keeps what it held under each kind.
  const parts: SwitchedPart[] =
    choice.choice === 'cardKind' && Array.isArray(cards)
      ? cards.map((_, i) => ({ key: `${itemKey([...path, i])}#cardKind`, path: [...path, i] }))
      : // The flow action's value is one word; what it drops (the payload) sits beside it.
        [
          {
            key: `${itemKey(base)}#${JSON.stringify(choice.path)}`,
            path: choice.choice === 'flowAction' ? path.slice(0, -1) : path,
          },
        ]
  const settle =
    choice.choice === 'cardKind'
      ? (card: unknown, i: number) => (getAt(card, ['card_index']) === i ? card : setAt(card, ['card_index'], i))
      : undefined
  const redo = (draft: unknown, option: string) => {
    const result = chooseOption(draft, change.path, option, options)
    return result.ok ? result.draft : undefined
  }
  let draft = keepHeldOptions({ before, after, from, to, parts, redo, settle } satisfies OptionSwitch, kept, record)
  if (choice.choice === 'cardKind') draft = separateFreshIds(after, draft, path, options)
  if (TEXT_CHOICES.has(choice.choice)) draft = keepChoiceText(before, draft, choice, base, record, itemKey)
  entered(draft, parts, to, record)
  return { draft, setAside: record }
}
