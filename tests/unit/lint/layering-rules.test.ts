import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layering rules in eslint.config.mjs, checked on code that breaks them (and code that keeps them), so a config
// edit that silently drops one fails here rather than in review.
const eslint = new ESLint({ cwd: process.cwd() });

async function errorsOf(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("lint refuses", { timeout: 60_000 }, () => {
  it("a lib/server import of components/", async () => {
    const code =
      'import "server-only";\nimport { QueryError } from "@/components/ui/query-error";\nexport const x = QueryError;\n';
    expect(await errorsOf(code, "lib/server/probe/probe.ts")).toEqual([
      expect.stringMatching(/no-restricted-imports: .*must not import from components/),
    ]);
  });

  it("a route handler declared as a function", async () => {
    const code = "export async function GET() {\n  return Response.json({});\n}\n";
    expect(await errorsOf(code, "app/api/probe/route.ts")).toEqual([expect.stringMatching(/built by withRoute/)]);
  });

  it("a route handler built by anything but the wrapper, and re-exported handlers", async () => {
    const code = [
      'import { something } from "@/lib/server/http/something";',
      "const handler = something();",
      "export const POST = something();",
      "export { handler as GET };",
      "",
    ].join("\n");
    const errors = await errorsOf(code, "app/api/probe/[id]/route.ts");
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e.startsWith("no-restricted-syntax"))).toBe(true);
  });
});

describe("lint accepts", { timeout: 60_000 }, () => {
  it("handlers built by withRoute and segment config", async () => {
    const code = [
      'import { withRoute } from "@/lib/server/http/route";',
      'import { transcriptRoute } from "@/lib/server/chats/routes";',
      'export const dynamic = "force-dynamic";',
      "export const GET = withRoute(transcriptRoute);",
      'export const POST = withRoute({ capability: "authenticated" }, async () => Response.json({}));',
      "",
    ].join("\n");
    expect(await errorsOf(code, "app/api/probe/route.ts")).toEqual([]);
  });
});
