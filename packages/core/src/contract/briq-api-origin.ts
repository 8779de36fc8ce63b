/**
 * Briq's API origin, where the routes of `BRIQ_ROUTES` are served (docs.briq.tz, the Karibu
 * WhatsApp API's base URL): the proxy's default `upstream`, and where a snippet for Briq sends.
 */
export const BRIQ_API_ORIGIN = 'https://karibu.briq.tz'
