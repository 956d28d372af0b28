import { expect, test } from "vitest";
import { purposeUrl, safeCallbackUrl, signInUrl } from "@/lib/urls/safe-callback-url";

test("keeps same-site paths and refuses anything that could leave the site or loop", () => {
  expect(safeCallbackUrl("/audit?actor=x")).toBe("/audit?actor=x");
  for (const bad of [
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "/sign-in?callbackUrl=/x",
    "/api/users",
    "/a\nb",
    "",
    null,
    undefined,
  ]) {
    expect(safeCallbackUrl(bad), String(bad)).toBe("/");
  }
});

test("builds sign-in and purpose links that come back to the page", () => {
  expect(signInUrl("/admin/users")).toBe("/sign-in?callbackUrl=%2Fadmin%2Fusers");
  expect(signInUrl("/")).toBe("/sign-in");
  expect(purposeUrl("/investigate?from=1")).toBe("/purpose?callbackUrl=%2Finvestigate%3Ffrom%3D1");
  expect(purposeUrl("https://evil.example")).toBe("/purpose");
});
