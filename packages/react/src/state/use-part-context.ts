import { type Context, useContext } from 'react'

/** The nearest provider's value of `context`; outside one, throws naming the part and where it belongs. */
export function usePartContext<T>(context: Context<T | null>, part: string, root: string): T {
  const value = useContext(context)
  if (value === null) throw new Error(`${part} must be inside ${root}`)
  return value
}
