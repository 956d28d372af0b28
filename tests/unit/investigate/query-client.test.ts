import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/queries/api";
import { makeQueryClient } from "@/lib/queries/query-client";

// The one query client factory serves the pages' server prefetches and the browser. On the server a retry reads
// upstream again and writes another audit entry; in the browser it rides out a passing 5xx.

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Runs one failing query through the client's defaults (delays zeroed: the rule is under test, not the backoff). */
async function attemptsFor(error: Error, { infinite = false } = {}): Promise<number> {
  const client = makeQueryClient();
  let attempts = 0;
  const queryFn = async (): Promise<never> => {
    attempts++;
    throw error;
  };
  if (infinite)
    await client.prefetchInfiniteQuery({
      queryKey: ["failing", "infinite"],
      queryFn,
      initialPageParam: null,
      retryDelay: 0,
    });
  else await client.prefetchQuery({ queryKey: ["failing"], queryFn, retryDelay: 0 });
  client.clear();
  return attempts;
}

describe("query client retries", () => {
  it("never retries on the server: a prefetch whose verb fails upstream runs once", async () => {
    expect(typeof window).toBe("undefined");
    // What a verb throws for an unknown id: not an ApiError (that is the browser's view of our routes).
    const upstream404 = Object.assign(new Error("Not found in the Compliance API"), { code: "not_found" });
    expect(await attemptsFor(upstream404)).toBe(1);
    expect(await attemptsFor(upstream404, { infinite: true })).toBe(1);
    expect(await attemptsFor(new ApiError({ status: 502, code: "upstream_unavailable", message: "x" }))).toBe(1);
  });

  it("in the browser, retries a server error twice but never a 4xx from our routes", async () => {
    vi.stubGlobal("window", {});
    expect(await attemptsFor(new ApiError({ status: 502, code: "upstream_unavailable", message: "x" }))).toBe(3);
    expect(await attemptsFor(new TypeError("Failed to fetch"))).toBe(3);
    expect(await attemptsFor(new ApiError({ status: 428, code: "purpose_required", message: "x" }))).toBe(1);
    expect(await attemptsFor(new ApiError({ status: 404, code: "not_found", message: "x" }), { infinite: true })).toBe(
      1,
    );
  });

  it("keeps data fresh for a minute, so a hydrated prefetch is not fetched again on mount", () => {
    expect(makeQueryClient().getDefaultOptions().queries?.staleTime).toBe(60_000);
  });
});
