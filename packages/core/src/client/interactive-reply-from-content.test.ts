import { describe, expect, it } from 'vitest'
import { interactiveReplyFromContent } from './interactive-reply-from-content.ts'

describe('interactiveReplyFromContent', () => {
  it('reads a top-level button_reply and drops extra keys', () => {
    const content = { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes', extra: 1 }, more: true }
    expect(interactiveReplyFromContent(content)).toEqual({
      type: 'button_reply',
      button_reply: { id: 'yes', title: 'Yes' },
    })
  })
  it('reads a list_reply with and without a description', () => {
    expect(
      interactiveReplyFromContent({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row', description: 'D' } }),
    ).toEqual({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row', description: 'D' } })
    expect(interactiveReplyFromContent({ type: 'list_reply', list_reply: { id: 'r1', title: 'Row' } })).toEqual({
      type: 'list_reply',
      list_reply: { id: 'r1', title: 'Row' },
    })
  })
  it("reads Meta's nested webhook shape", () => {
    const content = {
      type: 'interactive',
      interactive: { type: 'button_reply', button_reply: { id: 'no', title: 'No' } },
    }
    expect(interactiveReplyFromContent(content)).toEqual({
      type: 'button_reply',
      button_reply: { id: 'no', title: 'No' },
    })
  })
  it('returns null for other content', () => {
    expect(interactiveReplyFromContent({ body: 'hello' })).toBeNull()
    expect(interactiveReplyFromContent({ type: 'button_reply', button_reply: { id: 1, title: 'x' } })).toBeNull()
    expect(interactiveReplyFromContent(null)).toBeNull()
    expect(interactiveReplyFromContent('text')).toBeNull()
    expect(interactiveReplyFromContent({ type: 'interactive', interactive: null })).toBeNull()
  })
})
