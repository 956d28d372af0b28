import "server-only";

/**
 * One CSV cell (RFC 4180). Cells a spreadsheet would run as a formula get a leading apostrophe: audit
 * fields such as user agents and search terms come from users, and an export is opened by an auditor.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: (string | number | null)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
