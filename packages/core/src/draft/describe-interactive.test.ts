import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LIMITS, type Limit } from '../limits.ts'
import { INTERACTIVE_TYPES } from '../schemas/interactive.ts'
import { allowedHeaderKinds, MESSAGE_PARTS } from '../schemas/message-parts.ts'
import { MESSAGE_ARBITRARIES } from '../validation/arbitraries.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { applyDraftOperation } from './apply-draft-operation.ts'
import { describeInteractive, draftType } from './describe-interactive.ts'
import type { DraftNode, FieldDescription, GroupDescription } from './draft-description.ts'
import { DRAFT_LABEL_KEYS } from './draft-label-keys.ts'
import { getAt, isRecord } from './draft-path.ts'
import { descriptionNodes, fieldInstances, groupInstances } from './walk-description.ts'

function walk(nodes: readonly DraftNode[], visit: (node: DraftNode) => void): void {
  for (const node of nodes) {
    visit(node)
    if (node.node === 'fieldset' || node.node === 'group') walk(node.fields, visit)
    if (node.node === 'choice') for (const option of node.options) walk(option.fields, visit)
  }
}

const everyLimit = new Set<Limit>(Object.values(LIMITS).flatMap((group) => Object.values(group)))

describe('describeInteractive', () => {
  it('marks as the message’s words the texts the customer reads as typed, and no name, id or value', () => {
    const words = new Set<string>()
    const others = new Set<string>()
    for (const type of INTERACTIVE_TYPES) {
      walk(descriptionNodes(describeInteractive(type)), (node) => {
        if (node.node === 'field') (node.messageWords === true ? words : others).add(`${type} ${node.labelKey}`)
      })
    }
    expect([...words].sort()).toEqual([
      'address_message field.body.text',
      'address_message field.footer.text',
      'address_message field.header.text',
      'button field.body.text',
      'button field.button.title',
      'button field.footer.text',
      'button field.header.text',
      'call_permission_request field.body.text',
      'carousel field.body.text',
      'carousel field.button.title',
      'carousel field.card.body',
      'carousel field.card.buttonText',
      'catalog_message field.body.text',
      'catalog_message field.footer.text',
      'cta_url field.body.text',
      'cta_url field.buttonText',
      'cta_url field.footer.text',
      'cta_url field.header.text',
      'flow field.body.text',
      'flow field.flow.cta',
      'flow field.footer.text',
      'flow field.header.text',
      'list field.body.text',
      'list field.footer.text',
      'list field.header.text',
      'list field.list.button',
      'list field.row.description',
      'list field.row.title',
      'list field.section.title',
      'location_request_message field.body.text',
      'product field.body.text',
      'product field.footer.text',
      'product_list field.body.text',
      'product_list field.footer.text',
      'product_list field.header.text',
      'product_list field.section.title',
      'voice_call field.body.text',
      'voice_call field.buttonText',
    ])
    // A file's name, a flow's, a reference sent back, an address's values: not the message's language.
    for (const key of ['field.header.filename', 'field.flow.name', 'field.flow.token', 'field.voiceCall.payload'])
      expect([...others].some((entry) => entry.endsWith(` ${key}`))).toBe(true)
  })

  it("names a phone's keyboard only for an address's phone numbers (a keypad) and PIN codes (digits)", () => {
    const keyboards: string[] = []
    for (const type of INTERACTIVE_TYPES) {
      walk(descriptionNodes(describeInteractive(type)), (node) => {
        if (node.node === 'field' && node.keyboard !== undefined)
          keyboards.push(`${type} ${node.path.at(-1)} ${node.kind} ${node.keyboard}`)
      })
    }
    expect(keyboards.sort()).toEqual([
      'address_message in_pin_code text numeric',
      'address_message in_pin_code text numeric',
      'address_message phone_number text tel',
      'address_message phone_number text tel',
    ])
  })

  it('gives every media link the file sizes WhatsApp takes for its kind, from LIMITS, for its hint', () => {
    const sizes = new Map<string | undefined, Limit | undefined>()
    for (const type of INTERACTIVE_TYPES) {
      walk(descriptionNodes(describeInteractive(type)), (node) => {
        if (node.node === 'field' && (node.path.at(-1) === 'link' || node.fileSize !== undefined))
          sizes.set(node.hintKey, node.fileSize)
      })
    }
    expect(sizes).toEqual(
      new Map([
        ['hint.media.image', LIMITS.media.imageBytes],
        ['hint.media.video', LIMITS.media.videoBytes],
        ['hint.media.document', LIMITS.media.documentBytes],
      ]),
    )
  })

  it('says where each id, link and name made elsewhere comes from: a hint on every one a title does not make', () => {
    // An id or a link names something outside the message (a catalog, a product, a flow, a web
    // page, an uploaded file): its label alone does not tell a new user what to enter.
    const unexplained: string[] = []
    for (const type of INTERACTIVE_TYPES) {
      walk(descriptionNodes(describeInteractive(type)), (node) => {
        const elsewhere = node.node === 'field' && (node.kind === 'id' || node.kind === 'url')
        const flowName = node.node === 'field' && node.labelKey === 'field.flow.name'
        if ((elsewhere || flowName) && node.generatedFrom === undefined && node.hintKey === undefined)
          unexplained.push(`${type} ${node.labelKey}`)
      })
    }
    expect(unexplained).toEqual([])
  })

  it.each(INTERACTIVE_TYPES)('%s: header, body and footer follow MESSAGE_PARTS', (type) => {
    const description = describeInteractive(type)
    const parts = MESSAGE_PARTS[type]
    expect(description.labelKey).toBe(`type.${type}`)
    expect(description.descriptionKey).toBe(`type.${type}.description`)
    expect(description.headerKinds).toEqual(parts.header)
    const headerOptions = description.header?.options.map((option) => option.value) ?? []
    expect(headerOptions).toEqual(
      parts.header.length === 0 ? [] : [...(parts.headerRequired ? [] : ['none']), ...parts.header],
    )
    expect(description.body?.required).toBe(parts.body === 'required')
    expect(description.footer !== undefined).toBe(parts.footer)
  })

  it('reads every limit from LIMITS (the same objects), never a copy', () => {
    for (const type of INTERACTIVE_TYPES) {
      walk(descriptionNodes(describeInteractive(type)), (node) => {
        const limits =
          node.node === 'field'
            ? [node.limit, node.lineBreaks, node.fileSize]
            : node.node === 'group'
              ? [node.count, node.total]
              : []
        for (const limit of limits) {
          if (limit === undefined) continue
          if (node.node === 'group' && node.item === 'cardButton') expect(limit).toEqual(LIMITS.carousel.quickReplies)
          else expect(everyLimit.has(limit), `${type} ${node.node} ${JSON.stringify(limit)}`).toBe(true)
        }
      })
    }
  })

  it('follows the validation options: list body 4096, flow media headers, 3 quick replies', () => {
    expect(describeInteractive('list', { extendedListBody: true }).body?.limit).toBe(LIMITS.body.listTextExtended)
    expect(describeInteractive('button', { extendedListBody: true }).body?.limit).toBe(LIMITS.body.text)
    expect(describeInteractive('flow').headerKinds).toEqual(['text'])
    expect(describeInteractive('flow', { allowFlowMediaHeader: true }).headerKinds).toEqual(
      allowedHeaderKinds('flow', { allowFlowMediaHeader: true }),
    )
    let quickReplies: GroupDescription | undefined
    walk(describeInteractive('carousel', { carouselQuickReplyMax: 3 }).action, (node) => {
      if (node.node === 'group' && node.item === 'cardButton') quickReplies = node
    })
    expect(quickReplies?.count?.max).toBe(3)
  })

  it('uses exactly the label keys it declares', () => {
    const used = new Set<string>(['field.type'])
    for (const type of INTERACTIVE_TYPES) {
      for (const options of [{}, { allowFlowMediaHeader: true }]) {
        const description = describeInteractive(type, options)
        used.add(description.labelKey).add(description.descriptionKey)
        walk(descriptionNodes(description), (node) => {
          used.add(node.labelKey)
          if (node.node === 'group') used.add(node.addLabelKey)
          if (node.node === 'choice') for (const option of node.options) used.add(option.labelKey)
          if (node.node === 'field') for (const option of node.options ?? []) used.add(option.labelKey)
          if (node.node === 'field' && node.hintKey !== undefined) used.add(node.hintKey)
        })
      }
    }
    const declared = DRAFT_LABEL_KEYS.filter((key) => !key.startsWith('fix.'))
    expect([...used].sort()).toEqual([...declared].sort())
    expect(new Set(DRAFT_LABEL_KEYS).size).toBe(DRAFT_LABEL_KEYS.length)
  })

  it('gives every generated id its title and marks it unique', () => {
    for (const type of INTERACTIVE_TYPES) {
      walk(descriptionNodes(describeInteractive(type)), (node) => {
        if (node.node === 'field' && node.generatedFrom !== undefined) {
          expect(node.kind).toBe('id')
          expect(node.unique).toBe(true)
        }
      })
    }
  })

  it('draftType reads only the twelve types', () => {
    expect(draftType({ type: 'list' })).toBe('list')
    expect(draftType({ type: 'gif' })).toBeUndefined()
    expect(draftType('list')).toBeUndefined()
    expect(draftType(null)).toBeUndefined()
  })
})

