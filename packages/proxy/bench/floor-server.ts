// The floor for the load bench: a bare node:http server that reads and parses the body of a
// send and answers Briq's 202 envelope, and nothing else. Prints its URL on stdout.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'))
    const requestId = crypto.randomUUID()
    const body = JSON.stringify({
      success: true,
      data: {
        message_id: crypto.randomUUID(),
        conversation_id: crypto.randomUUID(),
        sender_id: crypto.randomUUID(),
        sender: '1107264639145282',
        provider_message_id: null,
        status: 'pending',
      },
      errors: null,
      request_id: requestId,
    })
    res.writeHead(202, { 'content-type': 'application/json', 'x-request-id': requestId })
    res.end(body)
  })
})
server.listen(0, '127.0.0.1', () => {
  console.log(`floor listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`)
})
process.once('SIGTERM', () => server.close(() => process.exit(0)))
