// Version of the health-data consent text on /privacy. Bump it when that text changes: every
// ConsentRecord says which version its member agreed to.
export const HEALTH_POLICY_VERSION = '2026-11-01'
