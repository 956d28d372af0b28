import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { SimulatorOptions } from "./index";
import { BIG_FILE_BYTES, MAX_BIG_FILE_BYTES } from "./store/attachments";
import type { SimKey } from "./store/types";

/** `--keys FILE`: a JSON array of keys (the store's SimKey shape). */
export const KeysFile = z.array(
  z.object({
    key: z.string().min(1),
    type: z.enum(["compliance_access_key", "admin"]),
    scopes: z.array(z.string()),
    status: z.enum(["active", "deactivated", "expired"]).optional(),
    name: z.string().optional(),
  }),
) satisfies z.ZodType<SimKey[]>;

const count = z.coerce.number().int().nonnegative();
const positive = z.coerce.number().int().positive();
const rate = z.coerce.number().min(0).max(1);
const bigFileBytes = z.coerce.number().refine((n) => Number.isInteger(n) && n > 0 && n <= MAX_BIG_FILE_BYTES, {
  message: `must be a positive integer of at most ${MAX_BIG_FILE_BYTES} (8 GiB)`,
});

const Flags = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(4010),
  host: z.string().min(1).default("127.0.0.1"),
  profile: z.enum(["demo", "large"]).default("demo"),
  seed: z.coerce.number().int().default(42),
  now: z.iso.datetime({ offset: true }).optional(),
  "rate-limit": positive.default(600),
  "remote-rate-limit": positive.default(120),
  "latency-ms": count.default(0),
  "jitter-ms": count.default(0),
  "fault-rate": rate.default(0),
  "throttle-rate": rate.default(0),
  "truncate-rate": rate.default(0),
  "fault-no-retry-share": rate.default(0),
  "orgs-unpaginated": z.boolean().default(false),
  "no-record-access": z.boolean().default(false),
  "big-file-bytes": bigFileBytes.default(BIG_FILE_BYTES),
  "no-hash-large-content": z.boolean().default(false),
  keys: z.string().optional(),
});

export class UsageError extends Error {}

export const USAGE = `usage: npm run simulator -- [--port 4010] [--host 127.0.0.1] [--profile demo|large] [--seed 42]
  [--now 2026-09-30T00:00:00Z] [--keys keys.json] [--rate-limit 600] [--remote-rate-limit 120]
  [--latency-ms 0] [--jitter-ms 0] [--fault-rate 0] [--fault-no-retry-share 0] [--throttle-rate 0]
  [--truncate-rate 0] [--orgs-unpaginated] [--no-record-access] [--big-file-bytes 1073741824]
  [--no-hash-large-content]`;

const STRING_FLAGS = [
  "port",
  "host",
  "profile",
  "seed",
  "now",
  "keys",
  "rate-limit",
  "remote-rate-limit",
  "latency-ms",
  "jitter-ms",
  "fault-rate",
  "fault-no-retry-share",
  "throttle-rate",
  "truncate-rate",
  "big-file-bytes",
] as const;

/** Parses and validates CLI flags; throws UsageError with a readable message on anything wrong. */
export function parseCliArgs(argv: string[]): SimulatorOptions {
  let values: unknown;
  try {
    const options = Object.fromEntries([
      ...STRING_FLAGS.map((f) => [f, { type: "string" as const }]),
      ["orgs-unpaginated", { type: "boolean" as const }],
      ["no-record-access", { type: "boolean" as const }],
      ["no-hash-large-content", { type: "boolean" as const }],
    ]);
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const parsed = Flags.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${issue.path.join(".")}: ${issue.message}`);
  }
  const f = parsed.data;
  return {
    port: f.port,
    host: f.host,
    profile: f.profile,
    seed: f.seed,
    now: f.now ? new Date(f.now) : undefined,
    keys: f.keys ? readKeys(f.keys) : undefined,
    rateLimit: f["rate-limit"],
    remoteRateLimit: f["remote-rate-limit"],
    latencyMs: f["latency-ms"],
    jitterMs: f["jitter-ms"],
    faultRate: f["fault-rate"],
    faultNoRetryShare: f["fault-no-retry-share"],
    throttleRate: f["throttle-rate"],
    truncateRate: f["truncate-rate"],
    organizationsPaginated: !f["orgs-unpaginated"],
    recordAccess: !f["no-record-access"],
    bigFileBytes: f["big-file-bytes"],
    // On by default here (unlike startSimulator): whoever runs the CLI or the demo wants the big file's md5.
    hashLargeContent: !f["no-hash-large-content"],
  };
}

function readKeys(path: string): SimKey[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new UsageError(`--keys ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const keys = KeysFile.safeParse(raw);
  if (!keys.success) {
    const issue = keys.error.issues[0];
    throw new UsageError(`--keys ${path}: [${issue.path.join(".")}] ${issue.message}`);
  }
  return keys.data;
}
