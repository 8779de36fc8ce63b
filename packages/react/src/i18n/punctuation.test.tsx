import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { getTranslator, type MessageKey, type Translate, worded } from './messages.ts'
import { endedWords, withColon } from './punctuation.ts'

// `key` worded as a sentence another follows.
const asSentenceOf = (t: Translate, key: MessageKey): string => endedWords(t, worded(t, key)).text

// A body left empty: the builder shows one error, its "Error:" label before core's sentence.
const emptyBody = {
  type: 'button',
  body: { text: '' },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'Oui' } }] },
}

describe('the punctuation a host’s language writes', () => {
  it('joins a label with its own colon, and its sentences with its own stop', () => {
    const fr = getTranslator('fr', { 'punctuation.colon': ' : ', 'sendDialog.success.status': 'Statut' })
    expect(withColon(fr, 'sendDialog.success.status')).toBe('Statut : ')
    const zh = getTranslator('zh', {
      'punctuation.colon': '：',
      'punctuation.stop': '。',
      'send.accepted': 'Briq 已接收',
      'sendDialog.success.status': '状态',
    })
    expect(withColon(zh, 'sendDialog.success.status')).toBe('状态：')
    expect(asSentenceOf(zh, 'send.accepted')).toBe('Briq 已接收。')
    // A label the host left out is the kit's English, with the English colon and stop.
    expect(withColon(zh, 'preview.reply.you')).toBe('You: ')
    expect(asSentenceOf(zh, 'sendDialog.blocked')).toMatch(/\.$/)
  })

  it('never ends a sentence with two stops', () => {
    const fr = getTranslator('fr', { 'send.accepted': 'Accepté par Briq.' })
    expect(asSentenceOf(fr, 'send.accepted')).toBe('Accepté par Briq.')
    const zh = getTranslator('zh', { 'punctuation.stop': '。', 'send.accepted': 'Briq 已接收。' })
    expect(asSentenceOf(zh, 'send.accepted')).toBe('Briq 已接收。')
  })

  it('says English and Swahili as before', () => {
    expect(withColon(getTranslator('en'), 'sendDialog.success.status')).toBe('Status: ')
    expect(withColon(getTranslator('sw'), 'sendDialog.success.status')).toBe('Hali: ')
    expect(asSentenceOf(getTranslator('en'), 'send.accepted')).toBe('Accepted by Briq.')
  })

  it('labels the builder’s issues with the host’s colon', () => {
    const { container, unmount } = render(
      <InteractiveBuilder
        locale="zh"
        defaultValue={emptyBody}
        messages={{ 'builder.issue.error': '错误', 'punctuation.colon': '：' }}
      />,
    )
    const label = screen.getAllByText('错误：')[0] as HTMLElement
    // No space is written after a full-width colon.
    expect(label.parentElement?.textContent).toMatch(/^错误：[^ ]/)
    expect(container.querySelector('.bi-builder')).toHaveAttribute('lang', 'zh')
    unmount()
    render(<InteractiveBuilder defaultValue={emptyBody} />)
    expect(screen.getAllByText('Error:')[0]?.parentElement?.textContent).toMatch(/^Error: \S/)
  })
})
