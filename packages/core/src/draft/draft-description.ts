import type { Limit } from '../limits.ts'
import type { InteractiveType } from '../schemas/interactive.ts'
import type { HeaderKind } from '../schemas/message-parts.ts'
import type { DraftLabelKey } from './draft-label-keys.ts'
import type { DraftPath } from './draft-path.ts'

/**
 * How a field is edited: one line of `text`, `multiline` text (WhatsApp formatting renders
 * when `formatting` is set), an http(s) `url`, an `id` (machine text, no surrounding spaces),
 * one of `enum` options, a whole `number`, or a `json` object.
 */
export type FieldKind = 'text' | 'multiline' | 'url' | 'id' | 'enum' | 'number' | 'json'

/** One option of an `enum` field or of a choice. */
export interface DraftOption {
  /** The value written into the draft (enum) or the choice's name for it. */
  readonly value: string
  /** The catalogue key of its label (`option.header.image`). */
  readonly labelKey: DraftLabelKey
}

/** One editable field. `path` is relative to its item (or to the message outside groups). */
export interface FieldDescription {
  /** Always `'field'`: tells the node kinds apart. */
  readonly node: 'field'
  /** The control it takes: `text`, `multiline`, `url`, `id`, `enum`, `number` or `json`. */
  readonly kind: FieldKind
  /** The catalogue key of its label ("Button {n} title"). */
  readonly labelKey: DraftLabelKey
  /** Where its value is, relative to its item (to the message outside a group). */
  readonly path: DraftPath
  /**
   * Kept (as `""`) when cleared; an optional field is removed from the draft instead. Whether
   * it is required in a given draft is `fieldRequired` (see `requiredWhenSeveral`).
   */
  readonly required: boolean
  /**
   * Required once the group holding this field's item has more than one item: WhatsApp
   * requires section titles when a list has more than one section ("Interactive list messages
   * guide", section object).
   */
  readonly requiredWhenSeveral?: boolean
  /** Its length limit (`number`: its range), from `LIMITS`. */
  readonly limit?: Limit
  /** The line breaks allowed (carousel card body), from `LIMITS`. */
  readonly lineBreaks?: Limit
  /** WhatsApp renders *bold*, _italic_, ~strike~ and ```mono``` in this text. */
  readonly formatting?: boolean
  /**
   * The message's own words, read by the customer as typed (its header, body and footer text,
   * a button's, section's or row's title): written in the message's language, not the UI's, so
   * a UI gives the control that language (spell-check, a screen reader's voice). Not a file's
   * name, a flow's name or an id, which are not written in any one language.
   */
  readonly messageWords?: boolean
  /** `enum`: the values allowed. */
  readonly options?: readonly DraftOption[]
  /**
   * What to type, where the label cannot say it (a JSON object's shape, a code's form); a UI
   * shows it in place of "Optional" or the default.
   */
  readonly hintKey?: DraftLabelKey
  /**
   * A media link: the sizes WhatsApp takes for the file (in bytes, from `LIMITS.media`), which
   * its hint states as `{size}` (`describeSize` of its `max`).
   */
  readonly fileSize?: Limit
  /** What WhatsApp uses when an optional field is left out. */
  readonly defaultValue?: string | number
  /**
   * `text`: the on-screen keyboard that suits the value, for a UI's `inputmode`: a phone keypad
   * (`tel`) for a phone number, digits (`numeric`) for a postal code.
   */
  readonly keyboard?: 'tel' | 'numeric'
  /** `id`: the sibling title it is generated from while nobody edits it by hand. */
  readonly generatedFrom?: DraftPath
  /** `id`: must be unique across the whole message. */
  readonly unique?: boolean
  /**
   * The optional object holding this field (relative to the same item, e.g. `["footer"]`),
   * removed from the draft when its last field is cleared.
   */
  readonly optionalParent?: DraftPath
}

/** The kinds of repeated items. */
export type ItemKind =
  | 'button'
  | 'section'
  | 'row'
  | 'productSection'
  | 'product'
  | 'card'
  | 'cardButton'
  | 'savedAddress'

