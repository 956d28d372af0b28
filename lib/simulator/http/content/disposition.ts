/**
 * `Content-Disposition: attachment; filename*=utf-8''…` exactly as upstream sends it on file downloads (reference
 * §5.11): always the RFC 5987 form, every byte outside RFC 5987's attr-char set percent-encoded, so hostile names
 * (CR/LF, quotes, `../`, RTL overrides) cannot break the header or smuggle a path.
 */
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

export function rfc5987Encode(value: string): string {
  let out = "";
  for (const ch of value) {
    if (ATTR_CHAR.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of Buffer.from(ch, "utf8")) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

export function attachmentDisposition(filename: string): string {
  return `attachment; filename*=utf-8''${rfc5987Encode(filename)}`;
}

/** RFC 1864 `Content-MD5`: base64 of the raw digest, from the store's lowercase hex. */
export function contentMd5(hex: string): string {
  return Buffer.from(hex, "hex").toString("base64");
}
