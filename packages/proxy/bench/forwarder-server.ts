// The reference for the proxy in the load bench: a bare forwarder that reads and parses the
// body of a send, forwards it with undici (the proxy's HTTP client) to the upstream given as
// the first argument, and writes the answer back. No checks, no validation, no logging, no
// redaction: the least a Node proxy on this machine can cost per send. Prints its URL on stdout.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Agent } from 'undici'

const upstream = process.argv[2]
if (!upstream) throw new Error('usage: forwarder-server.ts <upstream origin>')
const agent = new Agent()

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    const body = Buffer.concat(chunks)
    JSON.parse(body.toString('utf8'))
    agent
      .request({
        origin: upstream,
        path: req.url ?? '/',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': 'mock-api-key' },
        body,
      })
      .then(async (answer) => {
        const text = await answer.body.text()
        res.writeHead(answer.statusCode, { 'content-type': 'application/json' })
        res.end(text)
      })
      .catch(() => {
        res.writeHead(502)
        res.end()
      })
  })
})
server.listen(0, '127.0.0.1', () => {
  console.log(`forwarder listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`)
})
process.once('SIGTERM', () => server.close(() => process.exit(0)))
