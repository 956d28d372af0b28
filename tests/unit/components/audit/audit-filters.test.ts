import { expect, test } from "vitest";
import { AuditQuery } from "@/lib/schemas/audit";
import {
  auditFilterDetails,
  auditSearchString,
  readAuditFilterParams,
  toDatetimeLocal,
} from "@/lib/schemas/audit-filters";

test("reads known filters only, trims them and reads zone-less times as UTC", () => {
  const params = readAuditFilterParams({
    actor: " a@b.c ",
    action: ["auth.sign_in", "x"],
    target: "",
    from: "2026-10-01T12:00",
    to: "2026-10-02T00:00:00Z",
    evil: "1",
  });
  expect(params).toEqual({
    actor: "a@b.c",
    action: "auth.sign_in",
    from: "2026-10-01T12:00Z",
    to: "2026-10-02T00:00:00Z",
  });
  const filter = AuditQuery.parse(params);
  expect(filter.from?.toISOString()).toBe("2026-10-01T12:00:00.000Z");
  expect(auditFilterDetails(filter)).toEqual({
    actor: "a@b.c",
    action: ["auth.sign_in"],
    from: "2026-10-01T12:00:00.000Z",
    to: "2026-10-02T00:00:00.000Z",
  });
});

test("builds the URL of a filtered view and round-trips times into the datetime inputs", () => {
  expect(auditSearchString({ actor: "a b", action: "audit.view" }, { format: "csv", cursor: undefined })).toBe(
    "?actor=a+b&action=audit.view&format=csv",
  );
  expect(auditSearchString({})).toBe("");
  expect(toDatetimeLocal("2026-10-01T12:00Z")).toBe("2026-10-01T12:00");
  expect(toDatetimeLocal("garbage")).toBe("");
});
