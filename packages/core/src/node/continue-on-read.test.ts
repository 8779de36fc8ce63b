import { createServer, type IncomingMessage } from 'node:http'
import { sendExpectingContinue } from '@briq-interactive/test-sockets'
import { describe, expect, it } from 'vitest'
import { readBodyWithLimit } from '../server/read-body-with-limit.ts'
import { testServers } from '../test-support/test-servers.ts'
import { continueOnRead } from './continue-on-read.ts'
import { toServerRequest, toWebRequest } from './node-request.ts'
import { settleRequestBody } from './settle-request-body.ts'

const CAP = 16

const servers = testServers()

/**
 * A server whose handler reads a body under `CAP` (the light reader, or a Web `Request`'s
 * stream) and answers 413 or the body; `continueOnRead` wired as the kit's servers wire it.
 */
async function serve(read: 'direct' | 'web stream'): Promise<string> {
  const server = createServer(async (req, res) => {
    const disconnect = new AbortController()
    const converted = read === 'direct' ? toServerRequest(req, disconnect) : toWebRequest(req, disconnect)
    let status = 200
    let text: string
    if (read === 'direct' || Number(req.headers['content-length']) > CAP) {
      const result = await readBodyWithLimit(converted.request, CAP)
      status = result.ok ? 200 : 413
      text = result.ok ? new TextDecoder().decode(result.bytes) : 'too large'
    } else text = await (converted.request as Request).text()
    await settleRequestBody(req, res, converted.bodyBytesRead())
    res.writeHead(status).end(text)
  })
  continueOnRead(server)
  return (await servers.listen(server)).url
}

// What a client sending `Expect: 100-continue` meets: the first status, then the final one with
// its Connection header and body; `body` goes only once 100 Continue comes.
async function exchange(url: string, length: number, body?: string): Promise<{ first: number; final?: string }> {
  const { first, final } = await sendExpectingContinue(`${url}/x`, { 'content-length': String(length) }, body)
  return final === undefined ? { first } : { first, final: `${final.status} ${final.headers.connection} ${final.text}` }
}

describe('continueOnRead', () => {
  it.each(['direct', 'web stream'] as const)(
    'refuses a declared length over the cap with 413, never inviting the body (%s)',
    async (read) => {
      // The client may send the body after all: the connection ends with the answer.
      expect(await exchange(await serve(read), CAP + 1)).toEqual({ first: 413, final: '413 close too large' })
    },
  )

  it.each(['direct', 'web stream'] as const)(
    'sends 100 Continue for a body within the cap, then reads and answers it (%s)',
    async (read) => {
      const body = 'x'.repeat(CAP)
      expect(await exchange(await serve(read), CAP, body)).toEqual({ first: 100, final: `200 keep-alive ${body}` })
    },
  )

  it('answers a request whose body is never read without inviting it', async () => {
    const server = createServer((req, res) => {
      void settleRequestBody(req, res, 0).then(() => res.writeHead(401).end('no key'))
    })
    continueOnRead(server)
    const { url } = await servers.listen(server)
    expect(await exchange(url, 5)).toEqual({ first: 401, final: '401 close no key' })
  })

  it.each([
    [
      'data listener',
      (req: IncomingMessage, done: (text: string) => void) => {
        let text = ''
        req.on('data', (chunk: Buffer) => {
          text += chunk.toString()
        })
        req.on('end', () => done(text))
      },
    ],
    [
      'for await',
      async (req: IncomingMessage, done: (text: string) => void) => {
        let text = ''
        for await (const chunk of req) text += (chunk as Buffer).toString()
        done(text)
      },
    ],
  ])('sends 100 Continue to a route of the server that reads the body itself (%s)', async (_name, read) => {
    const server = createServer((req, res) => void read(req, (text) => res.end(text)))
    continueOnRead(server)
    const { url } = await servers.listen(server)
    expect(await exchange(url, 5, 'hello')).toEqual({ first: 100, final: '200 keep-alive hello' })
  })

  it('leaves requests without the expectation as they were', async () => {
    const response = await fetch(`${await serve('direct')}/x`, { method: 'POST', body: 'hi' })
    expect([response.status, await response.text()]).toEqual([200, 'hi'])
  })
})
