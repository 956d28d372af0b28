import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DEMO_KEYS } from "@/lib/simulator/keys";

const readme = readFileSync("README.md", "utf8");

describe("README", () => {
  test("lists every demo key the simulator accepts, with its scopes", () => {
    for (const demoKey of DEMO_KEYS) {
      const row = readme.split("\n").find((line) => line.includes(`\`${demoKey.key}\``));
      expect(row, `README row for ${demoKey.name ?? demoKey.key.slice(0, 24)}`).toBeDefined();
      expect(row).toContain(demoKey.status ?? "active");
      if (!row?.includes("all four")) for (const scope of demoKey.scopes) expect(row).toContain(scope);
    }
  });

  test("quick start is exactly the two commands", () => {
    const quickStart = readme.split("## Quick start")[1]?.split("```")[1] ?? "";
    const commands = quickStart
      .split("\n")
      .map((line) => line.replace(/#.*$/, "").trim())
      .filter((line) => line && line !== "bash");
    expect(commands).toEqual(["npm install && npm run demo", "npm test"]);
  });
});
