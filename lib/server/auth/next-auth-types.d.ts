import type { Role } from "@/lib/schemas/auth";

// Custody's additions to next-auth's session and token. Values are still zod-parsed where read.
declare module "next-auth" {
  interface Session {
    /** Server-issued ids for this sign-in; roles here are a hint for the UI, routes re-read them. */
    custody?: { userId: string; sessionId: string; roles: Role[] };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
    roles?: Role[];
  }
}
