import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  BadRequestError,
  InsufficientScopeError,
  InvalidKeyError,
  NotFoundError,
  RateLimitedError,
  UpstreamUnavailableError,
} from "@/lib/compliance";
import { AppError } from "@/lib/server/http/errors";
import { decodeCursor, encodeCursor } from "@/lib/server/http/cursor";
import { toAppError } from "@/lib/server/http/upstream-errors";

describe("cursors", () => {
  it("round-trips and refuses a cursor from another list", () => {
    const raw = encodeCursor("chats.created", { a: "claude_chat_1" });
    expect(decodeCursor("chats.created", raw, z.object({ a: z.string() }))).toMatchObject({ a: "claude_chat_1" });
    for (const bad of [raw, "%%%", Buffer.from("[]").toString("base64url")]) {
      const attempt = () => decodeCursor("activity", bad, z.object({ a: z.string() }));
      expect(attempt).toThrow(AppError);
      try {
        attempt();
      } catch (err) {
        expect(err).toMatchObject({
          code: "invalid_input",
          fields: { cursor: ["Invalid or expired cursor; reload the list"] },
        });
      }
    }
  });
});

describe("upstream error mapping", () => {
  const init = (status: number, message: string) => ({ status, type: "x", message, retryAfter: 7 });
  const mapped = (err: unknown) => {
    const out = toAppError(err);
    if (!(out instanceof AppError)) throw new Error("not mapped");
    return { code: out.code, status: out.status, message: out.message, retryAfter: out.retryAfter };
  };

  it("maps each upstream failure to our envelope with our own words", () => {
    expect(mapped(new NotFoundError(init(404, "Chat conversation not found: 'x'")))).toMatchObject({
      code: "not_found",
      status: 404,
    });
    expect(mapped(new NotFoundError(init(404, "Not found")))).toMatchObject({
      code: "upstream_unavailable",
      status: 502,
    });
    const scope = mapped(
      new InsufficientScopeError(
        init(
          403,
          "Missing required scopes. Got: ['read:compliance_activities'] Needed one of: ['read:compliance_user_data', 'read:org_audit']",
        ),
      ),
    );
    expect(scope).toMatchObject({
      code: "upstream_unavailable",
      message: "The configured Compliance API key lacks scope read:compliance_user_data or read:org_audit",
    });
    expect(mapped(new InvalidKeyError(init(401, "API key is invalid.")))).toMatchObject({
      code: "upstream_unavailable",
    });
    expect(mapped(new RateLimitedError(init(429, "slow down")))).toMatchObject({
      code: "rate_limited",
      status: 429,
      retryAfter: 7,
    });
    expect(mapped(new UpstreamUnavailableError(init(503, "<html>gateway</html>")))).toMatchObject({
      code: "upstream_unavailable",
      message: "The Compliance API is unavailable; try again shortly",
    });
    expect(mapped(new BadRequestError(init(400, "Invalid pagination cursor for 'after_id'"))).message).not.toContain(
      "after_id",
    );
  });

  it("leaves errors it doesn't know for the wrapper's generic 500", () => {
    const err = new Error("db down");
    expect(toAppError(err)).toBe(err);
  });
});
