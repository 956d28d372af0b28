// Chat content is attacker-controlled: a link in it is only ever followed after the reviewer has seen where it goes
// (leave-prompt.tsx), and only to the web. Every other scheme stays text.

const FOLLOWABLE = new Set(["http:", "https:"]);

/** Where a custodian's link leads, split for display: the host is what a reviewer must check. */
export type LinkDestination = {
  /** The parsed, normalised URL that will be opened (punycode host, percent-encoded path). */
  href: string;
  /** "https" or "http". */
  scheme: string;
  /** A user:password@ part, shown apart because it is the classic way to disguise a host ("bank.example@evil"). */
  userinfo: string;
  /** Host and port, as the browser will contact them (an IDN host in its xn-- form). */
  host: string;
  /** Path, query and fragment. */
  rest: string;
  isSecure: boolean;
};

// Browsers ignore control characters and whitespace inside schemes ("java\tscript:"); strip before parsing.
const IGNORED = /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/**
 * The destination of a link in custodian content, or null when it must not be followable at all: javascript:,
 * data:, file:, mailto:, blob:, relative and malformed links are rendered as plain text.
 */
export function linkDestination(href: string | null | undefined): LinkDestination | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href.replace(IGNORED, ""));
  } catch {
    return null;
  }
  if (!FOLLOWABLE.has(url.protocol) || !url.hostname) return null;
  const userinfo = url.username || url.password ? `${url.username}${url.password ? `:${url.password}` : ""}@` : "";
  return {
    href: url.href,
    scheme: url.protocol.slice(0, -1),
    userinfo,
    host: url.host,
    rest: `${url.pathname}${url.search}${url.hash}`,
    isSecure: url.protocol === "https:",
  };
}

/** What a Markdown image becomes: text naming it, never a request to another origin. */
export function imagePlaceholder(alt: string | null | undefined, src: string | null | undefined): string {
  return `[image: ${alt?.trim() || "untitled"} — ${src ?? "no url"}]`;
}
