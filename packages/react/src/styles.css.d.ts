// The types of `import '@briq-interactive/react/styles.css'`: TypeScript 6 and later refuse a
// side-effect import that resolves to no types (noUncheckedSideEffectImports, now on by
// default), and a stylesheet has none of its own. It exports nothing.
export {}
