/** A count with its noun, plural unless the count is 1: "1 character", "3 quick-reply buttons". */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`
