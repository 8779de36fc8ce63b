export type { Issue, IssueCode, IssuePath, ValidationResult } from './issue.ts'
export type { Limit } from './limits.ts'
export { BRIQ_PHONE_PATTERN, FLOW_MESSAGE_VERSION, LIMITS } from './limits.ts'
export { countCharacters, overflowIndex } from './text-length.ts'
