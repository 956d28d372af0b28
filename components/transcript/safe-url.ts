// Chat content is attacker-controlled: links keep only schemes that cannot run code or exfiltrate silently.

const ALLOWED = new Set(["http:", "https:", "mailto:"]);

/** The href to render, or null to render the link as plain text (javascript:, data:, relative, malformed…). */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"); strip before parsing.
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, "");
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return null;
  }
  return ALLOWED.has(url.protocol) ? url.href : null;
}

/** What a Markdown image becomes: text naming it, never a request to another origin. */
export function imagePlaceholder(alt: string | null | undefined, src: string | null | undefined): string {
  return `[image: ${alt?.trim() || "untitled"} — ${src ?? "no url"}]`;
}
