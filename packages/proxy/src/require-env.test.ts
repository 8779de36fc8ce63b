import { describe, expect, it } from 'vitest'
import { requireEnv } from './require-env.ts'

describe('requireEnv', () => {
  it('returns the named variables', () => {
    const processEnv: Record<string, string | undefined> = { BRIQ_API_KEY: 'k', PROXY_TOKEN: 't', OTHER: 'o' }
    const env = requireEnv(processEnv, ['BRIQ_API_KEY', 'PROXY_TOKEN'])
    expect(env).toEqual({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't' })
  })

  it('takes a process.env whose type declares other variables (Next.js declares NODE_ENV)', () => {
    // Next.js's types add `readonly NODE_ENV` to NodeJS.ProcessEnv; a project may add its own.
    interface NextProcessEnv {
      [name: string]: string | undefined
      readonly NODE_ENV: 'development' | 'production' | 'test'
    }
    const processEnv: NextProcessEnv = { NODE_ENV: 'production', BRIQ_API_KEY: 'k', PROXY_TOKEN: 't' }
    expect(requireEnv(processEnv, ['BRIQ_API_KEY', 'PROXY_TOKEN'])).toEqual({ BRIQ_API_KEY: 'k', PROXY_TOKEN: 't' })
  })

  it('names every missing or blank variable at once, in the order asked', () => {
    expect(() => requireEnv({ PROXY_TOKEN: ' ' }, ['BRIQ_API_KEY', 'PROXY_TOKEN'])).toThrow(
      new Error('Missing environment: BRIQ_API_KEY, PROXY_TOKEN'),
    )
    expect(() => requireEnv({ BRIQ_API_KEY: 'k', PROXY_TOKEN: '' }, ['BRIQ_API_KEY', 'PROXY_TOKEN'])).toThrow(
      new Error('Missing environment: PROXY_TOKEN'),
    )
  })

  it('never puts a value in its message', () => {
    try {
      requireEnv({ BRIQ_API_KEY: 'secret-key-value' }, ['BRIQ_API_KEY', 'PROXY_TOKEN'])
      expect.unreachable()
    } catch (error) {
      expect(String(error)).not.toContain('secret-key-value')
    }
  })
})
