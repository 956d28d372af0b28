import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    ".data/**",
  ]),
]);
