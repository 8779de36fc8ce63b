import { SCENARIO_NAMES } from '@briq-interactive/mock'
import { describe, expect, it } from 'vitest'
import { MOCK_SCENARIOS } from './mock-controls.ts'

describe('the scenario picker', () => {
  it('offers every scenario of the mock, in its order', () => {
    expect([...MOCK_SCENARIOS]).toEqual(SCENARIO_NAMES)
  })
})
