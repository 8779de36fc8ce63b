/**
 * Runs a callback the store does not own (a listener, `onSuccess`): if it throws, the error is
 * rethrown on a later microtask, so it still shows up (console, error reporting) but cannot
 * corrupt the store's state or turn a successful send into a failed one.
 */
export function runIsolated(callback: () => void): void {
  try {
    callback()
  } catch (error) {
    queueMicrotask(() => {
      throw error
    })
  }
}
