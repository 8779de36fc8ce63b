// A worker has no `window` or `document`, as a server has none: the kit takes its server path
// here, with the React the page runs (React 18.3 in the browser-react18 project). MSW, loaded with
// the mock the cases use, keeps cookies in `localStorage` as it loads: an empty one for it (the kit
// reads storage only in effects, which a server render never runs).
const kept = new Map<string, string>()
Object.defineProperty(globalThis, 'localStorage', {
  value: {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => kept.set(key, value),
    removeItem: (key: string) => kept.delete(key),
  },
})
void Promise.all([import('react-dom/server'), import('./hydration-cases.tsx')]).then(
  ([{ renderToString }, { hydrationCases }]) =>
    postMessage(
      Object.fromEntries(Object.entries(hydrationCases).map(([name, render]) => [name, renderToString(render())])),
    ),
)
