import type { BriqFieldError } from '@briq-interactive/core'

/** One entry of an error envelope's `errors` array (core's `BriqFieldError`). */
export type ApiErrorItem = BriqFieldError

/** How the error is written: Briq's envelope, or the bare `{detail}` of its read endpoints. */
export type ErrorStyle = 'envelope' | 'detail'

/**
 * Thrown by route code to stop and answer with an error. The router renders it; anything else
 * thrown becomes a 500.
 */
export class ApiError extends Error {
  /** HTTP status. */
  readonly status: number
  /** The envelope's `errors` (at least one). */
  readonly errors: ApiErrorItem[]
  /** Envelope (default) or `{detail}`. */
  readonly style: ErrorStyle
  /** Extra response headers (`Retry-After`, `Allow`). */
  readonly headers: Record<string, string>

  constructor(
    status: number,
    errors: ApiErrorItem[],
    options: { style?: ErrorStyle; headers?: Record<string, string> } = {},
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.errors = errors
    this.style = options.style ?? 'envelope'
    this.headers = options.headers ?? {}
  }
}

/** A single-error `ApiError`. */
export function apiError(
  status: number,
  code: string,
  message: string,
  field: string | null = null,
  options?: { style?: ErrorStyle; headers?: Record<string, string> },
): ApiError {
  return new ApiError(status, [{ code, message, field }], options)
}

/** 422 `VALIDATION_ERROR` naming the field. */
export function validationError(field: string | null, message: string): ApiError {
  return apiError(422, 'VALIDATION_ERROR', message, field)
}
