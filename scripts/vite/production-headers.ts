/**
 * The headers of deploy/security-headers.conf, for `npm run preview` (vite.config.ts), so that a
 * preview runs under the production Content-Security-Policy, HSTS and the rest, as the host does.
 */
export { securityHeaders as productionHeaders } from "../../src/cli/check-host/security-headers";
