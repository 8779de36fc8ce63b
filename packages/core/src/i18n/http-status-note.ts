/** " (HTTP 400)" after a sentence's subject when there was an answer, else nothing; the same in every language. */
export const httpStatusNote = (status: number | undefined): string => (status === undefined ? '' : ` (HTTP ${status})`)
