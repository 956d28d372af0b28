import "server-only";

export interface ResponseHead {
  status: number;
  statusText: string;
  headers: Headers;
}

/** `HTTP/1.x NNN reason` then header lines (CRLF separated, no final blank line). Throws on anything else. */
export function parseResponseHead(text: string): ResponseHead {
  const lines = text.split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(lines[0] ?? "");
  if (!status) throw new Error("malformed status line");
  const code = Number(status[1]);
  if (code < 100 || code > 599) throw new Error(`status ${code} out of range`);
  const headers = new Headers();
  for (const line of lines.slice(1)) {
    // Obsolete line folding (RFC 9112 §5.2) is refused rather than guessed at.
    const colon = line.indexOf(":");
    if (colon <= 0 || /^[ \t]/.test(line)) throw new Error("malformed header line");
    headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const reason = status[2] ?? "";
  return { status: code, statusText: /^[\t\x20-\x7e]*$/.test(reason) ? reason : "", headers };
}
