export type { NodeRequestOptions } from './node-request.ts'
export { type NodeHandler, toNodeHandler } from './to-node-handler.ts'
