import { timingSafeEqual } from 'node:crypto'

/** The user name the admin signs in with; only the password is secret. */
export const ADMIN_USER = 'admin'

const bytes = (text: string) => new TextEncoder().encode(text)

/**
 * Whether an `Authorization` header carries HTTP Basic credentials (RFC 7617) for `admin` and
 * `password`, compared in constant time.
 */
export function isAdmin(authorization: string | null | undefined, password: string): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization?.trim() ?? '')
  if (!match?.[1]) return false
  const given = bytes(Buffer.from(match[1], 'base64').toString('utf8'))
  const expected = bytes(`${ADMIN_USER}:${password}`)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
