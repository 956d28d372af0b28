/**
 * The kinds of input the issue 10 review sent to every route: wrong types, huge strings, bad and out-of-range dates,
 * traversal, CR/LF/NUL and other controls, Unicode tricks, too many custodians, bad limits. Strings are as a route
 * sees them after decoding; the e2e spec sends the encoded forms over real HTTP.
 */

export const ONE_MIB = 1024 * 1024;
const HUGE = "a".repeat(ONE_MIB);

/** Well-formed ids in the upstream's alphabet, for lists: 11 and 60 custodians where 10 is the most. */
export const manyIds = (n: number) => Array.from({ length: n }, (_, i) => `user_abuse${String(i).padStart(4, "0")}`);

const CONTROL = ["a\u0000b", "\u0000", "a\r\nSet-Cookie: x=1", "a\nb", "\u001b[31mred", "a\u007fb", "\t"];
const UNICODE = [
  "\ud800", // lone high surrogate
  "a\udfffb", // lone low surrogate
  "a\u202eexe.txt", // right-to-left override
  "a\u200bb\u200d", // zero-width space and joiner
  "\ufeffbom",
  "\u00c0\u00ae\u00c0\u00ae", // what an overlong-encoded "..", decoded as Latin-1, looks like
  "%C0%AE%C0%AE", // and still percent-encoded (decoded once already)
  "ＡＢＣ１２３", // full-width letters and digits
  "e\u0301\u0301\u0301", // stacked combining marks
  "😀".repeat(50),
];
const TRAVERSAL = ["..", "../", "../../etc/passwd", "%2e%2e", "%2e%2e%2f", "..\\..\\windows", "/", "."];
const WRONG_TYPES = ["", " ", "abc", "[]", "{}", "null", "true", "undefined", "[object Object]"];
const NUMBERS = ["-1", "0", "-0", "1.5", "1e308", "99999999999999999999", "NaN", "Infinity", "-Infinity", "0x10"];
const DATES = [
  "yesterday",
  "2026-13-45T00:00:00Z",
  "2026-02-30T00:00:00Z",
  "2026-01-01T25:61:61Z",
  "-271821-04-20T00:00:00Z",
  "+275760-09-13T00:00:00Z",
  "0000-01-01T00:00:00Z",
  "1969-12-31T23:59:59Z",
  "9999-12-31T23:59:60Z",
  "8640000000000001",
];

/** Every path segment a route takes is tried with each of these. */
export const HOSTILE_IDS: string[] = [
  ...TRAVERSAL,
  ...CONTROL,
  ...UNICODE,
  ...WRONG_TYPES.filter((v) => v.trim() !== ""),
  "%",
  "%zz",
  "x".repeat(10_000),
  HUGE,
];

/** Every query key a route's base case uses, plus the common ones below, is tried with each of these. */
export const HOSTILE_QUERY_VALUES: string[] = [
  ...WRONG_TYPES,
  ...NUMBERS,
  ...DATES,
  ...CONTROL,
  ...UNICODE,
  ...TRAVERSAL.slice(0, 3),
  manyIds(11).join(","),
  manyIds(60).join(","),
  HUGE,
];

/** Keys tried on every route whether or not it takes them (an unknown key must be ignored or refused, not a 500). */
export const COMMON_QUERY_KEYS = ["limit", "cursor", "from", "to", "user_ids", "q", "a\u0000b", "__proto__"];

/** JSON values every field of a route's base body is replaced with in turn. */
export const HOSTILE_JSON_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  1.5,
  [],
  {},
  ["a", 1, null],
  { nested: { deeper: ["x"] } },
  "x".repeat(ONE_MIB - 100), // just under the body cap: the schema's max length must refuse it
  ...WRONG_TYPES,
  ...CONTROL,
  ...UNICODE,
  ...DATES.slice(4, 7),
  manyIds(11),
  Array.from({ length: 10_000 }, () => "analyst"),
];

/** Raw bodies (sent with Content-Type: application/json unless the entry says otherwise). */
export const HOSTILE_BODIES: Array<{ name: string; text: string; type?: string | null; length?: string }> = [
  { name: "malformed JSON", text: "{" },
  { name: "truncated JSON", text: '{"reference": "A' },
  { name: "trailing garbage", text: '{"a":1} x' },
  { name: "JSON null", text: "null" },
  { name: "JSON array", text: "[]" },
  { name: "JSON string", text: '"a\\u0000b"' },
  { name: "JSON number", text: "1e999" },
  { name: "prototype pollution", text: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}' },
  { name: "escaped NUL key", text: '{"a\\u0000b":"x"}' },
  { name: "lone surrogate escape", text: '{"name":"\\ud800","reason":"\\udfff"}' },
  { name: "deep nesting", text: `${"[".repeat(100_000)}${"]".repeat(100_000)}` },
  { name: "oversize body", text: JSON.stringify({ pad: "x".repeat(ONE_MIB + 16) }) },
  { name: "oversize declared length", text: "{}", length: String(ONE_MIB * 50) },
  { name: "text/plain", text: '{"reference":"A"}', type: "text/plain" },
  { name: "form-urlencoded", text: "reference=A&reason=B", type: "application/x-www-form-urlencoded" },
  { name: "multipart", text: "--x\r\n\r\nhi\r\n--x--", type: "multipart/form-data; boundary=x" },
  { name: "no content type", text: '{"reference":"A"}', type: null },
  { name: "UTF-16 claimed", text: '{"reference":"A"}', type: "application/json; charset=utf-16" },
  { name: "binary", text: "\u0000\u0001\u0002\u00ff\ufffd" },
];
