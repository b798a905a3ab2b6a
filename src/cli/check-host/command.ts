/**
 * `npm run check-host -- https://your.host [--http http://your.host:8080] [--ca staging-ca.pem]`
 *
 * Checks a live host of the self-check over the network: security headers and HSTS, HTTPS only
 * (plain HTTP redirects to the configured name), caching of hashed assets and of everything else,
 * Brotli and gzip, 404 for missing files with no long cache, redirects that never echo the Host.
 * The same checks run against the nginx that `npm test` starts (tests/nginx). Exit codes: 0 every
 * check passed; 1 one failed (each line says what was seen); 2 usage error.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "../kit/args";
import { UsageError } from "../kit/errors";
import { runCommand, type Output } from "../kit/run";
import { checkHost, type Target } from "./checks";

export const USAGE = `Usage: npm run check-host -- https://<host>[:port] [--http http://<host>[:port]] [--ca <file.pem>]

  --http  where the host answers plain HTTP (default: http://<host>, port 80)
  --ca    a certificate authority (PEM) to trust besides the system's, e.g. a staging host's

See docs/deploy.md.`;

function originOf(value: string, scheme: "https:" | "http:", what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${what} "${value}" is not a URL`, true);
  }
  if (url.protocol !== scheme) throw new UsageError(`${what} "${value}" must start with ${scheme}//`, true);
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") throw new UsageError(`${what} "${value}" must be an origin, without a path`, true);
  return url;
}

export async function runCheckHost(argv: readonly string[], output: Output): Promise<number> {
  return runCommand({ name: "check-host", usage: USAGE }, output, async () => {
    const { positional, values } = parseArgs(argv, { http: "string", ca: "string" });
    const [host, ...others] = positional;
    if (host === undefined || others.length > 0) throw new UsageError(host === undefined ? "no host given, e.g. https://selfcheck.example" : `expected one host, got ${positional.join(", ")}`, true);
    const origin = originOf(host, "https:", "the host");
    const httpOrigin = values.http === undefined ? new URL(`http://${origin.hostname}`) : originOf(values.http, "http:", "--http");
    let ca: Buffer | undefined;
    if (values.ca !== undefined) {
      try {
        ca = readFileSync(values.ca);
      } catch (error) {
        throw new UsageError(`cannot read --ca ${values.ca}: ${(error as Error).message}`);
      }
    }
    const target: Target = { origin: origin.origin, httpOrigin: httpOrigin.origin, ...(ca === undefined ? {} : { ca }) };
    const results = await checkHost(target);
    for (const result of results) output.out.push(`${result.ok ? "ok  " : "FAIL"} ${result.name}: ${result.detail}`);
    const failed = results.filter((result) => !result.ok).length;
    output.out.push(failed === 0 ? `${target.origin}: all ${results.length} checks passed` : `${target.origin}: ${failed} of ${results.length} checks failed`);
    return failed === 0 ? 0 : 1;
  });
}
