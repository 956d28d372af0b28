import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { api, ApiError, toQueryString } from "@/lib/queries/api";
import { chatKeys } from "@/lib/queries/chats";

describe("browser api() helper", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    server = createServer((req, res) => {
      const send = (status: number, body: string, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(body);
      };
      if (req.url === "/ok") return send(200, JSON.stringify({ n: 1 }));
      if (req.url === "/bad-shape") return send(200, JSON.stringify({ n: "one" }));
      if (req.url === "/422")
        return send(
          422,
          JSON.stringify({
            error: {
              code: "invalid_input",
              message: "Invalid input: user_ids",
              requestId: "req_1",
              fields: { user_ids: ["at most 10 custodians per query"] },
            },
          }),
        );
      if (req.url === "/429")
        return send(429, JSON.stringify({ error: { code: "rate_limited", message: "slow", requestId: "req_2" } }), {
          "retry-after": "12",
        });
      return send(502, "<html>bad gateway</html>", { "content-type": "text/html", "x-request-id": "req_3" });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const N = z.object({ n: z.number() });
  const failure = async (path: string) =>
    api(`${base}${path}`, N).then(
      () => null,
      (e: unknown) => e,
    );

  it("returns the parsed body", async () => {
    expect(await api(`${base}/ok`, N)).toEqual({ n: 1 });
  });

  it("turns our envelope into an ApiError with code, fields and Retry-After", async () => {
    expect(await failure("/422")).toMatchObject({
      status: 422,
      code: "invalid_input",
      fields: { user_ids: ["at most 10 custodians per query"] },
      requestId: "req_1",
      isClientError: true,
    });
    expect(await failure("/429")).toMatchObject({ status: 429, code: "rate_limited", retryAfter: 12 });
    expect(await failure("/502")).toMatchObject({
      status: 502,
      code: "http_error",
      requestId: "req_3",
      isClientError: false,
    });
    expect(await failure("/bad-shape")).toMatchObject({ code: "invalid_response" });
    expect(await failure("/422")).toBeInstanceOf(ApiError);
  });

  it("builds stable keys and our query strings", () => {
    const a = chatKeys.list({ userIds: ["user_b", "user_a"], from: "f", to: "t" });
    const b = chatKeys.list({ userIds: ["user_a", "user_b"], from: "f", to: "t", sort: "created_at", limit: 100 });
    expect(a).toEqual(b);
    expect(toQueryString({ user_ids: ["a", "b"], q: "", cursor: null, limit: 5 })).toBe("?user_ids=a%2Cb&limit=5");
  });
});
