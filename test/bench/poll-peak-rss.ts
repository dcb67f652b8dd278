import { readFileSync } from 'node:fs';

/**
 * Samples a process's peak resident set (VmHWM in /proc/<pid>/status) every `intervalMs`, for
 * machines without GNU time. Linux keeps VmHWM as a high-water mark, so a sample taken shortly
 * before exit sees the true peak; the last readable sample wins. `stop()` returns kilobytes, or
 * undefined where /proc does not exist (macOS) or the process ended before the first sample.
 */
export function pollPeakRss(pid: number, intervalMs = 50): { stop: () => number | undefined } {
  let peakKb: number | undefined;
  const sample = (): void => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
      if (Number.isFinite(kb)) peakKb = Math.max(peakKb ?? 0, kb);
    } catch {
      // Gone already, or no /proc: keep what we have.
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peakKb;
    },
  };
}
