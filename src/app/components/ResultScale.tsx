import type { ScaleSegment } from "../store/views";

type Props = {
  min: number;
  max: number;
  value: number;
  segments: readonly ScaleSegment[];
  rtl: boolean;
  /** The text alternative: the whole meaning of the picture in words. */
  label: string;
  /** An earlier score to compare with: drawn as a second, outlined mark under the bar. */
  earlier?: number;
};

const WIDTH = 320;
const BAR_Y = 18;
const BAR_HEIGHT = 20;
/** Neutral, increasingly dark blue-greys: the scale orders the bands without an alarm colour. */
const FILLS = ["#dfe7ee", "#bccbd8", "#93a9bd", "#6f8aa3", "#536f89"];

/**
 * A plain horizontal scale: one segment per band, in proportion to its share of the score
 * range, and a marker at the score (filled, above the bar); with an earlier score, a second,
 * outlined marker under the bar, so that two results read on one scale. Drawn from the inline
 * end in right-to-left languages.
 */
export function ResultScale({ min, max, value, segments, rtl, label, earlier }: Props) {
  const span = max - min + 1;
  const place = (x: number, width = 0) => (rtl ? WIDTH - x - width : x);
  const markerX = place(((value - min + 0.5) / span) * WIDTH);
  const earlierX = earlier === undefined ? null : place(((earlier - min + 0.5) / span) * WIDTH);
  const bottom = BAR_Y + BAR_HEIGHT;
  return (
    <svg className="scale" viewBox={`0 0 ${WIDTH} ${earlierX === null ? 48 : 62}`} role="img" aria-label={label} focusable="false">
      {segments.map((segment, index) => {
        const x = ((segment.min - min) / span) * WIDTH;
        const width = ((segment.max - segment.min + 1) / span) * WIDTH;
        return (
          <rect
            key={segment.bandId}
            x={place(x, width)}
            y={BAR_Y}
            width={Math.max(width, 2)}
            height={BAR_HEIGHT}
            fill={FILLS[Math.min(index, FILLS.length - 1)]}
            stroke={segment.isResult ? "#0b0c0c" : "#ffffff"}
            strokeWidth={segment.isResult ? 2 : 1}
          />
        );
      })}
      <path d={`M ${markerX - 7} 2 L ${markerX + 7} 2 L ${markerX} 14 Z`} fill="#0b0c0c" />
      <line x1={markerX} y1={12} x2={markerX} y2={BAR_Y + BAR_HEIGHT + 6} stroke="#0b0c0c" strokeWidth={3} />
      {earlierX !== null && <path d={`M ${earlierX} ${bottom + 4} L ${earlierX + 7} ${bottom + 16} L ${earlierX - 7} ${bottom + 16} Z`} fill="#ffffff" stroke="#0b0c0c" strokeWidth={2} />}
    </svg>
  );
}
