import { createServer, type Server } from 'node:http'
import { pipelinedAnswers } from '@briq-interactive/test-sockets'
import { describe, expect, it } from 'vitest'
import { testServers } from '../test-support/test-servers.ts'
import { answerClientErrors, type ClientErrorCodes } from './answer-client-errors.ts'

const servers = testServers()

const codesOf = (prefix: string): ClientErrorCodes => ({
  400: `${prefix}_BAD_REQUEST`,
  408: `${prefix}_REQUEST_TIMEOUT`,
  413: `${prefix}_PAYLOAD_TOO_LARGE`,
  431: `${prefix}_HEADERS_TOO_LARGE`,
  417: `${prefix}_EXPECTATION_FAILED`,
  503: `${prefix}_CONNECTION_REQUEST_LIMIT`,
})

/** A server taking one request per connection, its refusals answered with `prefix`'s codes unless `prefix` is null. */
function onePerConnection(prefix: string | null): Server {
  const server = createServer((_request, response) => response.end('ok'))
  server.maxRequestsPerSocket = 1
  if (prefix !== null) {
    answerClientErrors(server, { codes: codesOf(prefix), timeoutSettings: 't', requestsPerSocketSetting: prefix })
  }
  return server
}

const TWO = 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n'.repeat(2)
const codeOf = (answer: string | undefined) => /"code":"([A-Z_]+)"/.exec(answer ?? '')?.[1]

describe('answerClientErrors on the requests node drops past maxRequestsPerSocket', () => {
  it('answers each server in one process with its own codes, and leaves a server not wired as node does', async () => {
    const [first, second, plain] = await Promise.all(
      [onePerConnection('FIRST'), onePerConnection('SECOND'), onePerConnection(null)].map((server) =>
        servers.listen(server),
      ),
    )
    // Every connection of the three at once, so node starts their requests interleaved.
    const answers = await Promise.all(
      [first, second, plain, second, first].map((server) => pipelinedAnswers(server?.url ?? '', TWO, 2)),
    )
    for (const [ok] of answers) expect(ok).toMatch(/^HTTP\/1\.1 200 /)
    const refused = answers.map(([, answer]) => answer ?? '')
    for (const answer of refused) expect(answer).toMatch(/^HTTP\/1\.1 503 /)
    expect(refused.map(codeOf)).toEqual([
      'FIRST_CONNECTION_REQUEST_LIMIT',
      'SECOND_CONNECTION_REQUEST_LIMIT',
      undefined,
      'SECOND_CONNECTION_REQUEST_LIMIT',
      'FIRST_CONNECTION_REQUEST_LIMIT',
    ])
    expect(refused[0]).toContain('(FIRST)')
    expect(refused[2]).not.toContain('application/json')
  })
})
