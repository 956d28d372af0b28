// Runs one simulator in its own process for tests/bench/client.ts, so the bench's RSS is the
// client's alone. argv[2]: SimulatorOptions as JSON. Prints one JSON line when ready:
// {"url": …, "landmarks": {…}}; stops on SIGTERM/SIGINT.
import { z } from "zod";
import { startSimulator } from "../../../lib/simulator";

const Options = z.object({
  rateLimit: z.number().int().positive().optional(),
  latencyMs: z.number().int().nonnegative().optional(),
  profile: z.enum(["demo", "large"]).optional(),
  recordAccess: z.boolean().optional(),
  bigFileBytes: z.number().int().positive().optional(),
  hashLargeContent: z.boolean().optional(),
});

async function main() {
  const opts = Options.parse(JSON.parse(process.argv[2] ?? "{}"));
  const sim = await startSimulator({ port: 0, ...opts });
  process.stdout.write(`${JSON.stringify({ url: sim.url, landmarks: sim.store.landmarks() })}\n`);
  const stop = () => void sim.close().finally(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sim-host: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
