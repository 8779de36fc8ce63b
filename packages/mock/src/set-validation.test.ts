import { LIMITS } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { createBriqMock } from './create-briq-mock.ts'
import { DEFAULT_API_KEY, FIXTURE_PHONES } from './index.ts'

const longList = {
  type: 'list',
  body: { text: 'x'.repeat(2000) },
  action: { button: 'Routes', sections: [{ rows: [{ id: 'a', title: 'A' }] }] },
}

const send = (mock: ReturnType<typeof createBriqMock>) =>
  mock.handle(
    new Request('http://mock.test/v1/whatsapp/messages/interactive', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': DEFAULT_API_KEY },
      body: JSON.stringify({ to: FIXTURE_PHONES.open, interactive: longList }),
    }),
  )

describe('setValidation', () => {
  it('checks sends with the reading of the rules set last (a page switching extendedListBody)', async () => {
    expect(2000).toBeGreaterThan(LIMITS.body.text.max)
    const mock = createBriqMock({ strict: true, seed: 'set-validation', clock: 'manual' })
    expect((await send(mock)).status).toBe(422)
    mock.setValidation({ extendedListBody: true })
    expect((await send(mock)).status).toBe(202)
    mock.setValidation({})
    expect((await send(mock)).status).toBe(422)
  })
})

describe('BriqMock.setValidation and the validation option', () => {
  it('refuse what is not a reading of the rules, as setFaults does, and keep the last good one', () => {
    const mock = createBriqMock({ clock: 'manual' })
    expect(() => mock.setValidation({ extendedListBodies: true } as never)).toThrow(
      new RangeError(
        'validation.extendedListBodies: Unknown validation option "extendedListBodies"; use extendedListBody, allowFlowMediaHeader, carouselQuickReplyMax',
      ),
    )
    expect(() => mock.setValidation({ carouselQuickReplyMax: 4 } as never)).toThrow(
      new RangeError('validation.carouselQuickReplyMax: carouselQuickReplyMax must be 2 or 3, got 4'),
    )
    expect(() => mock.setValidation({ extendedListBody: 'true' } as never)).toThrow(
      new RangeError('validation.extendedListBody: extendedListBody must be true or false, got "true"'),
    )
    expect(() => mock.setValidation(null as never)).toThrow(
      new RangeError('validation: validation must be an object like { "extendedListBody": true }'),
    )
    expect(() => createBriqMock({ validation: { carouselQuickReplyMax: 1 as never } })).toThrow(
      'validation.carouselQuickReplyMax: carouselQuickReplyMax must be 2 or 3, got 1',
    )
  })
})
