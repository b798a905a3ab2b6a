// check-host reads deploy/security-headers.conf, whose style-src names a variable each build fills
// with its inline style's hashes (dist/csp-hashes.conf): a remote host's header must be the file's
// value with hash sources, and nothing else, in the variable's place.
import { describe, expect, it } from "vitest";
import { headerMatches, parseHeaderLines, parseVariables } from "../../src/cli/check-host/security-headers";

const WRITTEN = "default-src 'self'; style-src 'self' $selfcheck_style_hashes; object-src 'none'";
const HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

describe("check-host's reading of security-headers.conf", () => {
  it("accepts the file's value with one or more hash sources in the variable's place", () => {
    expect(headerMatches(WRITTEN, WRITTEN.replace("$selfcheck_style_hashes", HASH))).toBe(true);
    expect(headerMatches(WRITTEN, WRITTEN.replace("$selfcheck_style_hashes", `${HASH} ${HASH}`))).toBe(true);
  });

  it("refuses anything else there, and any other change", () => {
    expect(headerMatches(WRITTEN, WRITTEN.replace("$selfcheck_style_hashes", "'unsafe-inline'"))).toBe(false);
    expect(headerMatches(WRITTEN, WRITTEN.replace("$selfcheck_style_hashes", `${HASH} 'unsafe-inline'`))).toBe(false);
    expect(headerMatches(WRITTEN, WRITTEN.replace("$selfcheck_style_hashes", ""))).toBe(false);
    expect(headerMatches(WRITTEN, WRITTEN.replace("$selfcheck_style_hashes", HASH).replace("'none'", "*"))).toBe(false);
    expect(headerMatches("no-referrer", "no-referrer")).toBe(true);
    expect(headerMatches("no-referrer", "origin")).toBe(false);
  });

  it("fills the variables of a build, and names the file and line of one it lacks or a line it cannot read", () => {
    const variables = parseVariables(`# generated\nset $selfcheck_style_hashes "${HASH}";\n`, "csp-hashes.conf");
    expect(parseHeaderLines(`add_header X-A "${WRITTEN}" always;\n`, "h.conf", variables)["X-A"]).toBe(WRITTEN.replace("$selfcheck_style_hashes", HASH));
    expect(() => parseHeaderLines(`add_header X-A "${WRITTEN}" always;\n`, "h.conf", {})).toThrow("h.conf:1: no value for $selfcheck_style_hashes");
    expect(() => parseVariables("set selfcheck 1;\n", "csp-hashes.conf")).toThrow("csp-hashes.conf:1: expected set $name");
  });
});
