/** What a thrown value says: an `Error`'s message, anything else as a string. */
export const errorReason = (error: unknown): string => (error instanceof Error ? error.message : String(error))
