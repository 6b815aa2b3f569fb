import type { Finding } from '../types.js';

/** What {@link stepFindings} found: order and spacing problems, and the most common step (null without one). */
export interface StepFindings {
  findings: Finding[];
  step: number | null;
}

/**
 * Checks that timestamps are strictly increasing and, with `even`, evenly spaced. The step is the most common
 * gap (the smallest on a tie); every other gap is reported against it.
 */
export function stepFindings(
  times: readonly number[],
  pointerAt: (index: number) => string,
  { even = true, unit = 's', what = 'timestamps' }: { even?: boolean; unit?: string; what?: string } = {},
): StepFindings {
  const findings: Finding[] = [];
  const steps = new Map<number, number>();
  for (let i = 1; i < times.length; i++) {
    const gap = times[i] - times[i - 1];
    if (gap > 0) steps.set(gap, (steps.get(gap) ?? 0) + 1);
    else {
      findings.push({
        pointer: pointerAt(i),
        keyword: 'timestampOrder',
        message: `${times[i]} does not come after ${times[i - 1]}: ${what} must be strictly increasing`,
      });
    }
  }
  if (steps.size === 0) return { findings, step: null };
  const [step] = [...steps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (!even) return { findings, step };
  for (let i = 1; i < times.length; i++) {
    const gap = times[i] - times[i - 1];
    if (gap > 0 && gap !== step) {
      findings.push({
        pointer: pointerAt(i),
        keyword: 'timestampSpacing',
        message: `${times[i]} is ${gap}${unit} after the previous point; the others are ${step}${unit} apart`,
      });
    }
  }
  return { findings, step };
}
