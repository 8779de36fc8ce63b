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
