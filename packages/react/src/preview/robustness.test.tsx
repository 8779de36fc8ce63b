import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { edgeFixtures, FIXTURE_TIME, validFixtures } from './fixtures.ts'
import { InteractivePreview } from './interactive-preview.tsx'

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>'
const JS_URL = 'javascript:window.__pwned=3'

/** Elements the preview may create; anything else in the output came from injected markup. */
const ALLOWED = new Set(
  'section fieldset legend div span p h2 strong em s code blockquote ul ol li br a button img video mark time svg path circle rect article label input'.split(
    ' ',
  ),
)

function expectNoInjection(root: HTMLElement) {
  for (const el of root.querySelectorAll('*')) {
    expect(ALLOWED.has(el.tagName.toLowerCase()), `unexpected <${el.tagName.toLowerCase()}>`).toBe(true)
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `event attribute ${attr.name}`).toBe(false)
      expect(attr.value.toLowerCase().includes('javascript:') && attr.name !== 'title').toBe(false)
    }
  }
  for (const img of root.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^https:\/\//)
  for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//)
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined()
}

/** A draft of `type` with the payload in every text field that type has. */
const hostile = {
  button: {
    type: 'button',
    header: { type: 'document', document: { link: JS_URL, filename: PAYLOAD } },
    body: { text: `${PAYLOAD} *${PAYLOAD}* [x](${JS_URL}) ${JS_URL}` },
    footer: { text: PAYLOAD },
    action: { buttons: [{ type: 'reply', reply: { id: PAYLOAD, title: PAYLOAD } }] },
  },
  textHeader: {
    type: 'button',
    header: { type: 'text', text: PAYLOAD },
    body: { text: `> ${PAYLOAD}\n* ${PAYLOAD}\n\`${PAYLOAD}\`` },
    action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'a' } }] },
  },
  imageHeader: {
    type: 'cta_url',
    header: { type: 'image', image: { link: JS_URL } },
    body: { text: PAYLOAD },
    action: { name: 'cta_url', parameters: { display_text: PAYLOAD, url: JS_URL } },
  },
  videoHeader: {
    type: 'cta_url',
    header: { type: 'video', video: { link: `data:text/html,${PAYLOAD}` } },
    body: { text: PAYLOAD },
    action: { name: 'cta_url', parameters: { display_text: PAYLOAD, url: `  ${JS_URL}` } },
  },
  list: {
    type: 'list',
    header: { type: 'text', text: PAYLOAD },
    body: { text: PAYLOAD },
    footer: { text: PAYLOAD },
    action: {
      button: PAYLOAD,
      sections: [{ title: PAYLOAD, rows: [{ id: PAYLOAD, title: PAYLOAD, description: PAYLOAD }] }],
    },
  },
  flow: {
    type: 'flow',
    body: { text: PAYLOAD },
    action: { name: 'flow', parameters: { flow_cta: PAYLOAD, flow_message_version: '3', flow_id: '1' } },
  },
  product: { type: 'product', body: { text: PAYLOAD }, action: { catalog_id: PAYLOAD, product_retailer_id: PAYLOAD } },
  voiceCall: {
    type: 'voice_call',
    body: { text: PAYLOAD },
    action: { name: 'voice_call', parameters: { display_text: PAYLOAD } },
  },
  carousel: {
    type: 'carousel',
    body: { text: PAYLOAD },
    action: {
      cards: [
        {
          card_index: 0,
          type: 'cta_url',
          header: { type: 'image', image: { link: JS_URL } },
          body: { text: PAYLOAD },
          action: { name: 'cta_url', parameters: { display_text: PAYLOAD, url: JS_URL } },
        },
        {
          card_index: 1,
          type: 'cta_url',
          header: { type: 'video', video: { link: PAYLOAD } },
          body: { text: PAYLOAD },
          action: { buttons: [{ type: 'quick_reply', quick_reply: { id: PAYLOAD, title: PAYLOAD } }] },
        },
        { card_index: 2, type: 'product', action: { product_retailer_id: PAYLOAD, catalog_id: PAYLOAD } },
      ],
    },
  },
}

describe('InteractivePreview: hostile text', () => {
  it.each(Object.entries(hostile))('%s: markup renders as text and no javascript: link exists', (_name, value) => {
    render(<InteractivePreview value={value} time={FIXTURE_TIME} businessName={PAYLOAD} />)
    const root = screen.getByRole('region')
    expectNoInjection(root)
    expect(root.textContent).toContain('<script>')
  })

  it('list rows in the open sheet and the reply bubble stay plain text', async () => {
    render(<InteractivePreview value={hostile.list} time={FIXTURE_TIME} businessName={PAYLOAD} />)
    await userEvent.click(screen.getByRole('button', { name: /script/ }))
    const dialog = screen.getByRole('dialog')
    expectNoInjection(dialog)
    await userEvent.click(screen.getByRole('radio'))
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    const root = screen.getByRole('region')
    expectNoInjection(root)
    expect(root.querySelector('.bi-quote-author')?.textContent).toBe(PAYLOAD)
  })

  it('a javascript: CTA becomes a disabled button, not a link', () => {
    render(<InteractivePreview value={edgeFixtures.javascriptUrl} />)
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByRole('button', { name: 'Open' })).toHaveAttribute('aria-disabled', 'true')
  })
})

describe('InteractivePreview: never throws', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['number', 42],
    ['string', 'button'],
    ['array', [1, 2]],
    ['empty object', {}],
    ['wrong types', { type: 'button', header: 'x', body: 5, footer: [], action: { buttons: 'no' } }],
    [
      'null parts',
      { type: 'list', header: null, body: null, action: { button: null, sections: [null, { rows: [null] }] } },
    ],
    ['carousel junk', { type: 'carousel', action: { cards: [null, 1, { header: { type: 'video' } }] } }],
    ...Object.entries(edgeFixtures),
  ])('%s', (_name, value) => {
    render(<InteractivePreview value={value} />)
    expect(screen.getByRole('region')).toBeInTheDocument()
  })

  it('survives a throwing getter and a revoked proxy', () => {
    const trap = Object.defineProperty({ type: 'button' }, 'body', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    render(<InteractivePreview value={trap} />)
    render(<InteractivePreview value={proxy} />)
    expect(screen.getAllByRole('region')).toHaveLength(2)
  })

  it('renders arbitrary junk and random partial drafts without throwing', () => {
    const types = fc.constantFrom(...new Set(Object.values(validFixtures).map((f) => f.type)), 'poll', '', undefined)
    const partial = fc.record(
      {
        type: types,
        header: fc.oneof(
          fc.anything(),
          fc.record({ type: fc.constantFrom('text', 'image', 'video', 'document'), text: fc.anything() }),
        ),
        body: fc.oneof(fc.anything(), fc.record({ text: fc.string() })),
        footer: fc.anything(),
        action: fc.oneof(
          fc.anything(),
          fc.record({
            buttons: fc.array(fc.anything(), { maxLength: 4 }),
            sections: fc.array(fc.record({ title: fc.anything(), rows: fc.array(fc.anything(), { maxLength: 4 }) }), {
              maxLength: 3,
            }),
            cards: fc.array(fc.anything(), { maxLength: 3 }),
            parameters: fc.anything(),
          }),
        ),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withNullPrototype: true, withMap: true, withSet: true }), partial),
        (value) => {
          const { unmount } = render(<InteractivePreview value={value} time={FIXTURE_TIME} />)
          unmount()
        },
      ),
      { numRuns: 150 },
    )
  })
})
