export type { NodeRequestOptions } from '@briq-interactive/core/node'
export { nodeFetch } from './node-fetch.ts'
export { type NodeHandler, type ToNodeHandlerOptions, toNodeHandler } from './to-node-handler.ts'
export { readTrustProxy, type TrustProxySetting } from './trust-proxy-setting.ts'
