import { defineConfig } from "drizzle-kit";

// Generation only (`npm run db:generate`); the app applies migrations itself at start (lib/server/db).
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/server/db/schema/index.ts",
  out: "./drizzle",
});