/** A repeated group of items (buttons, sections, rows, cards…) at `path`, an array. */
export interface GroupDescription {
  /** Always `'group'`: tells the node kinds apart. */
  readonly node: 'group'
  /** What one item is (`button`, `section`, `row`, `card`…). */
  readonly item: ItemKind
  /** The group of one item, with `{n}`: "Button {n}". */
  readonly labelKey: DraftLabelKey
  /** The control that adds an item: "Add button". */
  readonly addLabelKey: DraftLabelKey
  /** Where the array of items is, relative to the item holding the group (or to the message). */
  readonly path: DraftPath
  /** How many items one group may hold, from `LIMITS`; none when nobody limits it. */
  readonly count?: Limit
  /** How many items of this kind the whole message may hold, across groups ("7 of 10 rows"). */
  readonly total?: Limit
  /** Every card holds the same number of these: adding or removing one does so on every card. */
  readonly aligned?: boolean
  /** The fields of one item, with paths relative to the item. */
  readonly fields: readonly DraftNode[]
}

/** The structural alternatives a choice switches between. */
export type ChoiceKind = 'header' | 'mediaSource' | 'flowTarget' | 'flowAction' | 'cardKind' | 'cardContent'

/**
 * A choice between alternatives that change the draft's shape: the header kind, media by
 * link or id, a flow by id or name, the carousel's card kind… Read it with `readChoice`,
 * change it with the `choose` operation; only the chosen option's fields are shown.
 */
export interface ChoiceDescription {
  /** Always `'choice'`: tells the node kinds apart. */
  readonly node: 'choice'
  /** Which choice: `header`, `mediaSource`, `flowTarget`, `flowAction`, `cardKind`, `cardContent`. */
  readonly choice: ChoiceKind
  /** The catalogue key of its label ("Header type"). */
  readonly labelKey: DraftLabelKey
  /** Where the choice lives, relative to its item; `choose` operations name it by this path. */
  readonly path: DraftPath
  /**
   * `false`: a form draws no control for it, only the fields of the option the draft holds.
   * A carousel card's content follows the card's own kind (`cardContent`), which the
   * carousel's card kind picks for every card at once; a card of another kind (from JSON)
   * still shows its own buttons.
   */
  readonly control?: false
  /** The options to pick from, each with the fields it shows. */
  readonly options: readonly ChoiceOption[]
  /**
   * Values a draft can hold that cannot be picked: a header kind this type does not allow
   * (from JSON, or a validation option switched off). A form names the one held and shows its
   * fields, so what it holds can be read, and changed or removed, never hidden.
   */
  readonly held?: readonly ChoiceOption[]
}

/** One option of a choice, with the fields it shows. */
export type ChoiceOption = DraftOption & { readonly fields: readonly DraftNode[] }

/** Fields shown together under one label (an address's prefilled values). */
export interface FieldsetDescription {
  /** Always `'fieldset'`: tells the node kinds apart. */
  readonly node: 'fieldset'
  /** The catalogue key of the label over the fields. */
  readonly labelKey: DraftLabelKey
  /** The fields shown together, with their paths. */
  readonly fields: readonly DraftNode[]
}

/** Any node of a description tree. */
export type DraftNode = FieldDescription | GroupDescription | ChoiceDescription | FieldsetDescription

/** Everything a builder needs to render a form for one interactive type. */
export interface InteractiveDescription {
  /** The interactive type described. */
  readonly type: InteractiveType
  /** The type picker's name ("Reply buttons"). */
  readonly labelKey: DraftLabelKey
  /** The type picker's one-line description. */
  readonly descriptionKey: DraftLabelKey
  /** The header kinds allowed (empty: no header); from `MESSAGE_PARTS`. */
  readonly headerKinds: readonly HeaderKind[]
  /** The header kind choice (with "none" unless the header is required); absent when no header is allowed. */
  readonly header?: ChoiceDescription
  /** The body text; absent when the type has none. */
  readonly body?: FieldDescription
  /** The footer text; absent when the type allows none. */
  readonly footer?: FieldDescription
  /** The type's own fields (buttons, sections, URL, flow…), in the order a form shows them. */
  readonly action: readonly DraftNode[]
}
