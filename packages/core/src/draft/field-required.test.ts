import { describe, expect, it } from 'vitest'
import { applyDraftOperation } from './apply-draft-operation.ts'
import { createDraft } from './create-draft.ts'
import { describeInteractive } from './describe-interactive.ts'
import { fieldRequired } from './field-required.ts'
import { fieldInstances } from './walk-description.ts'

const sectionTitles = (draft: unknown, type: 'list' | 'product_list') =>
  fieldInstances(describeInteractive(type), draft)
    .filter(({ node }) => node.labelKey === 'field.section.title')
    .map(({ node, base }) => fieldRequired(node, draft, base))

describe('fieldRequired', () => {
  it('makes section titles required once a list has more than one section, and optional again at one', () => {
    const one = createDraft('list')
    expect(sectionTitles(one, 'list')).toEqual([false])
    const two = applyDraftOperation(one, { op: 'add', path: ['action', 'sections'] })
    expect(sectionTitles(two, 'list')).toEqual([true, true])
    const back = applyDraftOperation(two, { op: 'remove', path: ['action', 'sections', 1] })
    expect(sectionTitles(back, 'list')).toEqual([false])
    const products = applyDraftOperation(createDraft('product_list'), { op: 'add', path: ['action', 'sections'] })
    expect(sectionTitles(products, 'product_list').length).toBeGreaterThan(0)
  })

  it('keeps a required field required and an optional one optional outside groups', () => {
    const description = describeInteractive('button')
    const fields = fieldInstances(description, createDraft('button'))
    const body = fields.find(({ node }) => node.labelKey === 'field.body.text')
    const footer = fields.find(({ node }) => node.labelKey === 'field.footer.text')
    expect(body && fieldRequired(body.node, createDraft('button'), body.base)).toBe(true)
    expect(footer && fieldRequired(footer.node, createDraft('button'), footer.base)).toBe(false)
  })
})
