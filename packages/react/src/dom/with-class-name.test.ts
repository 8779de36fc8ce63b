import { describe, expect, it } from 'vitest'
import { withClassName } from './with-class-name.ts'

describe('withClassName', () => {
  it("puts the host's class after the kit's own", () => {
    expect(withClassName('bi-builder-json', 'host')).toBe('bi-builder-json host')
    expect(withClassName('bi-root bi-preview', 'a b')).toBe('bi-root bi-preview a b')
  })

  it("is the kit's own class alone when the host gives none or an empty one", () => {
    expect(withClassName('bi-builder-json', undefined)).toBe('bi-builder-json')
    expect(withClassName('bi-builder-json', '')).toBe('bi-builder-json')
  })
})
