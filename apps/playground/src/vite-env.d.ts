/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Send to this endpoint (your briq-proxy) instead of the in-browser mock. */
  readonly VITE_BRIQ_ENDPOINT?: string
  /** briq-proxy's PROXY_TOKEN, sent as a bearer token (never Briq's API key). */
  readonly VITE_BRIQ_PROXY_TOKEN?: string
}
