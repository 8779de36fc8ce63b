// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { SendDemo } from '../send/testing/send-demo.tsx'
import { BriqProvider } from './briq-provider.tsx'

describe('BriqProvider and the send hooks on the server', () => {
  it('render to a string with no window, no document and no request', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
    const fetch = vi.fn<(url: string, init: RequestInit) => Promise<Response>>()
    const html = renderToString(
      <BriqProvider endpoint="/api/briq" fetch={fetch}>
        <SendDemo defaultTo="255712345678" />
      </BriqProvider>,
    )
    expect(html).toContain('<button type="submit">Send</button>')
    expect(html).toContain('<output data-testid="send-status">idle</output>')
    expect(html).toContain('data-polling="false"')
    expect(fetch).not.toHaveBeenCalled()
  })

  it("render the provider's locale, messages and core sentences with no window", () => {
    const fetch = vi.fn<(url: string, init: RequestInit) => Promise<Response>>()
    const html = renderToString(
      <BriqProvider
        endpoint="/api/briq"
        fetch={fetch}
        locale="sw"
        messages={{ 'builder.tab.json': 'Msimbo' }}
        coreMessages={{ issues: { too_long: (issue) => `Hadi herufi ${issue.limit}` } }}
      >
        <InteractiveComposer
          defaultValue={{
            type: 'button',
            body: { text: 'Habari' },
            action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'x'.repeat(21) } }] },
          }}
        />
      </BriqProvider>,
    )
    expect(html).toContain('Aina ya ujumbe')
    expect(html).toContain('Msimbo')
    expect(html).toContain('Hadi herufi 20')
    expect(html).not.toContain('Message type')
    expect(fetch).not.toHaveBeenCalled()
  })
})
