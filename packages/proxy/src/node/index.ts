export type { NodeRequestOptions } from '@briq-interactive/core/node'
export { type NodeHandler, toNodeHandler } from './to-node-handler.ts'
