/** Shared helpers of the benchmark: result rows and percentiles. */
export interface Row {
  measure: string;
  value: number;
  unit: string;
  target?: string;
  /** Whether the target is met (absent when there is no target). */
  met?: boolean;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Times fn `repeat` times per input and returns all samples in ms. */
export function timeEach<T>(inputs: T[], repeat: number, fn: (input: T) => unknown): number[] {
  const samples: number[] = [];
  for (let r = 0; r < repeat; r++) {
    for (const input of inputs) {
      const start = performance.now();
      fn(input);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}
