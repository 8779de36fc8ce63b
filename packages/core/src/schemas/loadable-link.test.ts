import { describe, expect, it } from 'vitest'
import { validateInteractive } from '../validation/validate-interactive.ts'
import { loadableLink } from './text.ts'

describe('loadableLink', () => {
  it('loads nothing of a link typed until its host can be a real one', () => {
    const typed = 'https://example.com/p.jpg'
    const loaded = [...typed].map((_, i) => typed.slice(0, i + 1)).filter((part) => loadableLink(part))
    // From there on each part is a link: the preview loads only once typing pauses.
    expect(loaded[0]).toBe('https://example.co')
    for (const part of ['https://e', 'https://example', 'https://example.', 'https://example.c']) {
      expect(loadableLink(part), part).toBeUndefined()
    }
  })

  it('loads a whole link, normalised as the browser would request it', () => {
    expect(loadableLink('https://Example.COM/a b'.replace(' ', '%20'))).toBe('https://example.com/a%20b')
    expect(loadableLink('http://cdn.example.co.tz/p.png')).toBe('http://cdn.example.co.tz/p.png')
    expect(loadableLink('https://xn--mnchen-3ya.de/p.png')).toBe('https://xn--mnchen-3ya.de/p.png')
    expect(loadableLink('https://example.com./p.png')).toBe('https://example.com./p.png')
  })

  it('loads a local host, which the page may reach though WhatsApp cannot', () => {
    expect(loadableLink('http://localhost:5173/p.png')).toBe('http://localhost:5173/p.png')
    expect(loadableLink('http://media.localhost/p.png')).toBe('http://media.localhost/p.png')
    expect(loadableLink('http://127.0.0.1/p.png')).toBe('http://127.0.0.1/p.png')
    expect(loadableLink('http://[::1]/p.png')).toBe('http://[::1]/p.png')
  })

  it('loads no link the validator refuses', () => {
    for (const link of [
      '',
      undefined,
      'example.com/p.png',
      '/p.png',
      'ftp://example.com/p.png',
      'javascript:alert(1)',
      'data:image/png;base64,AA==',
      ' https://example.com/p.png',
      'https://example.com/a b.png',
      'https:///example.com/p.png',
    ]) {
      expect(loadableLink(link), String(link)).toBeUndefined()
      if (link) {
        const message = { type: 'button', body: { text: 'Hi' }, header: { type: 'image', image: { link } } }
        const result = validateInteractive(message)
        const errors = result.ok ? [] : result.issues
        expect(
          errors.some((issue) => issue.path.join('.') === 'header.image.link'),
          link,
        ).toBe(true)
      }
    }
  })
})
