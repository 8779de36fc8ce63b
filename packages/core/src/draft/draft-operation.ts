import type { Exclusive } from '../exclusive.ts'
import type { LimitKind } from '../limits.ts'
import type { InteractiveType } from '../schemas/interactive.ts'
import type { ItemKind } from './draft-description.ts'
import type { DraftPath } from './draft-path.ts'

/**
 * One edit of a draft, as data: serialisable, so history, tests and property tests replay
 * it. Paths are absolute, as in `Issue.path`; group and item paths come from the description
 * (`[...group.path]` for a group's array, `[...group.path, index]` for one item).
 */
export type DraftOperation =
  /** Sets the value at `path`. `""` or `undefined` removes an optional field (and its emptied optional parent); a title also renews its generated id. */
  | { op: 'set'; path: DraftPath; value: unknown }
  /** Switches the choice at `path` (header kind, media source, flow target or action, card kind) to `value`. */
  | { op: 'choose'; path: DraftPath; value: string }
  /** Adds a new item to the group array at `path`, at `index` (default: the end). */
  | { op: 'add'; path: DraftPath; index?: number }
  /** Removes the item at `path`. */
  | { op: 'remove'; path: DraftPath }
  /** Moves the item at `path` so that it ends up at the item path `to` (same group or, for rows and products, another section). */
  | { op: 'move'; path: DraftPath; to: DraftPath }
  /** Changes the message type, keeping what the new type allows. */
  | { op: 'setType'; type: InteractiveType }
  /** Replaces the whole draft (the JSON tab, an opened file). */
  | { op: 'replace'; draft: unknown }
  /** Applies the fix-it `id` of the draft's current issues (see `draftFixIts`). */
  | { op: 'fix'; id: string }

/**
 * Why an operation was refused: the path names nothing the type has (`not_found`), a count
 * would pass its maximum (`too_many`) or drop below its minimum (`too_few`), the value is not
 * one the field or choice allows (`invalid_value`), or a move would break a rule:
 * - `at_edge`: the item is already first (moving up) or last (moving down), with no section
 *   beyond to cross into;
 * - `leaves_section_empty`: it is the only row or product of its section, and WhatsApp rejects
 *   a section without one (`LIMITS.list.rowsPerSection`, `LIMITS.productList.itemsPerSection`);
 *   the builder never empties a section, as "Remove" does not;
 * - `stays_on_card`: a carousel's quick replies cannot move to another card, since every card
 *   must keep the same buttons (Meta's media carousel page);
 * - `not_allowed`: into a group of another kind (a row among sections); or choosing one card's
 *   kind, which the carousel's card kind picks for every card.
 */
export type DraftRefusal =
  | 'not_found'
  | 'too_many'
  | 'too_few'
  | 'invalid_value'
  | 'not_allowed'
  | 'at_edge'
  | 'leaves_section_empty'
  | 'stays_on_card'

/** The outcome of `tryDraftOperation`: the new draft, or why nothing changed. */
export type DraftOperationResult = Exclusive<{ ok: true; draft: unknown } | ({ ok: false } & DraftRefused)>

/** Why an operation changed nothing, with the limit in the way. */
export interface DraftRefused {
  /** Why, one of `DraftRefusal`: nothing at the path, a limit in the way, an item already at the edge, … */
  reason: DraftRefusal
  /** The limit in the way, for `too_many` and `too_few`. */
  limit?: number
  /**
   * What the limit counts, when it is not the items being added: a new section needs a row, so
   * "Add section" at 10 of 10 rows is refused for the rows (`"row"`).
   */
  item?: ItemKind
  /**
   * `'guard'` when nobody documents the limit in the way (quick replies per carousel card,
   * `LIMITS.carousel.quickReplies`): the builder offers only what is known to work, while more,
   * from JSON, is only warned about.
   */
  rule?: 'guard'
}

/** A refusal. */
export const refuse = (
  reason: DraftRefusal,
  limit?: number,
  item?: ItemKind,
  rule?: LimitKind,
): DraftOperationResult => ({
  ok: false,
  reason,
  ...(limit === undefined ? {} : { limit }),
  ...(item === undefined ? {} : { item }),
  ...(rule === 'guard' ? { rule } : {}),
})
