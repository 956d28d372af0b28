import { spawn } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import type { HammerResult } from "./hammer-loop";

const HammerResult = z.object({
  sent: z.number(),
  ok: z.number(),
  failed: z.number(),
  byStatus: z.record(z.string(), z.number()),
  firstError: z.string().nullable(),
});

const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

/** Runs tests/support/budget/hammer.ts in its own Node process and returns its result line. */
export function runHammerProcess(env: Record<string, string>): Promise<HammerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, "--conditions=react-server", path.join(__dirname, "hammer.ts")], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`hammer exited with ${code}: ${err.slice(-2000)}`));
      const line = out.trim().split("\n").at(-1) ?? "";
      try {
        resolve(HammerResult.parse(JSON.parse(line)));
      } catch (error) {
        reject(new Error(`hammer printed no result (${String(error)}): ${out.slice(-500)} ${err.slice(-1000)}`));
      }
    });
  });
}
