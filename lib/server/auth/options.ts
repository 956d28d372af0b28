import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerConfig } from "@/lib/env";
import { getDb } from "../db";
import { buildAuthOptions } from "./build-auth-options";
import { requestMetaFromNext } from "./request-meta";

export { SESSION_MAX_AGE_SECONDS } from "./build-auth-options";

/**
 * For `app/api/auth/[...nextauth]/route.ts` (`NextAuth(authOptions)`) and getServerSession(authOptions).
 * Tests build their own with buildAuthOptions().
 */
export const authOptions: NextAuthOptions = buildAuthOptions({
  config: getServerConfig(),
  getDb,
  meta: () => requestMetaFromNext(getServerConfig().trustedProxies),
});
