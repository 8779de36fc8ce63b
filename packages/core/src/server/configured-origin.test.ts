import { describe, expect, it } from 'vitest'
import { configuredOrigin } from './configured-origin.ts'

describe('configuredOrigin', () => {
  it.each([
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['HTTPS://Admin.Example.com', 'https://admin.example.com'],
    ['https://admin.example.com:443', 'https://admin.example.com'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
  ])('reads %s as the origin %s', (entry, origin) => {
    expect(configuredOrigin(entry)).toBe(origin)
  })

  it.each([
    'localhost:5173',
    'https://admin.example.com/path',
    'https://admin.example.com/?a=1',
    'https://admin.example.com/#',
    'https://user:pw@admin.example.com',
    'file:///tmp/x',
    'ftp://admin.example.com',
    '',
    // No browser's Origin holds a `*`: a wildcard pattern would silently allow nothing.
    'https://*.example.com',
    'http://*:5173',
    'https://app.*.example.com',
  ])('reads %j as no origin', (entry) => {
    expect(configuredOrigin(entry)).toBeUndefined()
  })
})
