import { describe, expect, it } from 'vitest'
import { wrappedInteractive } from './wrapped-interactive.ts'

describe('wrappedInteractive', () => {
  const interactive = { type: 'button', body: { text: 'Hi' } }

  it("finds the object inside Meta's message and inside Briq's send request", () => {
    expect(
      wrappedInteractive({ messaging_product: 'whatsapp', to: '255712345678', type: 'interactive', interactive }),
    ).toBe(interactive)
    expect(wrappedInteractive({ to: '255712345678', interactive })).toBe(interactive)
  })

  it('finds nothing in a bare interactive object, a non-object interactive or a non-object', () => {
    expect(wrappedInteractive(interactive)).toBeUndefined()
    expect(wrappedInteractive({ interactive: 'button' })).toBeUndefined()
    expect(wrappedInteractive({ interactive: [interactive] })).toBeUndefined()
    expect(wrappedInteractive(null)).toBeUndefined()
    expect(wrappedInteractive('{"interactive":{}}')).toBeUndefined()
  })
})
