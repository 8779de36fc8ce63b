import { normalizePhone } from '@briq-interactive/core'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { describe, expect, it } from 'vitest'
import { DEFAULT_RECIPIENT } from './playground-defaults.ts'

describe('the playground’s starting recipient', () => {
  // Written as a person types it (local form, spaces), it must still be the mock's customer
  // whose window is open, else the first send of a fresh playground is refused.
  it("is the mock's open-window customer, FIXTURE_PHONES.open", () => {
    expect(normalizePhone(DEFAULT_RECIPIENT)).toMatchObject({ ok: true, value: FIXTURE_PHONES.open })
  })
})
