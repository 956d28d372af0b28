import "server-only";

/** Web `Headers` (route handlers) or a plain record (next-auth hands `authorize` one). */
export type HeaderSource = Headers | Record<string, unknown> | undefined;

export function header(source: HeaderSource, name: string): string | null {
  if (!source) return null;
  if (source instanceof Headers) return source.get(name);
  const value = source[name];
  return typeof value === "string" ? value : null;
}
