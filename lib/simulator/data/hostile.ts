/**
 * Hostile strings the console must render inertly: script/HTML injection, javascript: links,
 * cross-origin Markdown images, path traversal, header-splitting CR/LF, quotes, non-ASCII,
 * right-to-left override and zero-width characters.
 */

export const HOSTILE_CHAT_NAMES = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)> Quarterly numbers",
  '<iframe src="https://evil.example/frame"></iframe> [click](javascript:alert(1))',
] as const;

export const HOSTILE_FILENAMES = [
  "<script>alert(1)</script>.pdf",
  "<img src=x onerror=alert(1)>.png",
  "../../etc/passwd",
  "ledger\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>.csv",
  'quarterly "final" numbers.xlsx',
  "Résumé – 履歴書.pdf",
  "invoice\u202Efdp.exe",
  "zero\u200Bwidth\u200Dname\uFEFF.csv",
  "javascript:alert(1).pdf",
] as const;

export const HOSTILE_TEXTS = [
  "Please open this: <script>alert(document.cookie)</script> and <img src=x onerror=alert(1)>",
  "Here is the dashboard ![x](https://evil.example/x.png) and the [Iron Bank login](https://evil.example/login).",
  '[Click to verify](javascript:alert(1)) or <a href="javascript:alert(2)">here</a>.',
  '<iframe src="https://evil.example/frame" width="800"></iframe>\n\n<svg onload=alert(1)></svg>',
  "Tracking pixel: ![](https://evil.example/pixel.gif?u=jon) <style>body{display:none}</style>",
  "RTL override: \u202Etxt.exe\u202C and zero width: pass\u200Bword\u200C",
] as const;

/** Size of the one huge text message (characters == bytes: ASCII only). */
export const HUGE_MESSAGE_BYTES = 2 * 1024 * 1024;

export function hugeText(): string {
  const unit = "The Iron Bank will have its due. <b>bold?</b> ![x](https://evil.example/x.png)\n";
  return unit.repeat(Math.ceil(HUGE_MESSAGE_BYTES / unit.length)).slice(0, HUGE_MESSAGE_BYTES);
}
