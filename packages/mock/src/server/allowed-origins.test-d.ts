import { expectTypeOf } from 'vitest'
import { type AllowedOrigins, type MockHttpServerOptions, startMockHttpServer } from '../node.ts'

// A host reading its origins from the environment names their type before passing it on.
const fromEnv = (raw: string | undefined): AllowedOrigins =>
  raw === '*' ? '*' : (raw ?? '').split(',').filter(Boolean)
expectTypeOf<MockHttpServerOptions['allowedOrigins']>().toEqualTypeOf<AllowedOrigins | undefined>()
expectTypeOf(startMockHttpServer).toBeCallableWith({ port: 0, allowedOrigins: fromEnv('http://192.168.1.20:5173') })
// @ts-expect-error: one origin is given in a list, not alone.
const alone: AllowedOrigins = 'http://192.168.1.20:5173'
void alone
