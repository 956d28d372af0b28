import "server-only";

const PATTERNS: [RegExp, string][] = [
  [/sk-ant-[A-Za-z0-9_-]+/g, "sk-ant-[redacted]"],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, "$1 [redacted]"],
  [/\b(postgres(?:ql)?|rediss?):\/\/[^@\s/]+@/gi, "$1://[redacted]@"],
  [
    /("?(?:password|passwd|secret|token|api[_-]?key|authorization|x-api-key|cookie)"?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;}&]+)/gi,
    "$1[redacted]",
  ],
  [/scrypt\$[^\s"',]+/g, "scrypt$[redacted]"],
];

/** Strips credentials from text bound for logs: error messages can quote URLs, headers or SQL parameters. */
export function redact(text: string): string {
  return PATTERNS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}

/** One log line for an unexpected error, tied to the request id the client saw. */
export function logUnexpected(requestId: string, where: string, err: unknown): void {
  const detail = err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ""}` : String(err);
  console.error(`[route] ${requestId} ${where} failed: ${redact(detail)}`);
}
