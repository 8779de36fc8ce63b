import type { CountNoun, CountScope } from '../i18n/issue-reason.ts'
import { isRecord } from '../is-record.ts'
import { LIMITS, type Limit } from '../limits.ts'
import { checkCount, checkUnique } from './count.ts'
import { type CheckPayload, field, items, report, stringField } from './issue-detail.ts'

/** How one sectioned message (list rows, product-list products) names and limits its parts. */
export interface SectionRules {
  /** The message the sections belong to: a list or a product list. */
  scope: CountScope
  /** The key of a section's items: `rows` or `product_items`. */
  itemsKey: string
  /** The key of an item's id, unique across sections. */
  idKey: string
  /** What a section holds: rows or products. */
  noun: CountNoun
  sections: Limit
  itemsPerSection: Limit
  itemsTotal: Limit
}

/**
 * The cross-field rules shared by lists and product lists (Meta, Interactive list messages guide and Share products guide): a
 * section count, no empty section, titles when there is more than one section, a total across
 * sections, and an item id repeated across sections (an error for rows, a warning for products). `value` is the message; paths
 * start at it.
 */
export function checkSections(payload: CheckPayload<unknown>, value: unknown, rules: SectionRules): void {
  const sections = field(field(value, 'action'), 'sections')
  if (!Array.isArray(sections)) return
  const at = (...rest: (string | number)[]) => ['action', 'sections', ...rest]
  checkCount(payload, sections.length, rules.sections, 'section', { scope: rules.scope }, at())
  let total = 0
  const ids: { value: string | undefined; path: (string | number)[] }[] = []
  items(sections).forEach((section, s) => {
    // A section that is no object (a list typed as [ ]) has its own issue and no title to ask for.
    if (!isRecord(section)) return
    if (sections.length > 1 && field(section, 'title') === undefined) {
      report(payload, { code: 'required', reason: 'section_title_required', params: { at: s + 1 } }, at(s, 'title'))
    }
    const sectionItems = field(section, rules.itemsKey)
    if (!Array.isArray(sectionItems)) return
    total += sectionItems.length
    if (sectionItems.length === 0) {
      checkCount(payload, 0, rules.itemsPerSection, rules.noun, { scope: 'section', at: s + 1 }, at(s, rules.itemsKey))
    }
    items(sectionItems).forEach((item, i) => {
      ids.push({
        value: stringField(item, rules.idKey),
        path: at(s, rules.itemsKey, i, rules.idKey),
      })
    })
  })
  // Past the kit's bound only the first sections were read: their sum is not the message's total,
  // and the count of sections already refuses it.
  if (sections.length <= LIMITS.structure.listItems.max && total > rules.itemsTotal.max)
    checkCount(payload, total, rules.itemsTotal, rules.noun, { scope: rules.scope }, at())
  // Meta documents no uniqueness for either; a repeated row id makes the customer's list_reply
  // ambiguous, a repeated product is only listed twice.
  checkUnique(payload, ids, rules.idKey, rules.noun === 'row' ? 'repeated_reply_id' : 'repeated_product')
}
