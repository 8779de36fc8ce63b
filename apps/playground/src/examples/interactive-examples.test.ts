import { INTERACTIVE_TYPES, validateInteractive } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { INTERACTIVE_EXAMPLES } from './interactive-examples.ts'

describe('the starting examples', () => {
  it.each(INTERACTIVE_TYPES)('%s is valid, with no warnings, and loads nothing from the network', (type) => {
    const example = INTERACTIVE_EXAMPLES[type]
    expect(example.type).toBe(type)
    const result = validateInteractive(example)
    expect(result.ok ? [] : result.issues).toEqual([])
    expect(result.warnings).toEqual([])
    expect(JSON.stringify(example)).not.toMatch(/"(image|video|document)":\s*\{/)
  })
})
