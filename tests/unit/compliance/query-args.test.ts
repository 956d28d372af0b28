import { describe, expect, it } from "vitest";
import { createComplianceClient } from "@/lib/compliance/client";
import { ComplianceArgumentError } from "@/lib/compliance/errors";
import { planCustodianBatches } from "@/lib/compliance/batches";
import { QueryBuilder } from "@/lib/compliance/query";

// No server at all: every call below must fail before a request is attempted.
const offline = createComplianceClient({
  baseUrl: "http://127.0.0.1:9",
  accessKey: "sk-ant-api01-offline-test-key-000000000000",
  maxRetries: 0,
  fetch: () => Promise.reject(new Error("a request was made")),
});

async function argumentError(call: () => Promise<unknown> | unknown): Promise<ComplianceArgumentError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof ComplianceArgumentError) return error;
    throw error;
  }
  throw new Error("expected a ComplianceArgumentError");
}

describe("query strings", () => {
  it("uses dot notation for ranges and repeats [] for arrays", () => {
    const q = new QueryBuilder()
      .list("user_ids", ["user_a", "user_b"])
      .range("created_at", { gte: "2026-01-01T00:00:00Z", lt: "2026-02-01T00:00:00Z" })
      .set("limit", 5)
      .set("page", undefined).params;
    expect(q.toString()).toBe(
      "user_ids%5B%5D=user_a&user_ids%5B%5D=user_b&created_at.gte=2026-01-01T00%3A00%3A00Z&created_at.lt=2026-02-01T00%3A00%3A00Z&limit=5",
    );
  });
});

describe("argument validation before any request", () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `user_${i}`);

  it("rejects 11 custodians on chats, naming userIds and pointing at batching", async () => {
    const error = await argumentError(() => offline.chats.list({ userIds: ids(11) }));
    expect(error.argument).toBe("userIds");
    expect(error.message).toMatch(/at most 10 ids.*got 11.*planCustodianBatches/);
  });

  it("rejects a limit out of range", async () => {
    expect((await argumentError(() => offline.activities.list({ limit: 5001 }))).argument).toBe("limit");
    expect((await argumentError(() => offline.chats.list({ limit: 0 }))).argument).toBe("limit");
    expect((await argumentError(() => offline.projects.list({ limit: 1.5 }))).argument).toBe("limit");
  });

  it("rejects after_id together with before_id", async () => {
    const error = await argumentError(() => offline.activities.list({ afterId: "a", beforeId: "b" }));
    expect(error.argument).toBe("beforeId");
  });

  it("rejects unknown arguments and invalid dates", async () => {
    expect((await argumentError(() => offline.chats.list({ userId: "x" } as never))).argument).toBe("userId");
    expect((await argumentError(() => offline.activities.list({ createdAt: { gte: "yesterday" } }))).argument).toBe(
      "createdAt.gte",
    );
  });

  it("enforces the documented chat-listing combinations", async () => {
    expect((await argumentError(() => offline.chats.list({ projectIds: ["claude_proj_1"] }))).argument).toBe(
      "projectIds",
    );
    expect((await argumentError(() => offline.chats.list({ userIds: ["u"], orderBy: "updated_at" }))).argument).toBe(
      "orderBy",
    );
    expect((await argumentError(() => offline.chats.list({ beforeId: "c" }))).argument).toBe("beforeId");
  });

  it("rejects session byte caps of 0 and an inverted local-session window", async () => {
    expect(
      (await argumentError(() => offline.localSessions.listMessages("clls_1", { toolResultMaxBytes: 0 }))).argument,
    ).toBe("toolResultMaxBytes");
    const window = { gte: "2026-02-01T00:00:00Z", lt: "2026-01-01T00:00:00Z" };
    expect((await argumentError(() => offline.localSessions.list({ createdAt: window }))).argument).toBe(
      "createdAt.lt",
    );
  });

  it("validates iterator arguments when the iterator is created", async () => {
    const error = await argumentError(() => offline.chats.iterate({ userIds: ids(12) }));
    expect(error.argument).toBe("userIds");
  });

  it("rejects blank path ids", async () => {
    expect((await argumentError(() => offline.chats.getMessages(""))).argument).toBe("chatId");
  });
});

describe("planCustodianBatches", () => {
  it("splits into batches of at most 10, deduplicated, order kept", () => {
    const ids = Array.from({ length: 23 }, (_, i) => `user_${i}`);
    const batches = planCustodianBatches([...ids, "user_3", " "]);
    expect(batches.map((b) => b.length)).toEqual([10, 10, 3]);
    expect(batches.flat()).toEqual(ids);
  });
  it("returns no batches for no custodians", () => {
    expect(planCustodianBatches([])).toEqual([]);
  });
});
