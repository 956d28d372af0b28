/**
 * Where to send the user after signing in or stating a purpose. Only a same-site path is accepted:
 * `callbackUrl` comes from the query string, and an absolute or protocol-relative URL there would make
 * the sign-in page an open redirect (phishing through a trusted login screen). Anything else → "/".
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/"): string {
  if (!value || value.length > 2000) return fallback;
  // "/x" yes; "//evil", "/\evil" (browsers treat "\" as "/") and control characters no.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  // The sign-in page itself is never a useful destination and would loop.
  if (value === "/sign-in" || value.startsWith("/sign-in?") || value.startsWith("/api/")) return fallback;
  return value;
}

/** `/sign-in?callbackUrl=…` for a page the user was trying to open. */
export function signInUrl(callbackUrl: string): string {
  const target = safeCallbackUrl(callbackUrl);
  return target === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(target)}`;
}

/** `/purpose?callbackUrl=…`: state a purpose of access, then come back. */
export function purposeUrl(callbackUrl: string): string {
  const target = safeCallbackUrl(callbackUrl);
  return target === "/" ? "/purpose" : `/purpose?callbackUrl=${encodeURIComponent(target)}`;
}
