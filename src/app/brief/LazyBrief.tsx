import { lazy, Suspense } from "react";

// Its own chunk: the questions about use, advice, plan, reminder and comparison load only once a
// result is on screen, so the first question's bytes stay as they were.
const BriefSection = lazy(() => import("./BriefSection"));

export function LazyBrief() {
  return (
    <Suspense fallback={null}>
      <BriefSection />
    </Suspense>
  );
}
