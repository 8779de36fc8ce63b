import {
  type CoreMessages,
  coreMessagesEn,
  coreMessagesSw,
  type DraftLabelKey,
  type DraftNode,
  type DraftPath,
  describeInteractive,
  INTERACTIVE_TYPES,
} from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { draftLabels } from '../i18n/messages/draft-labels.ts'

interface Shown {
  type: string
  path: DraftPath
  labelKey: DraftLabelKey
  /** The item number of the innermost group, which the label's `{n}` shows. */
  n: number | undefined
  /** The groups around the innermost one, outermost first, as `[labelKey, n]`: "Section 2" around "Row 1 title". */
  outer: [DraftLabelKey, number][]
}

// Every field of every option of every choice, inside the second item of every group.
function walk(
  type: string,
  nodes: readonly DraftNode[],
  base: DraftPath,
  groups: [DraftLabelKey, number][],
  out: Shown[],
) {
  for (const node of nodes) {
    if (node.node === 'fieldset') walk(type, node.fields, base, groups, out)
    else if (node.node === 'choice') for (const option of node.options) walk(type, option.fields, base, groups, out)
    else if (node.node === 'group')
      walk(type, node.fields, [...base, ...node.path, 1], [...groups, [node.labelKey, 2]], out)
    else
      out.push({
        type,
        path: [...base, ...node.path],
        labelKey: node.labelKey,
        n: groups.at(-1)?.[1],
        outer: groups.slice(0, -1),
      })
  }
}

const shown: Shown[] = []
for (const type of INTERACTIVE_TYPES) {
  const description = describeInteractive(type)
  const nodes = [description.header, description.body, description.footer, ...description.action].filter(
    (node) => node !== undefined,
  )
  walk(type, nodes, [], [], shown)
}

const label = (key: DraftLabelKey, index: 0 | 1, n: number | undefined): string => {
  const wording = draftLabels[key][index]
  if (typeof wording !== 'string') throw new Error(`${key} is not a plain label`)
  return n === undefined ? wording : wording.replaceAll('{n}', String(n))
}
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** The name an issue at the field's path gives it, as the form would say it with its groups around. */
function expected(field: Shown, index: 0 | 1): RegExp {
  // A hint in brackets closes the whole name: "Section 2 product 2 ID (SKU)". "(JSON)" only says
  // how to type the field, and its issues say JSON themselves ("Screen data is not valid JSON").
  const full = label(field.labelKey, index, field.n).replace(/ \(JSON\)$/, '')
  const hint = / \([^)]*\)$/.exec(full)?.[0] ?? ''
  const own = full.slice(0, full.length - hint.length)
  const outer = field.outer.map(([key, n]) => label(key, index, n))
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // English names the containers first ("Section 2 row 2 title"); Swahili after, joined by the
  // "of" of the noun before ("Jina la safu 2 ya sehemu 2").
  if (index === 0)
    return new RegExp(
      `^${escapeRegExp([...outer, outer.length > 0 ? lower(own) : own].join(' '))}${escapeRegExp(hint)}$`,
    )
  const around = outer.reverse().map((text) => ` (ya|la|cha|wa|za|vya) ${escapeRegExp(lower(text))}`)
  return new RegExp(`^${escapeRegExp(own)}${around.join('')}${escapeRegExp(hint)}$`)
}

describe('issue field names', () => {
  it('walks every field of every type', () => {
    expect(new Set(shown.map((field) => field.type)).size).toBe(INTERACTIVE_TYPES.length)
    expect(shown.length).toBeGreaterThan(60)
  })

  it.each([
    ['en', coreMessagesEn, 0],
    ['sw', coreMessagesSw, 1],
  ] as [string, CoreMessages, 0 | 1][])('name each field as the form labels it (%s)', (_, core, index) => {
    const wrong = shown
      .map((field) => ({ field, name: core.field([...field.path]), want: expected(field, index) }))
      .filter(({ name, want }) => !want.test(name))
      .map(({ field, name, want }) => `${field.type} ${field.path.join('.')}: issue "${name}" vs label ${want.source}`)
    expect([...new Set(wrong)]).toEqual([])
  })
})
