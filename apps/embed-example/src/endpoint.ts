/**
 * Where the page finds the Briq proxy: `api/briq` under the page's own base (Vite's `base`, as
 * `import.meta.env.BASE_URL` gives it, with its trailing slash), so the sends follow the page under a path prefix.
 * `/` → `/api/briq`; `/whatsapp/` → `/whatsapp/api/briq`; `./` (the default build) →
 * `./api/briq`, which the browser resolves against the page's address.
 */
export function briqEndpoint(base: string): string {
  return `${base}api/briq`
}
