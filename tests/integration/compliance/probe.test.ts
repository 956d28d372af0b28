import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UpstreamStatusDto } from "@/lib/schemas/upstream-status";
import { keys, startSim, testClient } from "./support/sim";

let sim: Awaited<ReturnType<typeof startSim>>;
beforeAll(async () => {
  sim = await startSim({ rateLimit: 100_000 });
});
afterAll(async () => sim?.close());

describe("probeUpstream (env → singleton → shared budget)", () => {
  it("probes the upstream named by the env, through the process-wide client", async () => {
    process.env.COMPLIANCE_API_BASE_URL = sim.url;
    process.env.COMPLIANCE_ACCESS_KEY = keys.full();
    process.env.COMPLIANCE_ADMIN_KEY = keys.admin();
    const { probeUpstream, getComplianceClient } = await import("@/lib/compliance");
    const status = UpstreamStatusDto.parse(await probeUpstream());
    expect(status).toMatchObject({ baseUrl: sim.url, isSimulator: true, reachable: true, error: null });
    expect(status.keys.map((k) => k.ok)).toEqual([true, true]);
    expect(getComplianceClient()).toBe(getComplianceClient());
    expect(JSON.stringify(status)).not.toContain(keys.full().slice(0, 20));
  });
});

describe("probe", () => {
  it("reports both keys' scopes, organizations, latency and the rate limit against the simulator", async () => {
    const { client } = testClient(sim.url);
    const status = UpstreamStatusDto.parse(await client.probe());
    expect(status).toMatchObject({ reachable: true, isSimulator: true, error: null });
    expect(status.latencyMs).toEqual(expect.any(Number));
    expect(status.organizations.length).toBe(sim.store.organizations().length);
    expect(status.rateLimit?.limit).toBe(100_000);
    const access = status.keys.find((k) => k.key === "compliance_access_key");
    expect(access).toMatchObject({ configured: true, ok: true, reachable: ["directory", "activities", "user data"] });
    expect(access?.scopes).toEqual(
      expect.arrayContaining(["read:compliance_org_data", "read:compliance_activities", "read:compliance_user_data"]),
    );
    expect(status.keys.find((k) => k.key === "admin")).toMatchObject({
      configured: true,
      ok: true,
      scopes: ["read:compliance_activities"],
    });
  });

  it("learns scopes from 403s when the access key is the admin key", async () => {
    const { client } = testClient(sim.url, { accessKey: keys.admin(), adminKey: undefined });
    const status = await client.probe();
    const access = status.keys.find((k) => k.key === "compliance_access_key");
    expect(access).toMatchObject({ ok: true, reachable: ["activities"], scopes: ["read:compliance_activities"] });
    expect(status.keys.find((k) => k.key === "admin")).toMatchObject({ configured: false });
  });

  it("reports a deactivated key as failing without throwing", async () => {
    const { client } = testClient(sim.url, { accessKey: keys.deactivated(), adminKey: undefined });
    const status = await client.probe();
    expect(status.reachable).toBe(true);
    expect(status.keys[0]).toMatchObject({ ok: false, error: expect.stringMatching(/^authentication_error/) });
    expect(JSON.stringify(status)).not.toContain(keys.deactivated().slice(0, 20));
  });

  it("reports an unreachable upstream as reachable: false with a safe message", async () => {
    // Grab a free port, then close it so nothing listens there.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const { client } = testClient(`http://user:pw@127.0.0.1:${port}`);
    const status = UpstreamStatusDto.parse(await client.probe());
    expect(status).toMatchObject({
      reachable: false,
      isSimulator: false,
      latencyMs: null,
      baseUrl: `http://127.0.0.1:${port}`,
    });
    expect(status.error).toMatch(/Could not reach/);
    expect(JSON.stringify(status)).not.toMatch(/sk-ant-api01-custody|pw@/);
  });
});
