import "server-only";

// Filenames come from custodians (and attackers): a name must never split the header, walk a path, hide its real
// extension behind a right-to-left override, or break out of the quoted `filename="…"`.

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Zero-width characters, bidi marks/embeddings/overrides/isolates, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Quotes go; characters Windows refuses in names become "_". */
const QUOTES = /["`]/g;
const RESERVED = /[<>:|?*]/g;
const MAX_NAME_CHARS = 180;
const SANE_EXTENSION = /\.([A-Za-z0-9]{1,10})$/;

/** A display- and disk-safe file name; `file-<id>` when nothing usable is left. */
export function sanitizeFilename(raw: string | null | undefined, fallbackId: string): string {
  let name = (raw ?? "").normalize("NFC").replace(CONTROL, "").replace(INVISIBLE, "");
  // Path separators: keep the words, drop "." / ".." segments, never emit a separator.
  name = name
    .split(/[\\/]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "" && s !== "." && s !== "..")
    .join("_");
  name = name
    .replace(QUOTES, "")
    .replace(RESERVED, "_")
    .replace(/_{2,}/g, "_")
    .replace(/\.{2,}/g, ".")
    .replace(/\s+/g, " ");
  // No hidden files, no trailing dots or spaces (Windows drops them, changing the extension).
  name = name.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  name = clip(name);
  if (!/[\p{L}\p{N}]/u.test(name)) return `file-${fallbackId}`;
  return name;
}

/** Shortens a long name while keeping its extension. */
function clip(name: string): string {
  const chars = [...name];
  if (chars.length <= MAX_NAME_CHARS) return name;
  const ext = SANE_EXTENSION.exec(name)?.[0] ?? "";
  return (
    chars
      .slice(0, MAX_NAME_CHARS - ext.length)
      .join("")
      .trimEnd() + ext
  );
}

/** ASCII-only stand-in for old clients: accents dropped, anything else non-ASCII (or `%`, `\`) becomes "_". */
export function asciiFallback(safeName: string, fallbackId: string): string {
  const ascii = safeName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/[%\\"]/g, "_")
    .replace(/_{2,}/g, "_");
  if (!/[A-Za-z0-9]/.test(ascii.replace(SANE_EXTENSION, "")))
    return `file-${fallbackId}${SANE_EXTENSION.exec(safeName)?.[0] ?? ""}`;
  return ascii;
}

/** RFC 5987 `value-chars`: percent-encode everything but attr-char. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="<ascii>"; filename*=UTF-8''<utf-8>` from an untrusted name. */
export function contentDisposition(
  raw: string | null | undefined,
  fallbackId: string,
): { header: string; filename: string } {
  const filename = sanitizeFilename(raw, fallbackId);
  return {
    header: `attachment; filename="${asciiFallback(filename, fallbackId)}"; filename*=UTF-8''${encodeRfc5987(filename)}`,
    filename,
  };
}
