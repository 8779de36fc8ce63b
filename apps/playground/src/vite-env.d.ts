/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Send to this endpoint (your briq-proxy) instead of the in-browser mock. */
  readonly VITE_BRIQ_ENDPOINT?: string
  /** briq-proxy's PROXY_TOKEN, sent as a bearer token (never Briq's API key). */
  readonly VITE_BRIQ_PROXY_TOKEN?: string
  /** `1`: list bodies up to `LIMITS.body.listTextExtended` characters, as `briq-mock --extended-list-body` / `PROXY_EXTENDED_LIST_BODY=1`. */
  readonly VITE_BRIQ_EXTENDED_LIST_BODY?: string
  /** `1`: media headers on flow messages, as `--allow-flow-media-header` / `PROXY_ALLOW_FLOW_MEDIA_HEADER=1`. */
  readonly VITE_BRIQ_ALLOW_FLOW_MEDIA_HEADER?: string
  /** `2` or `3`: quick replies per carousel card before a warning, as `--carousel-quick-replies`. */
  readonly VITE_BRIQ_CAROUSEL_QUICK_REPLIES?: string
}
