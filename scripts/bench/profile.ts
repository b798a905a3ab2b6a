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

/**
 * Budgets of issues 10 and 15 (navigation → result at most 1.25×), checked by `npm run bench` (it exits non-zero when one fails). The two
 * times are ratios of medians to the hand-written DUDIT page measured in the same run.
 */
export const BUDGETS = {
  firstUsableQuestionRatio: 1.25,
  navigationToResultRatio: 1.25,
  bytesBeforeFirstQuestion: 30 * 1024,
  bytesFirstVisit: 150 * 1024,
  lastAnswerToResultMainThreadMs: 100,
  cumulativeLayoutShift: 0,
} as const;
