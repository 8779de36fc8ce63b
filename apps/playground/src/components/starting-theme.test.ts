import { describe, expect, it } from 'vitest'
import { keepTheme, startingTheme, THEME_KEY } from './starting-theme.ts'

const memory = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  }
}

describe('startingTheme', () => {
  it('opens in the theme chosen last time, else system', () => {
    const storage = memory()
    expect(startingTheme(storage)).toBe('system')
    keepTheme(storage, 'dark')
    expect(storage.getItem(THEME_KEY)).toBe('dark')
    expect(startingTheme(storage)).toBe('dark')
    expect(startingTheme(memory({ [THEME_KEY]: 'sepia' }))).toBe('system')
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
    expect(startingTheme(refusing)).toBe('system')
    expect(() => keepTheme(refusing, 'dark')).not.toThrow()
    expect(startingTheme(undefined)).toBe('system')
  })
})
