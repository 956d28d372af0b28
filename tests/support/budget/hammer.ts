// Child process for the shared-budget acceptance test: one "app process" hammering the simulator
// through the real client and a Redis-backed budget. Run with `tsx --conditions=react-server`
// (lib/compliance imports server-only). Prints one JSON line (HammerResult) on stdout.
import { z } from "zod";
import { createComplianceClient } from "@/lib/compliance";
import { createRateBudget } from "@/lib/compliance/budget";
import { countingFetch, emptyResult, hammer } from "./hammer-loop";

const Env = z.object({
  HAMMER_BASE_URL: z.string().url(),
  HAMMER_ACCESS_KEY: z.string().min(1),
  HAMMER_BUDGET_ID: z.string().min(1),
  HAMMER_RPM: z.coerce.number().int().positive(),
  HAMMER_DURATION_MS: z.coerce.number().int().positive(),
  HAMMER_CONCURRENCY: z.coerce.number().int().positive().default(4),
  HAMMER_KEY_PREFIX: z.string().optional(),
  REDIS_URL: z.string().min(1),
});

async function main() {
  const env = Env.parse(process.env);
  const budget = createRateBudget({
    rpm: env.HAMMER_RPM,
    id: env.HAMMER_BUDGET_ID,
    redisUrl: env.REDIS_URL,
    keyPrefix: env.HAMMER_KEY_PREFIX,
  });
  const result = emptyResult();
  const client = createComplianceClient({
    baseUrl: env.HAMMER_BASE_URL,
    accessKey: env.HAMMER_ACCESS_KEY,
    budget,
    maxConcurrency: env.HAMMER_CONCURRENCY,
    fetch: countingFetch(result),
  });
  try {
    await hammer(client, result, { durationMs: env.HAMMER_DURATION_MS, concurrency: env.HAMMER_CONCURRENCY });
  } finally {
    await budget.close();
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`hammer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
