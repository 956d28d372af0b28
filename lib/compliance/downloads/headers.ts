import "server-only";

/**
 * Filename from `Content-Disposition`. The API always sends the RFC 5987 form
 * (`filename*=utf-8''<percent-encoded>`); a plain `filename="…"` is accepted as a fallback.
 */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // Malformed percent-encoding: fall through to the plain form.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  if (plain) return (plain[1] ?? plain[2] ?? "").replace(/\\(.)/g, "$1").trim() || null;
  return null;
}

/** `Content-MD5` is base64 of the 16-byte digest (RFC 1864); returns lowercase hex or null if malformed. */
export function md5HexFromHeader(header: string | null): string | null {
  if (!header) return null;
  const bytes = Buffer.from(header.trim(), "base64");
  return bytes.length === 16 ? bytes.toString("hex") : null;
}
