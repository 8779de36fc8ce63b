import { describe, expect, it } from 'vitest'
import { choiceOption, chosenOption, createDraft, describeInteractive } from '../index.ts'

describe('choiceOption', () => {
  it('names a header kind the type does not allow by its own label key, never the raw word', () => {
    const header = describeInteractive('list').header
    if (header === undefined) throw new Error('a list takes a header')
    expect(header.options.map((option) => option.value)).not.toContain('image')
    expect(choiceOption(header, 'image')).toMatchObject({ value: 'image', labelKey: 'option.header.image' })
    const list = { ...createDraft('list'), header: { type: 'image', image: { link: 'https://duka.example/a.png' } } }
    expect(chosenOption(list, header)?.labelKey).toBe('option.header.image')
    expect(choiceOption(header, 'sticker')).toBeUndefined()
  })
})
