/**
 * The phone profile of issue 6 (Lighthouse's mobile preset): 4x CPU slowdown, 150 ms
 * round-trip latency, 1.6 Mbps down, 750 kbps up. CDP takes throughput in bytes per second.
 */
export const PHONE_PROFILE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  viewport: { width: 360, height: 740 },
} as const;

/** Budgets from issue 6, checked by `npm run bench` (it exits non-zero when one fails). */
export const BUDGETS = {
  bytesBeforeFirstQuestion: 90 * 1024,
  firstUsableQuestionMs: 1000,
  lastAnswerToResultMainThreadMs: 100,
  cumulativeLayoutShift: 0,
} as const;
