import { type OutgoingHttpHeaders, request } from 'node:http'

/**
 * A GET over node:http with the path and headers exactly as given: fetch would set `Host` itself,
 * normalise the path, and join a header given twice into one line.
 */
export function rawGet(
  port: number,
  path: string,
  headers: OutgoingHttpHeaders,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8')
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}
