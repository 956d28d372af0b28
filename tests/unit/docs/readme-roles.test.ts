import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { roleMatrixMarkdown } from "@/lib/server/auth/roles";

test("the README shows the role matrix exactly as the code enforces it", () => {
  const readme = readFileSync("README.md", "utf8");
  expect(readme).toContain(`\n${roleMatrixMarkdown()}\n`);
});
