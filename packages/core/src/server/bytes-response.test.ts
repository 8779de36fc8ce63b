import { describe, expect, it } from 'vitest'
import { bytesResponse, responseBytes } from './bytes-response.ts'

describe('bytesResponse', () => {
  it('is a Response like any other, whose bytes can be taken without reading it', async () => {
    const bytes = new TextEncoder().encode('{"ok":true}')
    const response = bytesResponse(bytes, { status: 202, headers: { 'content-type': 'application/json' } })
    expect(response.status).toBe(202)
    expect(responseBytes(response)).toBe(bytes)
    expect(await response.clone().json()).toEqual({ ok: true })
  })

  it('knows no bytes once the body was read, nor for a Response made elsewhere', async () => {
    const response = bytesResponse(new Uint8Array([1, 2, 3]))
    await response.arrayBuffer()
    expect(responseBytes(response)).toBeUndefined()
    expect(responseBytes(new Response('x'))).toBeUndefined()
  })
})
