import type { BrowserContext } from "playwright-core";

/**
 * Records every Content-Security-Policy violation in any page of the context: a listener for
 * the DOM's securitypolicyviolation event, installed before the app's own scripts, reports
 * to Node through a binding (both go through the DevTools protocol, so the policy under test
 * does not apply to them and is not weakened).
 */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding("__e2eCspViolation", (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __e2eCspViolation(text: string): void }).__e2eCspViolation;
    document.addEventListener("securitypolicyviolation", (event) => {
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}
