import type { ChoiceDescription, ChoiceOption } from './draft-description.ts'
import { type DraftPath, getAt, isRecord } from './draft-path.ts'

/**
 * Which option of `choice` the draft holds, for a choice in the item at `base` (`[]` outside
 * groups): the header kind (`"none"` without one), `"link"` or `"id"` for media, the flow's
 * target and action, the carousel's card kind (card 1's), a card's own kind. A value the draft holds that is not one of the
 * options (a header kind this type does not allow, a flow action WhatsApp does not take) is
 * returned as it is (a flow action that is not a string as a short text: `7`, `null`, `{…}`, `[…]`).
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
      // With both (from JSON), the validators report the link as what cannot go with the id.
      return isRecord(at) && Object.hasOwn(at, 'id') ? 'id' : 'link'
    case 'flowTarget':
      return isRecord(at) && Object.hasOwn(at, 'flow_name') && !Object.hasOwn(at, 'flow_id') ? 'name' : 'id'
    case 'flowAction':
      // Left out, the action is navigate (Meta's default); a value WhatsApp does not take (from
      // JSON) is read as it is, so a form names it instead of showing Navigate picked.
      if (at === undefined) return 'navigate'
      if (typeof at === 'string') return at
      // Bounded, and safe for any value a host passes (a cycle, a huge list).
      return at === null || typeof at !== 'object' ? String(at) : Array.isArray(at) ? '[…]' : '{…}'
    case 'cardKind':
      return cardKindOf(Array.isArray(at) ? at[0] : undefined)
    case 'cardContent':
      return cardKindOf(at)
  }
}

/**
 * Why a form shows an option's fields beside the chosen one's (see `alsoHeldOptions`):
 * `otherSource`, a second source where WhatsApp takes one (a media `link` beside its `id`, a
 * `flow_name` beside the `flow_id`), this one not used; `onlyWithOption`, what only this option
 * takes (navigate's `flow_action_payload`) held beside another action.
 */
export type AlsoHeldReason = 'otherSource' | 'onlyWithOption'

/** An option besides the chosen one whose fields the draft also holds, and why a form shows it. */
export interface AlsoHeldOption {
  /** The option whose fields the draft also holds. */
  readonly option: ChoiceOption
  /** `otherSource` (a second source, such as a media link beside its id) or `onlyWithOption`; see `AlsoHeldReason`. */
  readonly reason: AlsoHeldReason
}

/**
 * The options of `choice` besides the one it holds whose fields the draft also holds, each with
 * why: a media with both a `link` and an `id`, a flow with both a `flow_id` and a `flow_name`
 * (from JSON). WhatsApp takes one of them (Messages API reference, media object; Sending a Flow
 * guide); a form shows these too, marked as not used, so neither value is lost until one is
 * kept. Also navigate, for a `flow_action_payload` held beside another action: data_exchange
 * (the flow's endpoint sends the first screen and its data, so WhatsApp takes the payload only
 * with navigate: Sending a Flow guide) or one WhatsApp does not take.
 */
export function alsoHeldOptions(draft: unknown, choice: ChoiceDescription, base: DraftPath = []): AlsoHeldOption[] {
  const chosen = readChoice(draft, choice, base)
  const reason: AlsoHeldReason | undefined =
    choice.choice === 'mediaSource' || choice.choice === 'flowTarget'
      ? 'otherSource'
      : choice.choice === 'flowAction'
        ? 'onlyWithOption'
        : undefined
  if (reason === undefined) return []
  return choice.options
    .filter(
      (option) =>
        option.value !== chosen &&
        option.fields.some(
          (field) =>
            field.node === 'field' && getAt(draft, [...base, ...(field.optionalParent ?? field.path)]) !== undefined,
        ),
    )
    .map((option) => ({ option, reason }))
}

/** A carousel card's kind as the card-kind choice names it: `product`, `quickReply` or `url`. */
export function cardKindOf(card: unknown): 'product' | 'quickReply' | 'url' {
  if (isRecord(card) && card.type === 'product') return 'product'
  return Array.isArray(getAt(card, ['action', 'buttons'])) ? 'quickReply' : 'url'
}

/**
 * The option of `choice` for `value`: one a person can pick, or one only `held` (see there), so
 * a form names a header kind the type does not allow (a draft from the JSON tab, a validation
 * option switched off) by its `labelKey` in the person's language, never as the raw word.
 * `undefined` for a value the kit has no name for.
 */
export function choiceOption(choice: ChoiceDescription, value: string): ChoiceOption | undefined {
  const same = (option: ChoiceOption) => option.value === value
  return choice.options.find(same) ?? choice.held?.find(same)
}

/** The option `choice` currently holds, held ones included (none for a value the kit has no name for). */
export function chosenOption(
  draft: unknown,
  choice: ChoiceDescription,
  base: DraftPath = [],
): ChoiceOption | undefined {
  return choiceOption(choice, readChoice(draft, choice, base))
}
