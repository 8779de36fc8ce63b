import type { Limit } from '../limits.ts'
import { checkCount, checkUnique } from './count.ts'
import { type CheckPayload, field, items, report, stringField } from './issue-detail.ts'

/** How one sectioned message (list rows, product-list products) names and limits its parts. */
export interface SectionRules {
  /** The message as a sentence subject: "The list". */
  owner: string
  /** The key of a section's items: `rows` or `product_items`. */
  itemsKey: string
  /** The key of an item's id, unique across sections. */
  idKey: string
  /** An item as a noun: "row", "product". */
  noun: string
  sections: Limit
  itemsPerSection: Limit
  itemsTotal: Limit
}

/**
 * The cross-field rules shared by lists and product lists (whatsapp-interactive.md §3): a
 * section count, no empty section, titles when there is more than one section, a total across
 * sections, and item ids unique across sections. `value` is the message; paths start at it.
 */
export function checkSections(payload: CheckPayload<unknown>, value: unknown, rules: SectionRules): void {
  const sections = field(field(value, 'action'), 'sections')
  if (!Array.isArray(sections)) return
  const at = (...rest: (string | number)[]) => ['action', 'sections', ...rest]
  checkCount(payload, sections.length, rules.sections, 'section', rules.owner, at())
  let total = 0
  const ids: { value: string | undefined; path: (string | number)[]; label: string }[] = []
  items(sections).forEach((section, s) => {
    if (typeof section !== 'object' || section === null) return
    if (sections.length > 1 && field(section, 'title') === undefined) {
      report(
        payload,
        {
          code: 'required',
          message: `Section ${s + 1} needs a title: WhatsApp requires section titles when there is more than one section`,
        },
        at(s, 'title'),
      )
    }
    const sectionItems = field(section, rules.itemsKey)
    if (!Array.isArray(sectionItems)) return
    total += sectionItems.length
    if (sectionItems.length === 0) {
      checkCount(payload, 0, rules.itemsPerSection, rules.noun, `Section ${s + 1}`, at(s, rules.itemsKey))
    }
    items(sectionItems).forEach((item, i) => {
      ids.push({
        value: stringField(item, rules.idKey),
        path: at(s, rules.itemsKey, i, rules.idKey),
        label: `Section ${s + 1} ${rules.noun} ${i + 1}`,
      })
    })
  })
  if (total > rules.itemsTotal.max) checkCount(payload, total, rules.itemsTotal, rules.noun, rules.owner, at())
  checkUnique(payload, ids, rules.idKey)
}
