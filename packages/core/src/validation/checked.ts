import type { Exclusive } from '../exclusive.ts'

/**
 * A validation's result with issues of type `I`: `ValidationResult<T>` is `Checked<T, Issue>`;
 * the validators build it with issues not yet worded (`Unworded`), and word them last.
 */
export type Checked<T, I> = Exclusive<{ ok: true; value: T; warnings: I[] } | { ok: false; issues: I[]; warnings: I[] }>
