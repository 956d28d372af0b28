import "server-only";

/** Extensions for the types a title-only download (a code artifact version) is likely to carry. */
const EXTENSIONS: Record<string, string> = {
  "text/html": "html",
  "text/plain": "txt",
  "text/markdown": "md",
  "text/css": "css",
  "text/csv": "csv",
  "text/javascript": "js",
  "application/javascript": "js",
  "application/json": "json",
  "application/pdf": "pdf",
  "application/zip": "zip",
  "application/x-zip-compressed": "zip",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/svg+xml": "svg",
};

/** The usual extension of a media type (parameters ignored), or null when the type is unknown or absent. */
export function extensionFor(contentType: string | null | undefined): string | null {
  const essence = contentType?.split(";")[0].trim().toLowerCase();
  return (essence && EXTENSIONS[essence]) || null;
}

/**
 * A file name for an object the upstream names by a title, not a filename (CA2 sends no Content-Disposition; the
 * version's title comes from CA1): the title plus the extension of the type it was served as, unless the title already
 * ends in that extension. Without a title, `file-<id>` with the extension. The result is still raw: it goes through
 * `contentDisposition` like any untrusted name.
 */
export function titledFilename(
  title: string | null | undefined,
  contentType: string | null,
  fallbackId: string,
): string {
  const base = title?.trim() || `file-${fallbackId}`;
  const ext = extensionFor(contentType);
  // A title such as "Q3 report.v2" keeps its dot and still gets the served type's extension.
  return !ext || base.toLowerCase().endsWith(`.${ext}`) ? base : `${base}.${ext}`;
}
