import "server-only";

export const OCTET_STREAM = "application/octet-stream";

/**
 * Types a browser would render or run (HTML, SVG, XML and XSLT, scripts): served as opaque bytes instead. XML is
 * matched as a subtype (`xml`, `*+xml`, `xml-*`), so Office's `…spreadsheetml.sheet` stays what it is.
 */
const ACTIVE = [
  /html/,
  /\/(.+\+)?xml$/,
  /\/xml-/,
  /svg/,
  /javascript/,
  /ecmascript/,
  /jscript/,
  /vbscript/,
  /^multipart\//,
  /^text\/xsl/,
  /^application\/x-shockwave-flash$/,
  /^text\/cache-manifest$/,
];
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/**
 * The Content-Type for a download: the upstream/metadata type when it is well-formed and inert, keeping only a
 * valid `charset`; `application/octet-stream` otherwise.
 */
export function safeContentType(raw: string | null | undefined): string {
  if (!raw) return OCTET_STREAM;
  const [essence, ...params] = raw.split(";");
  const type = essence.trim().toLowerCase();
  if (!MEDIA_TYPE.test(type) || ACTIVE.some((re) => re.test(type))) return OCTET_STREAM;
  const charset = params.map((p) => p.trim().toLowerCase()).find((p) => /^charset="?[a-z0-9._-]{1,40}"?$/.test(p));
  return charset ? `${type}; ${charset.replace(/"/g, "")}` : type;
}
