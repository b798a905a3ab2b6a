import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./support/content";

// The project runs on the Node it pins: the `node` package in dependencies puts a Node 24 LTS
// binary first on the PATH of every npm script, whatever Node ran `npm install` (the machines
// here have Node 20, past its end of life). The tests run on it, so this file fails if they do not.

const pkg = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { dependencies: Record<string, string>; engines: { node: string } };
const version = (text: string) => text.replace(/^v/, "").split(".").map(Number) as [number, number, number];
const atLeast = (have: readonly number[], need: readonly number[]) => {
  for (let i = 0; i < 3; i++) if ((have[i] ?? 0) !== (need[i] ?? 0)) return (have[i] ?? 0) > (need[i] ?? 0);
  return true;
};

describe("the pinned Node", () => {
  it("is a maintained LTS line, pinned exactly", () => {
    const pinned = pkg.dependencies["node"] ?? "";
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    // Node's even majors are its LTS lines; 24 is the oldest maintained one this project accepts.
    const [major] = version(pinned);
    expect(major % 2).toBe(0);
    expect(major).toBeGreaterThanOrEqual(24);
  });

  it("runs the tests", () => {
    expect(version(process.version)[0]).toBeGreaterThanOrEqual(24);
    expect(process.versions.node).toBe(pkg.dependencies["node"]);
  });

  it("satisfies engines, whose floor is itself a supported LTS", () => {
    const floor = /^>=(\d+\.\d+\.\d+)$/.exec(pkg.engines.node)?.[1];
    expect(floor, `engines.node "${pkg.engines.node}" is not of the form ">=X.Y.Z"`).toBeDefined();
    expect(version(floor ?? "")[0]).toBeGreaterThanOrEqual(24);
    expect(atLeast(version(pkg.dependencies["node"] ?? ""), version(floor ?? ""))).toBe(true);
  });
});
