import { useEffect, useLayoutEffect } from 'react'

/**
 * `useLayoutEffect` in the browser (before paint), `useEffect` on the server, where layout
 * effects never run and React 18 warns about them.
 */
export const useClientLayoutEffect: typeof useLayoutEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect
