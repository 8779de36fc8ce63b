/**
 * A bin's numeric setting (a flag or an environment variable) read as decimal digits only:
 * `8080`, ` 30000 `, and `0.5` with `fraction`. Anything else is NaN, so the caller refuses it
 * with the setting's own range sentence: `Number()` alone takes `0x10` as 16, `1e3` as 1000,
 * `0b1` and `Infinity`, and a server would start on a port nobody wrote.
 */
export function decimalSetting(raw: string, { fraction = false }: { fraction?: boolean } = {}): number {
  const text = raw.trim()
  return (fraction ? /^(\d+(\.\d*)?|\.\d+)$/ : /^\d+$/).test(text) ? Number(text) : Number.NaN
}

/**
 * A bin's port setting: decimal digits from 0 (any free port) to 65535, the largest a TCP port
 * can be (its header holds 16 bits); anything else is NaN, refused in the setting's own sentence.
 */
export function portSetting(raw: string): number {
  const port = decimalSetting(raw)
  return port <= 65535 ? port : Number.NaN
}
