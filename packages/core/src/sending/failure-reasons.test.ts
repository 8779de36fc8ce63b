import { describe, expect, it } from 'vitest'
import { coreMessagesEn } from '../i18n/messages-en.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { REQUEST_FAILURE_REASONS, SEND_FAILURE_REASONS } from './failure-reasons.ts'

describe('the failure reasons as values', () => {
  it('are the keys of every catalogue’s failure sentences, in their order', () => {
    for (const messages of [coreMessagesEn, coreMessagesSw]) {
      expect(SEND_FAILURE_REASONS).toEqual(Object.keys(messages.sendFailure))
      expect(REQUEST_FAILURE_REASONS).toEqual(Object.keys(messages.requestFailure))
    }
  })
})
