import { describe, expect, it } from 'vitest'
import { describeUpstreamFailure } from './upstream-failure.ts'

// What each runtime's fetch throws when nothing listens on the upstream's port, or its host name
// does not resolve (recorded from Node 24, Bun 1.4 and Deno 2.9).
const withCause = (cause: object) => Object.assign(new TypeError('fetch failed'), { cause })
const bun = (message: string, code: string) => Object.assign(new TypeError(message), { code })
const deno = (detail: string) =>
  withCause(new Error(`error sending request for url (http://127.0.0.1:4010/x): client error (Connect): ${detail}`))

describe('describeUpstreamFailure', () => {
  it.each([
    ['Node', withCause(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4010'), { code: 'ECONNREFUSED' }))],
    ['Bun', bun('ECONNREFUSED: Unable to connect. Is the computer able to access the url?', 'ECONNREFUSED')],
    ['Deno', deno('tcp connect error: Connection refused (os error 111)')],
  ])('reads a refused connection as never sent (%s)', (_runtime, error) => {
    expect(describeUpstreamFailure(error, 'connect')).toMatchObject({
      reason: 'the connection was refused',
      mayHaveReached: false,
    })
  })

  it.each([
    ['Node', withCause(Object.assign(new Error('getaddrinfo ENOTFOUND x.invalid'), { code: 'ENOTFOUND' }))],
    ['Bun', bun('getaddrinfo ENOTFOUND x.invalid', 'ENOTFOUND')],
    ['Deno', deno('dns error: failed to lookup address information: Name or service not known')],
  ])('reads a host name that did not resolve as never sent (%s)', (_runtime, error) => {
    expect(describeUpstreamFailure(error, 'connect')).toMatchObject({
      reason: 'its host name did not resolve (DNS)',
      mayHaveReached: false,
    })
  })

  it.each([
    ['a bare fetch failure', new TypeError('fetch failed')],
    ["workerd's lost connection", new Error('Network connection lost.')],
    [
      'a Deno failure after connecting',
      withCause(new Error('error sending request: connection closed before message completed')),
    ],
    ['a Deno connect failure it does not name', deno('received corrupt message of type InvalidContentType')],
  ])('keeps anything else as may have reached Briq (%s)', (_name, error) => {
    expect(describeUpstreamFailure(error, 'connect').mayHaveReached).toBe(true)
  })
})

// fetch's "fetch failed" TypeError, with Node's system error as its cause (code, syscall).
const failedWith = (code: string, syscall?: string) =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error(`${syscall ?? ''} ${code}`), { code, ...(syscall ? { syscall } : {}) }),
  })

describe('describeUpstreamFailure: did a byte of the request leave?', () => {
  it.each(['ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'])('%s while connecting: nothing left', (code) => {
    expect(describeUpstreamFailure(failedWith(code, 'connect'), 'connect').mayHaveReached).toBe(false)
  })

  // A kept-alive connection a send reuses, or one whose request was written, that then times out
  // or loses its route: Briq may have the message, so "try again" would send it twice.
  it.each(['ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'])(
    '%s on an open connection: it may have reached Briq',
    (code) => {
      expect(describeUpstreamFailure(failedWith(code, 'read'), 'connect').mayHaveReached).toBe(true)
      expect(describeUpstreamFailure(failedWith(code, 'write'), 'connect').mayHaveReached).toBe(true)
      // A runtime that does not say which call failed: it cannot be placed before the request.
      expect(describeUpstreamFailure(failedWith(code), 'connect').mayHaveReached).toBe(true)
    },
  )

  it("reads Node's happy-eyeballs AggregateError by its attempts", () => {
    const attempt = (syscall: string) => Object.assign(new Error('x'), { code: 'ETIMEDOUT', syscall })
    const every = Object.assign(new AggregateError([attempt('connect'), attempt('connect')]), { code: 'ETIMEDOUT' })
    expect(describeUpstreamFailure(new TypeError('fetch failed', { cause: every }), 'connect').mayHaveReached).toBe(
      false,
    )
    const one = Object.assign(new AggregateError([attempt('connect'), attempt('read')]), { code: 'ETIMEDOUT' })
    expect(describeUpstreamFailure(new TypeError('fetch failed', { cause: one }), 'connect').mayHaveReached).toBe(true)
  })

  it.each([
    ['ENOTFOUND', 'getaddrinfo'],
    ['ECONNREFUSED', 'connect'],
    ['UND_ERR_CONNECT_TIMEOUT', undefined],
    ['CERT_HAS_EXPIRED', undefined],
  ])('%s: nothing left, whatever the call', (code, syscall) => {
    expect(describeUpstreamFailure(failedWith(code, syscall), 'connect').mayHaveReached).toBe(false)
  })

  it('a reset or an answer that broke off may have reached Briq', () => {
    expect(describeUpstreamFailure(failedWith('ECONNRESET', 'read'), 'connect').mayHaveReached).toBe(true)
    expect(describeUpstreamFailure(failedWith('UND_ERR_SOCKET'), 'connect').mayHaveReached).toBe(true)
    expect(describeUpstreamFailure(failedWith('ECONNREFUSED', 'connect'), 'body').mayHaveReached).toBe(true)
  })
})
