import { cleanup } from '@testing-library/react'
import { afterEach, describe, it } from 'vitest'
import { WALK_TIMEOUT, walkedTypes, walkType } from './testing/swahili-keyboard-walk.tsx'

afterEach(cleanup)

describe('a Swahili clerk, keyboard only: each type fixed from its messages and fix-its, undone, sent (Chromium)', () => {
  it.each(walkedTypes(2))('%s', { timeout: WALK_TIMEOUT }, walkType)
})
