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

/**
 * One log line for an unexpected error, tied to the request id the client saw: the error's class and codes (a
 * PostgreSQL SQLSTATE, a Node `ECONNREFUSED`) down its cause chain, and its stack frames. Never a message: a
 * database error's says "Failed query: … params: …" (purposes, emails, search terms, whole audit rows), and other
 * messages quote whatever input reached them; the request id leads from this line to the audit entry instead.
 */
export function logUnexpected(requestId: string, where: string, err: unknown): void {
  console.error(`[route] ${requestId} ${where} failed: ${describeForLog(err)}`);
}

/** `DrizzleQueryError ← error code=23505` plus the outermost error's frames; no message text. */
export function describeForLog(err: unknown): string {
  const chain: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    chain.push(errorLabel(current));
    current = typeof current === "object" && "cause" in current ? current.cause : undefined;
  }
  const frames = err instanceof Error ? stackFrames(err.stack) : [];
  return redact([chain.join(" ← "), ...frames].join("\n"));
}

function errorLabel(err: unknown): string {
  if (typeof err !== "object" || err === null) return typeof err;
  const name = err instanceof Error ? err.name : (err.constructor?.name ?? "object");
  const code = "code" in err && (typeof err.code === "string" || typeof err.code === "number") ? err.code : null;
  // Codes are short identifiers (SQLSTATE, errno names); anything else in `code` is not trusted into the log.
  return code !== null && /^[A-Za-z0-9_.-]{1,40}$/.test(String(code))
    ? `${safeName(name)} code=${code}`
    : safeName(name);
}

const safeName = (name: string) => (/^[A-Za-z0-9_$.-]{1,60}$/.test(name) ? name : "Error");

/** Only the `at …` lines: the stack's head repeats the message. */
function stackFrames(stack: string | undefined): string[] {
  return (stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 15)
    .map((line) => line.replace(/\s+/, "    "));
}
