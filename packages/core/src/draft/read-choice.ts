import { HEADER_OPTION_LABELS } from './description-nodes.ts'
import type { ChoiceDescription } from './draft-description.ts'
import type { DraftLabelKey } from './draft-label-keys.ts'
import { type DraftPath, getAt, isRecord } from './draft-path.ts'

/**
 * Which option of `choice` the draft holds, for a choice in the item at `base` (`[]` outside
 * groups): the header kind (`"none"` without one), `"link"` or `"id"` for media, the flow's
 * target and action, the carousel's card kind (card 1's), a card's own kind. A value the draft holds that is not one of the
 * options (a header kind this type does not allow) is returned as it is.
 */
export function readChoice(draft: unknown, choice: ChoiceDescription, base: DraftPath = []): string {
  const at = getAt(draft, [...base, ...choice.path])
  switch (choice.choice) {
    case 'header': {
      if (at === undefined) return 'none'
      const type = isRecord(at) ? at.type : undefined
      return typeof type === 'string' ? type : 'none'
    }
    case 'mediaSource':
      return isRecord(at) && Object.hasOwn(at, 'id') && !Object.hasOwn(at, 'link') ? 'id' : 'link'
    case 'flowTarget':
      return isRecord(at) && Object.hasOwn(at, 'flow_name') && !Object.hasOwn(at, 'flow_id') ? 'name' : 'id'
    case 'flowAction':
      return at === 'data_exchange' ? 'data_exchange' : 'navigate'
    case 'cardKind':
      return cardKindOf(Array.isArray(at) ? at[0] : undefined)
    case 'cardContent':
      return cardKindOf(at)
  }
}

/** A carousel card's kind as the card-kind choice names it: `product`, `quickReply` or `url`. */
export function cardKindOf(card: unknown): 'product' | 'quickReply' | 'url' {
  if (isRecord(card) && card.type === 'product') return 'product'
  return Array.isArray(getAt(card, ['action', 'buttons'])) ? 'quickReply' : 'url'
}

/** The fields of the option `choice` currently holds (none when the draft holds another value). */
export function chosenOption(
  draft: unknown,
  choice: ChoiceDescription,
  base: DraftPath = [],
): ChoiceDescription['options'][number] | undefined {
  const value = readChoice(draft, choice, base)
  return choice.options.find((option) => option.value === value)
}

/**
 * The label key for `value` in `choice`: its option's, or, for a header kind the type does not
 * allow (a draft from the JSON tab, a validation option switched off), that kind's own name;
 * so a form names the value the draft holds in the person's language, never as the raw word.
 * `undefined` for a value the kit has no name for.
 */
export function choiceValueLabelKey(choice: ChoiceDescription, value: string): DraftLabelKey | undefined {
  const option = choice.options.find((candidate) => candidate.value === value)
  if (option !== undefined) return option.labelKey
  if (choice.choice !== 'header' || !Object.hasOwn(HEADER_OPTION_LABELS, value)) return undefined
  return HEADER_OPTION_LABELS[value as keyof typeof HEADER_OPTION_LABELS]
}
