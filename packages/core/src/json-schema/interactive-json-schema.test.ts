import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BRIQ_PHONE_PATTERN, LIMITS } from '../limits.ts'
import { createInteractiveJsonSchema } from './interactive-json-schema.ts'

const committed = JSON.parse(readFileSync(new URL('../../interactive.schema.json', import.meta.url), 'utf8'))
const schema = createInteractiveJsonSchema()
// biome-ignore lint/suspicious/noExplicitAny: walking generated JSON Schema, shape checked by the assertions
type Json = any
const variant = (type: string): Json => (schema.oneOf as Json[]).find((option) => option.properties.type.const === type)

describe('interactive.schema.json', () => {
  it('is up to date with the zod schemas (run `pnpm --filter @briq-interactive/core build`)', () => {
    expect(committed).toEqual(schema)
  })

  it('says a flow header takes media only with allowFlowMediaHeader, as the validators do', () => {
    expect(variant('flow').properties.header.description).toBe(
      'A text header; image, video or document headers only with the allowFlowMediaHeader validation option (Meta documents text headers for flow messages)',
    )
    expect(variant('button').properties.header.description).toBeUndefined()
  })

  it('has one strict variant per interactive type', () => {
    const types = (schema.oneOf as { properties: { type: { const: string } } }[]).map((o) => o.properties.type.const)
    expect(types).toHaveLength(12)
    expect(variant('button').additionalProperties).toBe(false)
  })

  it('carries the limits from LIMITS as code-point lengths and item counts', () => {
    const button = variant('button').properties.action.properties.buttons
    expect(button).toMatchObject({ minItems: 1, maxItems: 3 })
    expect(button.items.properties.reply.properties.title).toMatchObject({
      minLength: 1,
      maxLength: LIMITS.button.title.max,
    })
    const list = variant('list').properties.action.properties
    expect(list.button.maxLength).toBe(LIMITS.list.button.max)
    expect(list.sections.items.properties.rows.items.properties.description.maxLength).toBe(72)
    expect(variant('list').required).toEqual(expect.arrayContaining(['type', 'body', 'action']))
  })

  it('gives no maxLength or maxItems for a bound nobody documents (our own guards only warn)', () => {
    const flow = variant('flow').properties.action.properties.parameters.properties
    for (const key of ['flow_id', 'flow_name', 'flow_token']) {
      expect(flow[key], key).toMatchObject({ minLength: 1 })
      expect(flow[key].maxLength, key).toBeUndefined()
    }
    expect(flow.flow_action_payload.properties.screen.maxLength).toBeUndefined()
    const url = variant('cta_url').properties.action.properties.parameters.properties.url
    expect(url).toMatchObject({ minLength: 1, format: 'uri' })
    expect(url.maxLength).toBeUndefined()
    const product = variant('product').properties.action.properties
    expect(product.catalog_id.maxLength).toBeUndefined()
    expect(product.product_retailer_id.maxLength).toBeUndefined()
    const text = JSON.stringify(schema)
    // No documented limit is 240, 1024-for-ids or 2048: none of our guard numbers may appear as a bound.
    expect(text).not.toMatch(/"maxLength":(240|2048)\b/)
    expect(text).not.toMatch(/"maxItems":2\b/)
  })

  it('refuses spaces at an id’s ends only where Meta does, as the validators do', () => {
    // A reply button's id: "no leading or trailing spaces" (Messages API reference). No other id
    // has such a rule, and the validators only warn of the spaces there.
    const noSpaces = '^\\S([\\s\\S]*\\S)?$'
    const reply = variant('button').properties.action.properties.buttons.items.properties.reply.properties
    expect(reply.id.pattern).toBe(noSpaces)
    const list = variant('list').properties.action.properties.sections.items.properties.rows.items.properties
    const product = variant('product').properties.action.properties
    const cards = variant('carousel').properties.action.properties.cards.items.oneOf as Json[]
    const quick = cards.flatMap((card) => {
      const buttons = card.properties.action.properties.buttons
      return buttons ? [buttons.items.properties.quick_reply.properties.id] : []
    })
    expect(quick).toHaveLength(1)
    for (const [name, id] of [
      ['row id', list.id],
      ['catalog_id', product.catalog_id],
      ['product_retailer_id', product.product_retailer_id],
      ['quick-reply id', quick[0]],
    ]) {
      expect(id.pattern, name).toBeUndefined()
      expect(id.type, name).toBe('string')
    }
  })

  it('carries a carousel card body’s documented 160 characters', () => {
    const cards = variant('carousel').properties.action.properties.cards.items.oneOf as Json[]
    const bodies = cards.flatMap((card) => (card.properties.body ? [card.properties.body.properties.text] : []))
    expect(bodies).toEqual([{ type: 'string', minLength: 1, maxLength: LIMITS.carousel.cardBody.max }])
  })

  it('takes an address message’s country as the validators do: two capital letters', () => {
    const country = variant('address_message').properties.action.properties.parameters.properties.country
    expect(country).toEqual({ type: 'string', pattern: '^[A-Z]{2}$' })
  })

  it('refuses empty flow data, as the validators do', () => {
    const payload = variant('flow').properties.action.properties.parameters.properties.flow_action_payload
    expect(payload.properties.data).toEqual({ type: 'object', minProperties: 1 })
  })

  it('needs exactly one media source, an id or a link, as the validators do', () => {
    const header = variant('button').properties.header
    const kinds = (header.oneOf ?? header.anyOf) as Json[]
    const media = kinds.flatMap((kind) => {
      const type = kind.properties.type.const as string
      return type === 'text' ? [] : [kind.properties[type]]
    })
    expect(media).toHaveLength(3)
    for (const object of media) {
      expect(object.oneOf).toEqual([{ required: ['id'] }, { required: ['link'] }])
    }
  })

  it('needs exactly one of flow_id and flow_name, as the validators do', () => {
    const parameters = variant('flow').properties.action.properties.parameters
    expect(parameters.oneOf).toEqual([{ required: ['flow_id'] }, { required: ['flow_name'] }])
  })

  it('describes the send request, with Briq’s phone pattern', () => {
    const request = (schema.$defs as Json).SendInteractiveRequest
    expect(request.properties.to.pattern).toBe(BRIQ_PHONE_PATTERN.source)
    expect(request.required).toEqual(['interactive'])
  })
})
