import { describe, expect, it } from 'vitest'
import { createDraft } from './create-draft.ts'
import { pastedMessage } from './pasted-message.ts'

const inner = createDraft('list')
const whole = { messaging_product: 'whatsapp', to: '255712345678', type: 'interactive', interactive: inner }

describe('pastedMessage', () => {
  it("takes Meta's whole message a paste made of the draft apart, naming what the draft leaves out", () => {
    expect(pastedMessage(createDraft('button'), whole)).toEqual({
      interactive: inner,
      to: '255712345678',
      sender: undefined,
      leftOut: [],
      leftOutWithTo: ['to'],
    })
    const request = { sender: '255700000002', to: '+255 712 345 678', interactive: inner, conversation_id: 'c1' }
    expect(pastedMessage({}, request)).toEqual({
      interactive: inner,
      to: '+255 712 345 678',
      sender: '255700000002',
      leftOut: ['sender', 'conversation_id'],
      leftOutWithTo: ['sender', 'to', 'conversation_id'],
    })
  })

  it('leaves a whole message the draft was already (brought back by Undo, edited) as it is', () => {
    expect(pastedMessage(whole, { ...whole, to: '255712345679' })).toBeUndefined()
  })

  it('reads a draft of a known type, or one with no interactive object, as no whole message', () => {
    expect(pastedMessage({}, { ...inner, interactive: createDraft('button') })).toBeUndefined()
    expect(pastedMessage({}, inner)).toBeUndefined()
    expect(pastedMessage({}, { to: '255712345678', interactive: 'x' })).toBeUndefined()
  })
})