// Leaves the builder sets by itself (type names, action names, indexes) or does not offer (sub_text).
const FIXED_LEAVES = new Set(['type', 'name', 'flow_message_version', 'card_index', 'sub_text', 'flow_action'])

function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]))
  if (isRecord(value)) return Object.keys(value).flatMap((key) => leaves(value[key], [...path, key]))
  return [path]
}

describe('descriptions agree with the schemas', () => {
  const variants = Object.keys(MESSAGE_ARBITRARIES) as (keyof typeof MESSAGE_ARBITRARIES)[]

  it.each(variants)(
    '%s: every text of a valid message is a described field, and required means required',
    (variant) => {
      fc.assert(
        fc.property(MESSAGE_ARBITRARIES[variant]({ complete: true }), (message) => {
          const type = draftType(message)
          if (type === undefined) throw new Error('no type')
          const description = describeInteractive(type)
          const fields = fieldInstances(description, message)
          const described = new Set(fields.map((instance) => instance.path.join('.')))
          const jsonFields = fields
            .filter((instance) => instance.node.kind === 'json')
            .map((instance) => instance.path.join('.'))
          for (const leaf of leaves(message)) {
            const key = leaf.join('.')
            if (FIXED_LEAVES.has(String(leaf.at(-1))) || jsonFields.some((json) => key.startsWith(`${json}.`))) continue
            expect(described.has(key), `${type}: ${key} is not described`).toBe(true)
          }
          const sections = getAt(message, ['action', 'sections'])
          for (const instance of fields) {
            if (instance.value === undefined) continue
            const node: FieldDescription = instance.node
            // Section titles are optional with one section, required with several.
            if (node.labelKey === 'field.section.title' && Array.isArray(sections) && sections.length > 1) continue
            const result = validateInteractive(
              applyDraftOperation(message, { op: 'set', path: instance.path, value: undefined }),
            )
            const at = (result.ok ? [] : result.issues).filter(
              (issue) => issue.path.join('.') === instance.path.join('.'),
            )
            // A required alternative (media link or id, flow id or name) is reported where the other one goes.
            const required = (result.ok ? [] : result.issues).filter((issue) => issue.code === 'required')
            if (node.required) expect(required.length, `${type} ${instance.path.join('.')}`).toBeGreaterThan(0)
            else expect(at, `${type} ${instance.path.join('.')}`).toEqual([])
          }
          expect(groupInstances(description, message).every((group) => Array.isArray(getAt(message, group.path)))).toBe(
            true,
          )
        }),
        { numRuns: 15 },
      )
    },
  )
})
