import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SentenceStop } from './sentence-stop.tsx'

const stops = (after: string) =>
  render(<SentenceStop after={after} stop="." />).container.querySelectorAll('.bi-sentence-stop').length

describe('SentenceStop', () => {
  it('adds a full stop only after words that have none', () => {
    expect(stops('WhatsApp allows 1024')).toBe(1)
    expect(stops('Too long.')).toBe(0)
    expect(stops('Sure?')).toBe(0)
  })

  // A host's own catalogue in another script ends its sentences its own way: a screen reader
  // would otherwise read "؟." as a question mark and a dot.
  it('reads the end of a sentence in a host’s script: Arabic, Urdu, Chinese, Hindi', () => {
    expect(stops('هل تريد الإرسال؟')).toBe(0)
    expect(stops('پیغام بہت لمبا ہے۔')).toBe(0)
    expect(stops('消息太长。')).toBe(0)
    expect(stops('संदेश बहुत लंबा है।')).toBe(0)
  })
})
