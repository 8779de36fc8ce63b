import { expect, it } from 'vitest'
import { briqEndpoint } from '../src/endpoint.ts'

// The page as a reverse proxy publishes it at https://shop.example.co.tz/whatsapp/: wherever its
// base, its sends go to the proxy under the same prefix.
it.each([
  ['the default relative build', './', 'https://shop.example.co.tz/whatsapp/', './api/briq', '/whatsapp/api/briq'],
  ['the default relative build at the root', './', 'https://shop.example.co.tz/', './api/briq', '/api/briq'],
  [
    '--base /whatsapp/',
    '/whatsapp/',
    'https://shop.example.co.tz/whatsapp/',
    '/whatsapp/api/briq',
    '/whatsapp/api/briq',
  ],
  ['--base /', '/', 'https://shop.example.co.tz/', '/api/briq', '/api/briq'],
])('%s: base %s at %s talks to %s (%s)', (_name, base, page, endpoint, path) => {
  expect(briqEndpoint(base)).toBe(endpoint)
  expect(new URL(endpoint, page).pathname).toBe(path)
})
