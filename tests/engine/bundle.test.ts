import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/content";
import { reachableFrom } from "../support/import-graph";

// The app ships no zod: content is checked when the app is built and by `npm run validate`, and
// the browser uses the engine's runtime API (src/engine/index.ts), which never loads a schema.
// package.json's "sideEffects" would let the bundler drop an unused schema import, but one value
// import of a schema would still add zod (~22 KB): this walks the imports instead of trusting that.

const relative = (file: string) => path.relative(projectRoot, file).split(path.sep).join("/");

describe("the browser app's modules", () => {
  const reached = reachableFrom(path.join(projectRoot, "src/app/main.tsx"));

  it("are found by following main.tsx's imports, lazy pages included", () => {
    const files = [...reached.keys()].map(relative);
    expect(files).toEqual(expect.arrayContaining(["src/app/App.tsx", "src/engine/index.ts", "src/engine/score.ts", "src/report/rules.ts", "src/engine/describe/index.ts"]));
  });

  it("never import zod, nor the engine's schemas", () => {
    const offenders = [...reached].flatMap(([file, edges]) =>
      edges
        .filter((edge) => !edge.typeOnly && (edge.specifier === "zod" || edge.specifier.startsWith("zod/") || relative(edge.target ?? "").startsWith("src/engine/schema/")))
        .map((edge) => `${relative(file)} → ${edge.specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});

// The first script of a country page (src/first/) runs question 1 before the app's script has
// arrived on a slow link: it must stay a few KB, so it may reach the engine's skip logic and the
// wizard's pure flow (src/wizard), and nothing of React, i18next, zustand, zod or the engine's index.
describe("the first script's modules", () => {
  const reached = reachableFrom(path.join(projectRoot, "src/first/main.ts"));

  it("are found by following src/first/main.ts's imports", () => {
    expect([...reached.keys()].map(relative)).toEqual(expect.arrayContaining(["src/first/dom.ts", "src/wizard/flow.ts", "src/engine/visibility.ts", "src/engine/conditions.ts"]));
  });

  it("import no package and not the engine's index", () => {
    const offenders = [...reached].flatMap(([file, edges]) =>
      edges.filter((edge) => !edge.typeOnly && (!edge.specifier.startsWith(".") || relative(edge.target ?? "") === "src/engine/index.ts")).map((edge) => `${relative(file)} → ${edge.specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});
