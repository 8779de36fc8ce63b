import { afterEach, beforeEach, vi } from 'vitest'

/**
 * For the tests of `persistKey`: each starts with nothing stored and a fake clock (the typing
 * pause's timers, `Date` for what a save records, and frames: a restored draft is said a frame
 * after the builder is shown); real timers and unmocked storage come back after each.
 */
export function withFreshStorage(): void {
  beforeEach(() => {
    localStorage.clear()
    sessionStorage.clear()
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'],
    })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })
}

/** Whether leaving the page now has the browser ask first ("Leave site?"). */
export function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

/** Has the browser refuse every save from now on, as a full storage does (`mockRestore` to end it). */
export const refuseSaves = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })
