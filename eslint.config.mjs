import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const ROUTE_METHODS = "/^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/";
const SERVER_ONLY_PATHS = [
  "@/lib/server/*",
  "@/lib/server/**",
  "@/lib/compliance",
  "@/lib/compliance/*",
  "@/lib/env",
  "@/lib/simulator/*",
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Browser code must never import server modules: keys and secrets live there.
    files: ["components/**", "app/**/_components/**", "lib/queries/**", "lib/schemas/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: SERVER_ONLY_PATHS, message: "server-only module: not for browser code" }] },
      ],
    },
  },
  {
    // Server and shared code never reaches into UI code: what both need lives in lib/ (lib/urls, lib/schemas).
    files: ["lib/**", "app/api/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components", "@/components/*", "@/components/**", "**/components/**"],
              message: "lib/ and app/api/ must not import from components/: move what both need into lib/",
            },
          ],
        },
      ],
    },
  },
  {
    // Every API route is built by the one wrapper (auth, role, limit, zod, upstream errors, envelope, no-store).
    files: ["app/api/**/route.ts"],
    ignores: ["app/api/auth/**"], // next-auth's own handler: it is how a session comes to exist
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name=${ROUTE_METHODS}]:not([init.type='CallExpression'][init.callee.name=/^(withRoute|withPublicRoute)$/])`,
          message: "A route handler must be built by withRoute(…) (or withPublicRoute for unauthenticated probes)",
        },
        {
          selector: "ExportNamedDeclaration > FunctionDeclaration",
          message: "A route handler must be built by withRoute(…), not declared as a function",
        },
        {
          selector: "ExportNamedDeclaration > ExportSpecifier, ExportNamedDeclaration[source], ExportAllDeclaration",
          message: "A route file exports only handlers built by withRoute(…) and segment config",
        },
        { selector: "ExportDefaultDeclaration", message: "A route file has no default export" },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    ".data/**",
  ]),
]);
