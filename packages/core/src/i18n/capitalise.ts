/** Upper-cases the first letter: "kitufe 1" → "Kitufe 1", "a server" → "A server". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
