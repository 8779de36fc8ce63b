import { describe, expect, it } from 'vitest'
import { keepLocale, LOCALE_KEY, startingLocale } from './starting-locale.ts'

const memory = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  }
}

describe('startingLocale', () => {
  it('opens in the language chosen last time, whatever the browser says', () => {
    const storage = memory()
    keepLocale(storage, 'sw')
    expect(storage.getItem(LOCALE_KEY)).toBe('sw')
    expect(startingLocale(storage, ['en-US'])).toBe('sw')
  })

  it("else in the browser's first language the page speaks, else English", () => {
    expect(startingLocale(memory(), ['fr-FR', 'sw-TZ', 'en'])).toBe('sw')
    expect(startingLocale(memory(), ['en-GB', 'sw'])).toBe('en')
    expect(startingLocale(memory(), ['fr'])).toBe('en')
    expect(startingLocale(memory({ [LOCALE_KEY]: 'de' }), [])).toBe('en')
  })

  it('treats a refusing storage as nothing chosen, and never throws', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    expect(startingLocale(refusing, ['sw'])).toBe('sw')
    expect(() => keepLocale(refusing, 'sw')).not.toThrow()
    expect(startingLocale(undefined, [])).toBe('en')
  })
})
