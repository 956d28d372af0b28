import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";

// GET|POST /api/auth/*: next-auth (sign-in, OIDC callback, session, CSRF, sign-out). Not behind withRoute:
// it is how a session comes to exist; failed attempts are audited by the providers themselves.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
