import { describe, expect, test } from "vitest";
import { parseThemeChoice, themeClassName, themeCookieString } from "@/components/theme/theme";

describe("theme choice", () => {
  test("unknown or missing cookie values fall back to following the system", () => {
    expect(parseThemeChoice(undefined)).toBe("system");
    expect(parseThemeChoice("purple")).toBe("system");
    expect(parseThemeChoice("dark")).toBe("dark");
  });

  test("only an explicit choice puts a class on <html>", () => {
    expect(themeClassName("system")).toBeUndefined();
    expect(themeClassName("light")).toBe("light");
    expect(themeClassName("dark")).toBe("dark");
  });

  test("the cookie is site-wide and long-lived", () => {
    expect(themeCookieString("dark")).toBe("custody-theme=dark; Path=/; Max-Age=31536000; SameSite=Lax");
  });
});
