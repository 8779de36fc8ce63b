import { describe, expect, it } from 'vitest'
import { FIXTURE_IDS } from '../fixtures/fixture-ids.ts'
import { TRANSPORTS, useMock } from '../test-support/transports.ts'

describe.each(TRANSPORTS)('senders and templates (bare JSON) over $name', (transport) => {
  const api = useMock(transport, { clock: 'manual' })

  it('lists senders as a bare array, filterable by is_default', async () => {
    const all = await api.call('GET', '/v1/whatsapp/senders')
    expect(all.status).toBe(200)
    expect(Array.isArray(all.json)).toBe(true)
    expect(all.json.map((s: { display_number: string }) => s.display_number)).toEqual(['255700000001', '255700000002'])
    const defaults = await api.call('GET', '/v1/whatsapp/senders?is_default=true')
    expect(defaults.json).toEqual([
      expect.objectContaining({ id: FIXTURE_IDS.supportSender, label: 'Support line', is_active: true }),
    ])
    const bad = await api.call('GET', '/v1/whatsapp/senders?is_active=maybe')
    expect(bad.status).toBe(422)
    expect(bad.json.errors[0].field).toBe('is_active')
  })

  it('gets one sender, 404 {detail} when unknown, 422 for a non-uuid', async () => {
    const one = await api.call('GET', `/v1/whatsapp/senders/${FIXTURE_IDS.salesSender}`)
    expect(one.json).toMatchObject({ id: FIXTURE_IDS.salesSender, display_number: '255700000002', is_default: false })
    const missing = await api.call('GET', '/v1/whatsapp/senders/00000000-0000-4000-8000-000000000000')
    expect(missing.status).toBe(404)
    expect(missing.json).toEqual({ detail: 'Sender not found in this workspace' })
    expect((await api.call('GET', '/v1/whatsapp/senders/support')).status).toBe(422)
  })

  it('lists templates as { items, cursor_next, total_count }, most recently updated first', async () => {
    const res = await api.call('GET', '/v1/whatsapp/templates')
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ cursor_next: null, total_count: 4 })
    expect(res.json.items.map((t: { name: string }) => t.name)).toEqual([
      'flash_sale',
      'login_code',
      'karibu_tena',
      'order_update',
    ])
  })

  it('filters templates by status, category (with aliases), language, sender and text', async () => {
    const names = async (query: string) =>
      (await api.call('GET', `/v1/whatsapp/templates?${query}`)).json.items.map((t: { name: string }) => t.name).sort()
    expect(await names('status=APPROVED')).toEqual(['karibu_tena', 'login_code', 'order_update'])
    expect(await names('status=REJECTED&status=PENDING')).toEqual(['flash_sale'])
    expect(await names('category=AUTHENTICATION')).toEqual(['login_code'])
    expect(await names('language=sw')).toEqual(['karibu_tena'])
    expect(await names(`sender_id=${FIXTURE_IDS.salesSender}`)).toEqual(['karibu_tena'])
    expect(await names('name_or_content=ORDER')).toEqual(['order_update'])
  })

  it('pages templates with a cursor until cursor_next is null', async () => {
    const seen: string[] = []
    let cursor: string | null = ''
    let pages = 0
    while (cursor !== null) {
      const res = await api.call(
        'GET',
        `/v1/whatsapp/templates?sort=name_asc&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      )
      seen.push(...res.json.items.map((t: { name: string }) => t.name))
      cursor = res.json.cursor_next
      pages++
    }
    expect(pages).toBe(2)
    expect(seen).toEqual(['flash_sale', 'karibu_tena', 'login_code', 'order_update'])
    const bad = await api.call('GET', '/v1/whatsapp/templates?cursor=garbage')
    expect(bad.status).toBe(422)
    expect(bad.json.errors[0].field).toBe('cursor')
  })

  it("refuses a cursor with other filters or sort than its page's (Briq: keep them the same)", async () => {
    const first = await api.call('GET', '/v1/whatsapp/templates?sort=name_asc&status=APPROVED&limit=1')
    const cursor = first.json.cursor_next as string
    for (const changed of [
      'sort=name_desc&status=APPROVED',
      'sort=name_asc',
      'sort=name_asc&status=APPROVED&language=sw',
    ]) {
      const res = await api.call('GET', `/v1/whatsapp/templates?${changed}&limit=1&cursor=${cursor}`)
      expect(res.status, changed).toBe(422)
      expect(res.json.errors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: 'cursor' })
    }
    // The order of repeated values (an OR) does not matter.
    const both = await api.call('GET', '/v1/whatsapp/templates?status=APPROVED&status=REJECTED&limit=1')
    const reordered = await api.call(
      'GET',
      `/v1/whatsapp/templates?status=REJECTED&status=APPROVED&limit=1&cursor=${both.json.cursor_next}`,
    )
    expect(reordered.status).toBe(200)
    // The page size may change between pages.
    const next = await api.call('GET', `/v1/whatsapp/templates?status=APPROVED&sort=name_asc&limit=2&cursor=${cursor}`)
    expect(next.status).toBe(200)
    expect(next.json.items.map((t: { name: string }) => t.name)).toEqual(['login_code', 'order_update'])
  })

  it('gets one template, 404 {detail} when unknown', async () => {
    const one = await api.call('GET', '/v1/whatsapp/templates/a1b2c3d4-0000-4000-8000-000000000004')
    expect(one.json).toMatchObject({ name: 'flash_sale', status: 'REJECTED' })
    const missing = await api.call('GET', '/v1/whatsapp/templates/00000000-0000-4000-8000-000000000000')
    expect(missing.status).toBe(404)
    expect(missing.json.detail).toMatch(/not found/)
  })
})
