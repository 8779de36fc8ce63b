import { describe, expect, it } from 'vitest'
import { BriqError } from '../client/briq-error.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { briqWords } from './briq-words.ts'

const refusal = (errors: { code: string; message: string; field?: string }[], status = 422) =>
  new BriqError({ kind: 'http', status, code: errors[0]?.code, message: 'refused', errors })

// Briq's 422s (FastAPI's) say what is wrong, often not where: the field is how a person finds it.
describe("briqWords: Briq's own words with the field they are about", () => {
  it("names a dotted field in the language asked for, and keeps Briq's words as written", () => {
    const error = refusal([
      {
        code: 'VALIDATION_ERROR',
        message: 'String should have at most 1024 characters',
        field: 'interactive.body.text',
      },
      { code: 'VALIDATION_ERROR', message: 'Field required', field: 'interactive.action.buttons.0.reply.title' },
    ])
    expect(briqWords(error)).toEqual([
      {
        message: 'String should have at most 1024 characters',
        field: 'Body text',
        path: ['interactive', 'body', 'text'],
      },
      {
        message: 'Field required',
        field: 'Button 1 title',
        path: ['interactive', 'action', 'buttons', 0, 'reply', 'title'],
      },
    ])
    expect(briqWords(error, coreMessagesSw).map((words) => words.field)).toEqual([
      'Maandishi ya ujumbe',
      'Jina la kitufe 1',
    ])
  })

  it('reads indexes in brackets too, and gives no field where Briq named none', () => {
    const error = refusal(
      [
        { code: 'X', message: 'Too long', field: 'interactive.action.buttons[1].reply.title' },
        { code: 'Y', message: 'Phone number is not on WhatsApp' },
      ],
      400,
    )
    expect(briqWords(error)).toEqual([
      { message: 'Too long', field: 'Button 2 title', path: ['interactive', 'action', 'buttons', 1, 'reply', 'title'] },
      { message: 'Phone number is not on WhatsApp', field: undefined, path: undefined },
    ])
  })

  it("names a send's conversation and sender ids as a person knows them (Briq's 404s)", () => {
    const error = refusal(
      [
        { code: 'NOT_FOUND', message: 'Conversation not found', field: 'conversation_id' },
        { code: 'NOT_FOUND', message: 'Sender not found', field: 'sender_id' },
      ],
      404,
    )
    expect(briqWords(error).map((words) => words.field)).toEqual([
      'Conversation (conversation_id)',
      'Sender (sender_id)',
    ])
    expect(briqWords(error, coreMessagesSw).map((words) => words.field)).toEqual([
      'Mazungumzo (conversation_id)',
      'Mtumaji (sender_id)',
    ])
  })

  it("does not name the field again where Briq's words open with it (the kit's proxy and mock answer core's sentences)", () => {
    const error = refusal([
      {
        code: 'VALIDATION_ERROR',
        message: 'Body text is 2000 characters; WhatsApp allows 1024',
        field: 'interactive.body.text',
      },
      {
        code: 'VALIDATION_ERROR',
        message: 'button 1 title is 25 characters; WhatsApp allows 20',
        field: 'interactive.action.buttons.0.reply.title',
      },
      { code: 'VALIDATION_ERROR', message: 'Body texts must be short', field: 'interactive.body.text' },
    ])
    // Where it is stays known, for a form to take the person there.
    expect(briqWords(error)).toEqual([
      {
        message: 'Body text is 2000 characters; WhatsApp allows 1024',
        field: undefined,
        path: ['interactive', 'body', 'text'],
      },
      {
        message: 'button 1 title is 25 characters; WhatsApp allows 20',
        field: undefined,
        path: ['interactive', 'action', 'buttons', 0, 'reply', 'title'],
      },
      { message: 'Body texts must be short', field: 'Body text', path: ['interactive', 'body', 'text'] },
    ])
    // A Swahili reader still gets the field's Swahili name before Briq's English words.
    expect(briqWords(error, coreMessagesSw)[0]).toEqual({
      message: 'Body text is 2000 characters; WhatsApp allows 1024',
      field: 'Maandishi ya ujumbe',
      path: ['interactive', 'body', 'text'],
    })
  })

  it('is empty for a failure core words itself (a closed window, a 500) and drops empty messages', () => {
    expect(briqWords(refusal([{ code: 'WINDOW_CLOSED', message: 'closed', field: 'to' }]))).toEqual([])
    expect(briqWords(refusal([{ code: 'INTERNAL_ERROR', message: 'boom' }], 500))).toEqual([])
    expect(briqWords(refusal([{ code: 'X', message: '', field: 'to' }]))).toEqual([])
  })
})
