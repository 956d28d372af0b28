import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  advanceClock,
  allRecords,
  call,
  expectApiError,
  getOk,
  startTestSimulator,
  type Sim,
} from "../../support/simulator";
import { sessionPage } from "./support/schemas";

// LS3 cursors expire 24 h after the walk's first page (reference §3, §7.2). The clock hook moves time, so this file
// owns its simulator.

const LOCAL = "/v1/compliance/apps/sessions/local";

describe("local-session cursors expire 24 h after the walk's first page", () => {
  let clockSim: Sim;
  beforeAll(async () => {
    clockSim = await startTestSimulator();
  });
  afterAll(async () => clockSim?.close());

  /** The local session with the most messages. */
  const busiest = () =>
    allRecords(clockSim.store.localSessions())
      .map((s) => ({ id: String(s.id), n: clockSim.store.localSessionMessages(String(s.id))?.size ?? 0 }))
      .sort((a, b) => b.n - a.n)[0].id;

  const Page = sessionPage(z.unknown());
  const hours = (h: number) => h * 3_600_000;

  it("honours a cursor within 24 h and refuses it after", async () => {
    const id = busiest();
    const path = `${LOCAL}/${id}/messages`;
    const p1 = await getOk(clockSim, path, Page, { query: { limit: 1 } });
    expect(p1.next_page).not.toBeNull();
    await advanceClock(clockSim, hours(23));
    const p2 = await getOk(clockSim, path, Page, { query: { limit: 1, page: p1.next_page ?? "" } });
    expect(p2.next_page).not.toBeNull();
    await advanceClock(clockSim, hours(2));
    await expectApiError(
      await call(clockSim, path, { query: { limit: 1, page: p2.next_page ?? "" } }),
      400,
      "invalid_request_error",
      /^The page cursor has expired\. Restart the walk without a page parameter/,
    );
    expect((await getOk(clockSim, path, Page, { query: { limit: 1 } })).next_page).not.toBeNull();
  });

  it("expires a session-list cursor too (finish a list walk within 24 h)", async () => {
    const p1 = await getOk(clockSim, LOCAL, Page, { query: { limit: 1 } });
    expect(p1.next_page).not.toBeNull();
    await advanceClock(clockSim, hours(24) + 60_000);
    await expectApiError(
      await call(clockSim, LOCAL, { query: { limit: 1, page: p1.next_page ?? "" } }),
      400,
      "invalid_request_error",
      /^The page cursor has expired\./,
    );
  });
});
