import { expect } from 'vitest'
import type { Issue, IssueCode, IssuePath, ValidationResult } from '../issue.ts'

/** Asserts the result is invalid with an issue of `code` exactly at `path`, and returns it. */
export function expectIssue<T>(
  result: ValidationResult<T>,
  path: IssuePath,
  code: IssueCode,
  extra: Partial<Issue> = {},
): Issue {
  expect(result.ok, `expected an invalid result with ${code} at ${path.join('.')}`).toBe(false)
  const issues = result.ok ? [] : result.issues
  const found = issues.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path))
  expect(found, `no ${code} at ${JSON.stringify(path)} in ${JSON.stringify(issues, null, 1)}`).toBeDefined()
  expect(found).toMatchObject(extra)
  return found as Issue
}

/** Asserts the result is valid with a warning of `code` at `path`. */
export function expectWarning<T>(result: ValidationResult<T>, path: IssuePath, code: IssueCode): Issue {
  expect(result.ok, `expected a valid result, got ${JSON.stringify(result.ok ? [] : result.issues)}`).toBe(true)
  const found = result.warnings.find((i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path))
  expect(found, `no ${code} warning at ${JSON.stringify(path)} in ${JSON.stringify(result.warnings)}`).toBeDefined()
  return found as Issue
}

/** Asserts the result is valid without warnings. */
export function expectClean<T>(result: ValidationResult<T>): void {
  expect(result.ok ? [] : result.issues).toEqual([])
  expect(result.warnings).toEqual([])
}

/** A string of exactly `n` code points. */
export const chars = (n: number, unit = 'a'): string => unit.repeat(n)
