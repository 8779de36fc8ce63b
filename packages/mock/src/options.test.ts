import { describe, expect, it } from 'vitest'
import { createBriqMock } from './create-briq-mock.ts'
import { startMockHttpServer } from './server/create-http-server.ts'

const MOCK_OPTIONS =
  'seed, clock, startTime, apiKeys, noWorkspaceKeys, strict, validation, openWindows, statusSchedule, tick, scenario, faults, maxBodyBytes, maxMessages, maxStoreBytes, webhook, sleep'

// From plain JavaScript a misspelt option would leave its default in force without a word.
describe('options the mock does not take', () => {
  it('createBriqMock refuses an unknown option, naming the one meant and the ones it takes', () => {
    expect(() => createBriqMock({ maxBodyByte: 10 } as never)).toThrow(
      new RangeError(
        `options.maxBodyByte: Unknown option "maxBodyByte"; did you mean maxBodyBytes? Use ${MOCK_OPTIONS}`,
      ),
    )
    expect(() => createBriqMock({ APIKEYS: ['k'] } as never)).toThrow(
      new RangeError(`options.APIKEYS: Unknown option "APIKEYS"; did you mean apiKeys? Use ${MOCK_OPTIONS}`),
    )
    // Nothing near enough: no guess.
    expect(() => createBriqMock({ randomSeed: 'demo' } as never)).toThrow(
      new RangeError(`options.randomSeed: Unknown option "randomSeed"; use ${MOCK_OPTIONS}`),
    )
    expect(() => createBriqMock(null as never)).toThrow(
      new RangeError(`options: options must be an object like { seed: 'demo' }`),
    )
  })

  it('createBriqMock refuses a clock it does not know, and a startTime no clock would start at', () => {
    const clocks = "clock must be 'real', 'manual' or a clock of your own ({ kind, now(), advance(ms) })"
    expect(() => createBriqMock({ clock: 'Manual' } as never)).toThrow(
      new RangeError(`${clocks}; got "Manual"; did you mean 'manual'?`),
    )
    expect(() => createBriqMock({ clock: 'fake' } as never)).toThrow(new RangeError(`${clocks}; got "fake"`))
    expect(() => createBriqMock({ clock: null } as never)).toThrow(new RangeError(`${clocks}; got null`))
    // One without advance(ms) would fail only when a test moved time.
    expect(() => createBriqMock({ clock: { kind: 'manual', now: () => 0 } } as never)).toThrow(
      new RangeError(`${clocks}; got {"kind":"manual"}`),
    )
    const startTime = new RangeError("startTime: only the manual clock starts there; give clock: 'manual' beside it")
    expect(() => createBriqMock({ startTime: '2026-01-01T00:00:00Z' })).toThrow(startTime)
    expect(() => createBriqMock({ clock: 'real', startTime: 0 })).toThrow(startTime)
    // The clocks it knows are taken as ever.
    expect(createBriqMock({ clock: 'manual', startTime: 0 }).clock.now()).toBe(0)
    const real = createBriqMock({ clock: 'real' })
    expect(real.clock.kind).toBe('real')
    real.close()
  })

  it('startMockHttpServer names its own options too, and checks them with a ready mock', async () => {
    const server =
      'port, host, allowedOrigins, mock, headersTimeoutMs, requestTimeoutMs, writeTimeoutMs, keepAliveTimeoutMs, maxConnections, maxRequestsPerSocket'
    await expect(startMockHttpServer({ prot: 0 } as never)).rejects.toThrow(
      new RangeError(`options.prot: Unknown option "prot"; did you mean port? Use ${server}, ${MOCK_OPTIONS}`),
    )
    await expect(startMockHttpServer({ port: 0, mock: createBriqMock(), allowedOrigin: '*' } as never)).rejects.toThrow(
      new RangeError(
        `options.allowedOrigin: Unknown option "allowedOrigin"; did you mean allowedOrigins? Use ${server}, ${MOCK_OPTIONS}`,
      ),
    )
  })

  it('startMockHttpServer refuses a mock option beside a ready mock, which would be ignored', async () => {
    const mock = createBriqMock()
    await expect(startMockHttpServer({ port: 0, mock, seed: 'demo' })).rejects.toThrow(
      new RangeError('options.seed: a ready mock is given, so "seed" would not be used; give it to createBriqMock'),
    )
    // Left out (undefined) is no option, as everywhere options enter.
    const running = await startMockHttpServer({ port: 0, mock, seed: undefined })
    expect(running.mock).toBe(mock)
    await running.close()
  })
})
