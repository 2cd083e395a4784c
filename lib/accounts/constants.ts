// Version of the health-data consent text on /privacy. Bump it when that text changes: every
// ConsentRecord says which version its member agreed to.
export const HEALTH_POLICY_VERSION = '2026-11-01'

/** Sign-up's one answer, whether the address was new or already had an account. */
export const SIGNED_UP_MESSAGE = 'Almost there: we have sent you an email to confirm your address. You can sign in now with your handle and password.'
