import { expect, test } from "vitest";
import { GET } from "@/app/api/health/route";

test("GET /api/health answers ok without auth and is never cached", async () => {
  const response = await GET(new Request("http://console.test/api/health"));
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({ ok: true });
});
