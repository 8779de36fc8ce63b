/**
 * Briq's API origin, where the routes of `BRIQ_ROUTES` are served (docs.briq.tz, the Karibu
 * WhatsApp API's base URL): the proxy's default `upstream`, and where a snippet for Briq sends.
 */
export const BRIQ_API_ORIGIN = 'https://karibu.briq.tz'

/**
 * The request header that carries a Briq API key (docs.briq.tz, authentication): the proxy adds
 * it on the server, the mock checks it, a snippet for Briq sends it from `$BRIQ_API_KEY`.
 */
export const BRIQ_API_KEY_HEADER = 'X-API-Key'
