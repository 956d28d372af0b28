import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const getDbHandle = vi.fn<() => Promise<unknown>>();
const startProcessCheckpoints = vi.fn<() => void>();
vi.mock("@/lib/server/db", () => ({ getDbHandle }));
vi.mock("@/lib/server/audit-checkpoints/process-checkpointer", () => ({ startProcessCheckpoints }));

const { register } = await import("@/instrumentation");

describe("server start (instrumentation)", () => {
  const runtime = process.env.NEXT_RUNTIME;
  beforeEach(() => {
    getDbHandle.mockReset();
    startProcessCheckpoints.mockReset();
    process.env.NEXT_RUNTIME = "nodejs";
  });
  afterEach(() => {
    process.env.NEXT_RUNTIME = runtime;
    vi.restoreAllMocks();
  });

  it("opens (migrates, seeds) the database before the first request, so a first sign-in does not wait for it", async () => {
    getDbHandle.mockResolvedValue({});
    await register();
    expect(getDbHandle).toHaveBeenCalledTimes(1);
  });

  it("makes the signing key and starts the audit checkpoint timer; a bad key file is logged, the server stays up (issue 10)", async () => {
    getDbHandle.mockResolvedValue({});
    await register();
    expect(startProcessCheckpoints).toHaveBeenCalledTimes(1);
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    startProcessCheckpoints.mockImplementation(() => {
      throw new Error("CUSTODY_SIGNING_KEY_FILE is not an Ed25519 private key");
    });
    await expect(register()).resolves.toBeUndefined();
    expect(log.mock.calls.join(" ")).toMatch(/signing key unavailable.*not an Ed25519 private key/);
  });

  it("does not open it in the edge runtime", async () => {
    process.env.NEXT_RUNTIME = "edge";
    await register();
    expect(getDbHandle).not.toHaveBeenCalled();
  });

  it("keeps the server up when the database cannot be opened, logging the cause without its credentials", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    getDbHandle.mockRejectedValue(
      new Error("connect ECONNREFUSED for postgres://custody:hunter2@db.internal:5432/custody"),
    );
    await expect(register()).resolves.toBeUndefined();
    const line = log.mock.calls.map((c) => c.join(" ")).join("\n");
    expect(line).toContain("could not open the database");
    expect(line).toContain("ECONNREFUSED");
    expect(line).not.toContain("hunter2");
  });
});
