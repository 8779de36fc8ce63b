import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { networkUrls } from './network-urls.ts'

const address = (family: 'IPv4' | 'IPv6', value: string, internal = false): NetworkInterfaceInfo =>
  ({ family, address: value, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo

const INTERFACES = {
  lo: [address('IPv4', '127.0.0.1', true), address('IPv6', '::1', true)],
  wlan0: [address('IPv4', '192.168.1.20'), address('IPv6', 'fe80::1')],
  eth0: [address('IPv4', '10.0.0.5')],
}

describe('networkUrls', () => {
  it.each(['0.0.0.0', '::'])('lists this machine’s IPv4 network addresses for a bind to %s', (host) => {
    expect(networkUrls(host, 4010, INTERFACES)).toEqual(['http://192.168.1.20:4010', 'http://10.0.0.5:4010'])
  })

  it.each(['127.0.0.1', '::1', 'localhost', '192.168.1.20'])('lists none for a bind to %s', (host) => {
    expect(networkUrls(host, 4010, INTERFACES)).toEqual([])
  })
})
