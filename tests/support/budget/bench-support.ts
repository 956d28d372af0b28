import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { z } from "zod";

const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

const HostLine = z.object({
  url: z.string().url(),
  landmarks: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});
export type SimHost = z.infer<typeof HostLine> & { child: ChildProcess; stop(): void };

/** Starts tests/support/budget/sim-host.ts in a child process and waits for its ready line. */
export async function startSimHost(options: Record<string, unknown>): Promise<SimHost> {
  const child = spawn(process.execPath, [TSX, path.join(__dirname, "sim-host.ts"), JSON.stringify(options)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! });
  const line = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`simulator host exited early with ${code}`)));
    lines.once("line", resolve);
  });
  return { ...HostLine.parse(JSON.parse(line)), child, stop: () => void child.kill("SIGTERM") };
}

/** Sends in the trailing `windowMs` ending at `end` (a send at t counts when end - windowMs < t <= end). */
export function sendsInWindow(sendTimes: readonly number[], end: number, windowMs: number): number {
  return sendTimes.filter((t) => t > end - windowMs && t <= end).length;
}

/**
 * Sustained share of a sliding-window budget actually used: once the window is saturated, send
 * i + rpm goes out as soon as send i leaves the window, so 60 s / (mean time from send i to send
 * i + rpm) is the steady rate as a fraction of rpm, however bursty the start was. Null when the
 * run never sent more than one window's worth.
 */
export function sustainedShare(sendTimes: readonly number[], rpm: number, windowMs: number): number | null {
  const sorted = [...sendTimes].sort((a, b) => a - b);
  if (sorted.length <= rpm) return null;
  let total = 0;
  for (let i = 0; i + rpm < sorted.length; i++) total += sorted[i + rpm] - sorted[i];
  return windowMs / (total / (sorted.length - rpm));
}

const MEMORY_KEYS = ["rss", "heapTotal", "heapUsed", "external", "arrayBuffers"] as const;
type MemoryKey = (typeof MEMORY_KEYS)[number];

/**
 * Samples this process's memory every `everyMs`; stop() returns the peak RSS growth over the first sample, in MiB,
 * and `breakdown` the peak growth of each `process.memoryUsage()` figure (peaks of different moments, so they
 * don't add up to the RSS): which of the V8 heap, native memory or ArrayBuffer backing stores the RSS went to.
 */
export function sampleRss(everyMs = 100) {
  const base = process.memoryUsage();
  const peak: Record<MemoryKey, number> = { ...base };
  const sample = () => {
    const now = process.memoryUsage();
    for (const key of MEMORY_KEYS) peak[key] = Math.max(peak[key], now[key]);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      sample();
      return (peak.rss - base.rss) / 1024 / 1024;
    },
    breakdown(): string {
      return MEMORY_KEYS.map((key) => `${key} +${((peak[key] - base[key]) / 1024 / 1024).toFixed(1)}`).join(", ");
    },
  };
}

export const progress = (line: string) => process.stderr.write(`[bench:client] ${line}\n`);
