import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ChainStatus, type ChainStatusData } from "@/components/audit/chain-status";

// Issue 10, signed checkpoints: the Audit trail page shows what audit:verify says about the checkpoints.

const checkpoints = { count: 2, verified: 2, latest: null, problems: [], problemCount: 0 };
const render = (result: ChainStatusData) =>
  renderToStaticMarkup(createElement(ChainStatus, { result })).replace(/<[^>]+>/g, " ");

describe("chain status", () => {
  test("an intact chain names its latest signed checkpoint", () => {
    const text = render({
      ok: true,
      count: 1200,
      checkpoints: {
        ...checkpoints,
        latest: { file: "seq-000000001000.json", seq: 1000, signedAt: "2026-01-02T03:04:05.000Z" },
      },
    });
    expect(text).toContain("Chain intact");
    expect(text).toMatch(
      /2 signed checkpoints agree; the latest vouches for #1000 \(signed 2026-01-02T03:04:05\.000Z\)/,
    );
  });

  test("a chain that verifies but was cut off shows as broken, naming the checkpoint it contradicts", () => {
    const reason = "truncated: the chain ends at seq 995, but checkpoint seq-000000001000.json (seq 1000, signed …)";
    const text = render({
      ok: false,
      count: 995,
      checkpoints: {
        ...checkpoints,
        verified: 1,
        problems: [{ kind: "truncated", file: "seq-000000001000.json", seq: 1000, signedAt: "…", reason }],
        problemCount: 1,
      },
    });
    expect(text).toContain("Chain broken");
    expect(text).not.toContain("First broken entry");
    expect(text).toContain("Truncated:");
    expect(text).toContain("seq-000000001000.json");
  });
});
