import { describe, expect, it } from "vitest";
import { safeContentType } from "@/lib/server/files/safe-content-type";

describe("download content types", () => {
  it.each([
    "text/html",
    "text/html; charset=utf-8",
    "application/xhtml+xml",
    "image/svg+xml",
    "text/xml",
    "application/xml",
    "application/rss+xml",
    "text/javascript",
    "application/javascript",
    "application/ecmascript",
    "multipart/related",
    "text/xsl",
    "not a type",
    "",
    null,
  ])("serves %j as opaque bytes", (raw) => {
    expect(safeContentType(raw)).toBe("application/octet-stream");
  });

  it.each([
    ["application/pdf", "application/pdf"],
    ["image/png", "image/png"],
    ["TEXT/CSV; charset=UTF-8; x=1", "text/csv; charset=utf-8"],
    [
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ],
    ['text/plain; charset="bad\r\nvalue"', "text/plain"],
  ])("keeps the inert type %j", (raw, expected) => {
    expect(safeContentType(raw)).toBe(expected);
  });
});
