import { LIMITS } from '../../limits.ts'
import { countCharacters } from '../../text-length.ts'
import { changeType } from '../change-type.ts'
import { getAt } from '../draft-path.ts'
import { type FixContext, type FixIt, issuesAt } from './fix-it.ts'

const array = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : [])

/**
 * More reply buttons than WhatsApp allows: offer a list, which keeps every title as a row
 * (and its id, cut to a row id's limit where it is longer, LIMITS.list.rowId). A media header
 * cannot go on a list; the label says it goes.
 */
export function buttonsToList(context: FixContext): FixIt[] {
  if (context.type !== 'button') return []
  const count = array(getAt(context.draft, ['action', 'buttons'])).length
  if (count <= LIMITS.button.count.max || count > LIMITS.list.rowsTotal.max) return []
  const headerKind = getAt(context.draft, ['header', 'type'])
  const dropsHeader = typeof headerKind === 'string' && headerKind !== 'text'
  return [
    {
      id: 'buttons-to-list',
      labelKey: dropsHeader ? 'fix.buttonsToListDroppingHeader' : 'fix.buttonsToList',
      params: dropsHeader ? { count, kind: headerKind } : { count },
      paths: [['action', 'buttons']],
      issues: issuesAt(context.issues, ['action', 'buttons'], ['too_many']),
      apply: (draft) => changeType(draft, 'list', context.options),
    },
  ]
}

/**
 * Rows that make valid reply buttons: each title within the button title limit (a row title
 * may be 24 characters, a button's 20) and all different (Meta requires unique button titles,
 * not unique row titles), and no id with spaces at its ends (a warning on a row, an error on a
 * reply button: "no leading or trailing spaces", Messages API reference). A suggestion must not
 * turn a valid list into invalid buttons.
 */
function fitButtons(rows: readonly unknown[]): boolean {
  const titles = rows.map((row) => getAt(row, ['title']))
  const fits = (title: unknown) => typeof title !== 'string' || countCharacters(title) <= LIMITS.button.title.max
  const strings = titles.filter((title) => typeof title === 'string')
  const spaced = rows.some((row) => {
    const id = getAt(row, ['id'])
    return typeof id === 'string' && id.trim() !== id
  })
  return !spaced && titles.every(fits) && new Set(strings).size === strings.length
}

/**
 * A list of one section with at most three rows and no descriptions reads better as reply
 * buttons (one tap instead of two), when its row titles make valid button titles and its body
 * fits a button message's. A suggestion: it resolves no issue.
 */
export function listToButtons(context: FixContext): FixIt[] {
  if (context.type !== 'list') return []
  const sections = array(getAt(context.draft, ['action', 'sections']))
  if (sections.length !== 1) return []
  const rows = array(getAt(sections[0], ['rows']))
  if (rows.length === 0 || rows.length > LIMITS.button.count.max) return []
  if (rows.some((row) => getAt(row, ['description']) !== undefined)) return []
  if (!fitButtons(rows)) return []
  // A list body may be longer (`extendedListBody`, LIMITS.body.listTextExtended) than any
  // other body (LIMITS.body.text): buttons would carry it past their limit.
  const body = getAt(context.draft, ['body', 'text'])
  if (typeof body === 'string' && countCharacters(body) > LIMITS.body.text.max) return []
  const title = getAt(sections[0], ['title'])
  const dropsTitle = typeof title === 'string' && title.trim() !== ''
  return [
    {
      id: 'list-to-buttons',
      labelKey: dropsTitle ? 'fix.listToButtonsDroppingSectionTitle' : 'fix.listToButtons',
      params: { count: rows.length },
      paths: [['action', 'sections']],
      issues: [],
      apply: (draft) => changeType(draft, 'button', context.options),
    },
  ]
}
