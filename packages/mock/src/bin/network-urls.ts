import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os'

// The addresses that mean "every interface": a server bound there is reached at this machine's
// own addresses, never at this one (Windows cannot connect to 0.0.0.0; browsers refuse it).
const EVERY_INTERFACE = new Set(['0.0.0.0', '::'])

/** Whether `host` binds every interface (`0.0.0.0`, `::`). */
export const bindsEveryInterface = (host: string): boolean => EVERY_INTERFACE.has(host)

/**
 * The URLs another device on the network reaches a server bound to every interface at: one per
 * IPv4 address of this machine that is not loopback (`http://192.168.1.20:4010`), the address a
 * phone's page and `--allow-origin` need. Empty for any other bind. IPv6 addresses are left out:
 * a link-local one is only reachable with its zone, which a browser's address bar does not take.
 */
export function networkUrls(
  host: string,
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  if (!bindsEveryInterface(host)) return []
  return Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => `http://${address.address}:${port}`)
}
