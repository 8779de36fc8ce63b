import { describe, expect, it } from 'vitest'
import { formatIssue } from '../i18n/format-issue.ts'
import { coreMessagesSw } from '../i18n/messages-sw.ts'
import { chars, expectClean, expectIssue, expectWarning } from '../test-support/expect-issue.ts'
import { validateInteractive } from '../validation/validate-interactive.ts'

const cta = (parameters: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
  type: 'cta_url',
  header: { type: 'image', image: { link: 'https://example.com/banner.png' } },
  body: { text: 'Track your order' },
  action: { name: 'cta_url', parameters },
  ...overrides,
})

describe('cta_url', () => {
  it('accepts a label of 20 and an https URL, rejects 21', () => {
    expectClean(validateInteractive(cta({ display_text: chars(20), url: 'https://shop.example/track?id=1' })))
    expectIssue(
      validateInteractive(cta({ display_text: chars(21), url: 'https://a.b' })),
      ['action', 'parameters', 'display_text'],
      'too_long',
      {
        limit: 20,
      },
    )
  })

  it('requires an absolute http(s) URL and warns on http', () => {
    for (const url of ['shop.example', 'javascript:alert(1)', 'mailto:a@b.c', '']) {
      const result = validateInteractive(cta({ display_text: 'Go', url }))
      expectIssue(result, ['action', 'parameters', 'url'], url === '' ? 'too_short' : 'invalid_url')
    }
    expectWarning(
      validateInteractive(cta({ display_text: 'Go', url: 'http://a.b/' })),
      ['action', 'parameters', 'url'],
      'not_recommended',
    )
  })

  it('rejects URLs a browser would only repair: spaces, control characters, no host after the scheme', () => {
    const url = ['action', 'parameters', 'url']
    for (const bad of [
      'https://shop.example/a b',
      ' https://shop.example',
      'https://shop.example/\n',
      'https:///shop.example',
    ]) {
      expectIssue(validateInteractive(cta({ display_text: 'Go', url: bad })), url, 'invalid_url')
    }
    expectIssue(validateInteractive(cta({ display_text: 'Go', url: 'https://shop.example/a b' })), url, 'invalid_url', {
      message: 'Button URL contains spaces or control characters; WhatsApp rejects them: encode a space as %20',
    })
    for (const good of [
      'https://shop.example/a%20b',
      'https://bücher.example/straße',
      'https://user@shop.example:8443/x',
    ]) {
      expectClean(validateInteractive(cta({ display_text: 'Go', url: good })))
    }
  })

  it('says a link with spaces only before or after it has spaces at its ends, as ids do', () => {
    const url = ['action', 'parameters', 'url']
    for (const spaced of [' https://shop.example/a', 'https://shop.example/a ', ' https://shop.example/a\n']) {
      const issue = expectIssue(validateInteractive(cta({ display_text: 'Go', url: spaced })), url, 'invalid_url', {
        reason: 'spaces_around',
        message: 'Button URL has spaces at its ends; WhatsApp rejects them',
      })
      expect(formatIssue(issue, coreMessagesSw)).toBe(
        'URL ya kitufe ina nafasi mwanzoni au mwishoni; WhatsApp haiziruhusu',
      )
    }
    // With spaces inside as well, the spaces inside are the news (they are written as %20).
    expectIssue(
      validateInteractive(cta({ display_text: 'Go', url: ' https://shop.example/a b' })),
      url,
      'invalid_url',
      {
        reason: 'url_spaces',
      },
    )
  })

  it('warns, without failing, about a URL the customer cannot reach', () => {
    for (const local of [
      'https://localhost:3000/x',
      'https://127.0.0.1/',
      'https://intranet/x',
      'https://app.localhost',
    ]) {
      const warning = expectWarning(
        validateInteractive(cta({ display_text: 'Go', url: local })),
        ['action', 'parameters', 'url'],
        'not_recommended',
      )
      expect(warning.message).toContain('cannot reach')
    }
  })

  it('requires body, name and both parameters', () => {
    expectIssue(
      validateInteractive(cta({ display_text: 'Go', url: 'https://a.b' }, { body: undefined })),
      ['body'],
      'required',
    )
    expectIssue(validateInteractive(cta({ url: 'https://a.b' })), ['action', 'parameters', 'display_text'], 'required')
    expectIssue(
      validateInteractive({
        ...cta({ display_text: 'Go', url: 'https://a.b' }),
        action: { name: 'url', parameters: { display_text: 'Go', url: 'https://a.b' } },
      }),
      ['action', 'name'],
      'invalid_value',
    )
  })
})

describe('location_request_message', () => {
  const location = (overrides: Record<string, unknown> = {}) => ({
    type: 'location_request_message',
    body: { text: 'Where should we deliver?' },
    action: { name: 'send_location' },
    ...overrides,
  })

  it('accepts a body and the send_location action', () => {
    expectClean(validateInteractive(location()))
  })

  it('rejects a header or footer', () => {
    expectIssue(validateInteractive(location({ header: { type: 'text', text: 'x' } })), ['header'], 'not_allowed')
    expectIssue(validateInteractive(location({ footer: { text: 'x' } })), ['footer'], 'not_allowed')
  })

  it('requires the body', () => {
    expectIssue(validateInteractive(location({ body: undefined })), ['body'], 'required')
  })
})
