import { describe, expect, it } from 'vitest'
import { BriqError } from '../client/briq-error.ts'
import { normalizePhone } from '../phone/normalize-phone.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { coreIssueMessagesEn } from './core-issue-messages-en.ts'
import { coreIssueMessagesSw } from './core-issue-messages-sw.ts'
import { withCoreMessages } from './core-message-overrides.ts'
import type { CoreMessages } from './core-messages.ts'
import { describeField, describeRequestFailure, describeSendFailure, formatIssue } from './format-issue.ts'
import { coreMessagesEn } from './messages-en.ts'
import { coreMessagesSw } from './messages-sw.ts'

const longTitle = {
  type: 'button',
  body: { text: 'Hi' },
  action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'x'.repeat(25) } }] },
}
const issuesOf = (value: unknown) => {
  const result = validateInteractive(value)
  if (result.ok) throw new Error('expected issues')
  return result.issues
}

const messageOf = (thrower: () => unknown): string => {
  try {
    thrower()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a throw')
}

describe('withCoreMessages', () => {
  it("words an issue the host's way, from its numbers, and leaves every other sentence in the base's language", () => {
    const ours = withCoreMessages(coreMessagesSw, {
      issues: { too_long: (issue) => `Fupisha: ${issue.actual} kati ya ${issue.limit}` },
    })
    const [tooLong] = issuesOf(longTitle)
    expect(formatIssue(tooLong!, ours)).toBe('Fupisha: 25 kati ya 20')
    const [required] = issuesOf({ type: 'button', action: { buttons: [] } })
    expect(formatIssue(required!, ours)).toBe(formatIssue(required!, coreMessagesSw))
    expect(ours.locale).toBe('sw')
    expect(ours.field(['body', 'text'])).toBe(coreMessagesSw.field(['body', 'text']))
  })

  it("looks an issue up by its reason, then its code, as core's catalogues do", () => {
    const phone = normalizePhone('')
    if (phone.ok) throw new Error('expected an issue')
    const byReason = withCoreMessages(coreMessagesEn, { issues: { phone_empty: () => 'Type the customer number' } })
    expect(formatIssue(phone.issue, byReason)).toBe('Type the customer number')
  })

  it('rewords send failures, other failures and the hold', () => {
    const ours = withCoreMessages(coreMessagesEn, {
      sendFailure: { window_closed: () => 'Send a template instead.' },
      requestFailure: { network: () => 'offline' },
      sendHold: ({ seconds }) => `Wait ${seconds}s`,
    })
    const closed = new BriqError({ kind: 'http', status: 400, code: 'WINDOW_CLOSED', message: 'closed' })
    expect(describeSendFailure(closed, ours)).toBe('Send a template instead.')
    const network = new BriqError({ kind: 'network', message: 'down' })
    expect(describeRequestFailure(network, ours)).toBe('offline')
    expect(describeSendFailure(network, ours)).toBe(describeSendFailure(network, coreMessagesEn))
    expect(ours.sendHold({ reason: 'rate_limited', seconds: 3 })).toBe('Wait 3s')
  })

  it('keeps the base for no overrides and for undefined entries', () => {
    expect(withCoreMessages(coreMessagesEn, undefined)).toBe(coreMessagesEn)
    expect(withCoreMessages(coreMessagesEn, null)).toBe(coreMessagesEn)
    const ours = withCoreMessages(coreMessagesEn, { issues: { too_long: undefined }, sendHold: undefined })
    const [tooLong] = issuesOf(longTitle)
    expect(formatIssue(tooLong!, ours)).toBe(tooLong!.message)
    expect(ours.sendHold).toBe(coreMessagesEn.sendHold)
  })

  // From plain JavaScript: a wording that never shows would go unnoticed.
  it('throws a TypeError for a key no sentence has, naming the one meant, and for a sentence that is no function', () => {
    const bad = (overrides: unknown) => () => withCoreMessages(coreMessagesEn, overrides as never)
    expect(bad({ issues: { too_longg: () => '' } })).toThrow(
      new TypeError(
        'Unknown key "too_longg" in coreMessages.issues (did you mean too_long?); its keys are those of CoreMessages[\'issues\']',
      ),
    )
    expect(bad({ issue: {} })).toThrow(
      new TypeError(
        'Unknown group "issue" in coreMessages (did you mean issues?); use locale, issues, sendFailure, requestFailure, field, type, size, sendHold',
      ),
    )
    expect(bad({ sendFailure: { constructor: () => '' } })).toThrow(
      'Unknown key "constructor" in coreMessages.sendFailure',
    )
    expect(bad({ issues: { too_long: 'Too long' } })).toThrow(
      new TypeError('coreMessages.issues.too_long must be a function that returns the sentence'),
    )
    expect(bad({ issues: [] })).toThrow(
      new TypeError('coreMessages.issues must be an object like { issues: { too_long: (issue) => `…` } }'),
    )
    expect(bad('sw')).toThrow('coreMessages must be an object like')
    expect(bad({ sendHold: 'Wait' })).toThrow(
      new TypeError("coreMessages.sendHold must be a function, as CoreMessages['sendHold'] is"),
    )
    expect(bad({ field: 'Champ' })).toThrow(
      new TypeError("coreMessages.field must be a function, as CoreMessages['field'] is"),
    )
    expect(bad({ locale: 3 })).toThrow(new TypeError('coreMessages.locale must be a BCP 47 tag such as "fr"'))
  })

  // The builder's base: it words issues only, yet takes the same overrides a send dialog does.
  it('over a base of issues only, words the issues and checks the failure sentences it leaves out', () => {
    const overrides = {
      issues: { too_long: () => 'Fupisha' },
      sendFailure: { window_closed: () => 'Tuma kiolezo.' },
      requestFailure: { network: () => 'nje ya mtandao' },
      sendHold: () => 'Subiri',
    }
    const ours = withCoreMessages(coreIssueMessagesSw, overrides)
    const [tooLong] = issuesOf(longTitle)
    expect(formatIssue(tooLong!, ours)).toBe('Fupisha')
    expect(ours.field(['body', 'text'])).toBe(coreMessagesSw.field(['body', 'text']))
    expect(Object.keys(ours).sort()).toEqual(['field', 'issues', 'locale', 'size', 'type'])
    // A misspelt failure key is refused as over the whole catalogue, the key meant named alike.
    for (const group of ['sendFailure', 'requestFailure']) {
      for (const key of ['window_closd', 'netwrk', 'proxy_eror', 'constructor']) {
        const overWhole = () => withCoreMessages(coreMessagesEn, { [group]: { [key]: () => '' } })
        const overIssues = () => withCoreMessages(coreIssueMessagesEn, { [group]: { [key]: () => '' } })
        expect(overWhole).toThrow(TypeError)
        expect(overIssues).toThrow(new TypeError(messageOf(overWhole)))
      }
    }
  })

  // A host whose people speak a language core does not bundle gives its own catalogue whole.
  it('takes a whole catalogue of another language: its locale, field and type names and sizes too', () => {
    const french: CoreMessages = {
      ...coreMessagesEn,
      locale: 'fr',
      field: (path) => `Champ ${path.join('.')}`,
      type: (type) => `type ${String(type)}`,
      size: (bytes) => `${bytes / 1024} Ko`,
      issues: { ...coreMessagesEn.issues, too_long: (issue) => `${issue.actual} caractères sur ${issue.limit}` },
    }
    const ours = withCoreMessages(coreMessagesEn, french)
    expect(ours.locale).toBe('fr')
    expect(describeField(['body', 'text'], ours)).toBe('Champ body.text')
    expect(ours.type('list')).toBe('type list')
    expect(ours.size(262_144)).toBe('256 Ko')
    expect(formatIssue(issuesOf(longTitle)[0]!, ours)).toBe('25 caractères sur 20')
    // Each left out stays the base's, key by key.
    const named = withCoreMessages(coreMessagesSw, { field: () => 'Champ' })
    expect(named.locale).toBe('sw')
    expect(named.type('list')).toBe(coreMessagesSw.type('list'))
    expect(named.size(262_144)).toBe(coreMessagesSw.size(262_144))
  })
})
