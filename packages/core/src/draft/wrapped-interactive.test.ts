import { describe, expect, it } from 'vitest'
import { leftOutOf, unwrapMessage, wrappedInteractive, wrappedRecipient } from './wrapped-interactive.ts'

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

describe('wrappedRecipient', () => {
  const interactive = { type: 'button', body: { text: 'Hi' } }

  it('reads the recipient of a wrapped interactive object as written', () => {
    expect(wrappedRecipient({ to: '255712345678', interactive })).toBe('255712345678')
    expect(wrappedRecipient({ messaging_product: 'whatsapp', to: '+255 712 345 678', interactive })).toBe(
      '+255 712 345 678',
    )
  })

  it("reads the recipient of Briq's older send request, which names it recipient", () => {
    expect(wrappedRecipient({ recipient: '255712345678', sender_id: 'x', interactive })).toBe('255712345678')
    expect(wrappedRecipient({ to: ' ', recipient: '255712345678', interactive })).toBe('255712345678')
    expect(wrappedRecipient({ recipient: '  ', interactive })).toBeUndefined()
  })

  it('finds none in a blank to, a to that is not text, or a value wrapping no interactive object', () => {
    for (const to of ['', '   ', '\t\n', null, 255712345678, undefined]) {
      expect(wrappedRecipient({ to, interactive }), JSON.stringify(to)).toBeUndefined()
    }
    expect(wrappedRecipient({ to: '255712345678', interactive: 'button' })).toBeUndefined()
    expect(wrappedRecipient({ to: '255712345678', ...interactive })).toBeUndefined()
  })
})

describe('leftOutOf', () => {
  const request = { sender: '255700000002', to: '255712345678', interactive: { type: 'button' }, context: {} }
  const message = unwrapMessage(request)
  if (message === undefined) throw new Error('no message')

  it('names what no send step took: the recipient and the sender among the rest, in order', () => {
    expect(leftOutOf(message, { to: false, sender: false })).toEqual(['sender', 'to', 'context'])
    expect(leftOutOf(message, { to: true, sender: false })).toEqual(['sender', 'context'])
    expect(leftOutOf(message, { to: true, sender: true })).toEqual(['context'])
    expect(leftOutOf(message, { to: false, sender: true })).toEqual(['to', 'context'])
  })

  it('reads a blank sender as none', () => {
    expect(unwrapMessage({ ...request, sender: ' ' })?.sender).toBeUndefined()
    expect(message.sender).toBe('255700000002')
  })
})
