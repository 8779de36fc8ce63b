/**
 * Compiles only when `Left` is `never`: for a component that passes its own options on by name
 * and spreads the rest onto an element, `TakenOut<Extract<keyof typeof rest, keyof Options>>`
 * fails to compile once an option is added but not taken out (it would become a DOM attribute).
 */
export type TakenOut<Left extends never> = Left
