import type { AddressInfo } from "node:net";
import { createClock } from "./http/clock";
import type { SimEnv } from "./http/route";
import { createSimServer } from "./http/server";
import { DEMO_KEYS } from "./keys";
import { createStore } from "./store/create-store";
import type { SimKey, SimStore } from "./store/types";

export { DEMO_KEYS } from "./keys";
export type { SimKey, SimStore } from "./store/types";

export interface SimulatorOptions {
  /** 0 = chosen by the OS. */
  port?: number;
  /** Default 127.0.0.1. The `/_sim/*` hooks need no key, so keep it on loopback. */
  host?: string;
  profile?: "demo" | "large";
  seed?: number;
  now?: Date;
  /** Default: DEMO_KEYS. */
  keys?: SimKey[];
  /** Requests per minute, one sliding window shared per parent org by all keys and endpoints. Default 600. */
  rateLimit?: number;
  /** Extra per-minute budget of the remote-session endpoints. Default 120. */
  remoteRateLimit?: number;
  latencyMs?: number;
  jitterMs?: number;
  /** Share (0..1) of /v1 requests answered 500/502/503/529. */
  faultRate?: number;
  /** Share of injected 500s that say `x-should-retry: false`. Default 0. */
  faultNoRetryShare?: number;
  /** Share of spurious 429s (`retry-after: 1`). */
  throttleRate?: number;
  /** Share of content downloads cut mid-body. */
  truncateRate?: number;
  /** Organizations list in its newest, paginated form (default) or the older `{data}`-only form. */
  organizationsPaginated?: boolean;
  /** Append a `compliance_api_accessed` activity per authenticated call. Default true. */
  recordAccess?: boolean;
  /** Size of the demo's `big_file` landmark: a positive integer up to 8 GiB. Default 1 GiB (1073741824). */
  bigFileBytes?: number;
  /**
   * Hash objects above 8 MiB (the big file) in the background after start, so their `md5` and `Content-MD5` appear
   * within seconds. Default false here (about 2 s of CPU per GiB for every simulator a test suite starts); the CLI,
   * and so `npm run demo`, turns it on.
   */
  hashLargeContent?: boolean;
  log?: (line: string) => void;
}

export interface RunningSimulator {
  url: string;
  port: number;
  store: SimStore;
  close(): Promise<void>;
}

const share = (name: string, v: number | undefined) => {
  const value = v ?? 0;
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1`);
  return value;
};

/** Starts the Compliance API simulator (reference: /work/shared/compliance-api.md) on a loopback port. */
export async function startSimulator(opts: SimulatorOptions = {}): Promise<RunningSimulator> {
  // Aborted on close(), so a closed simulator does not keep hashing in the background.
  const hashing = new AbortController();
  const store = createStore({
    profile: opts.profile ?? "demo",
    seed: opts.seed ?? 42,
    now: opts.now,
    bigFileBytes: opts.bigFileBytes,
    hashLargeContent: opts.hashLargeContent ?? false,
    signal: hashing.signal,
  });
  const clock = createClock();
  const env: SimEnv = {
    store,
    clock,
    organizationsPaginated: opts.organizationsPaginated ?? true,
    deletions: { happened: false },
    activityKeys: new Map(),
  };
  const sim = createSimServer({
    env,
    clock,
    keys: opts.keys ?? DEMO_KEYS,
    seed: opts.seed ?? 42,
    rateLimit: opts.rateLimit ?? 600,
    remoteRateLimit: opts.remoteRateLimit ?? 120,
    latencyMs: opts.latencyMs ?? 0,
    jitterMs: opts.jitterMs ?? 0,
    faults: {
      faultRate: share("faultRate", opts.faultRate),
      throttleRate: share("throttleRate", opts.throttleRate),
      truncateRate: share("truncateRate", opts.truncateRate),
      noRetryShare: share("faultNoRetryShare", opts.faultNoRetryShare),
    },
    recordAccess: opts.recordAccess ?? true,
    log: opts.log,
  });
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    const failed = (err: Error) => {
      hashing.abort();
      reject(err);
    };
    sim.server.once("error", failed);
    sim.server.listen(opts.port ?? 0, host, () => {
      sim.server.off("error", failed);
      resolve();
    });
  });
  const address = sim.server.address();
  const port = typeof address === "object" && address !== null ? (address satisfies AddressInfo).port : 0;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  sim.setBaseUrl(url);
  return {
    url,
    port,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        hashing.abort();
        sim.server.close((err) => (err ? reject(err) : resolve()));
        sim.server.closeAllConnections();
      }),
  };
}
