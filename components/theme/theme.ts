import { z } from "zod";

/**
 * The theme choice is kept in a cookie (so the server renders `<html class>` correctly on the first
 * paint, without an inline script that a strict CSP would have to allow) and mirrored in localStorage
 * (so a choice survives even if cookies are cleared on the next visit).
 */
export const THEME_COOKIE = "custody-theme";
export const THEME_STORAGE_KEY = "custody-theme";

export const ThemeChoice = z.enum(["system", "light", "dark"]);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** Anything unknown or missing means "follow the operating system". */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  const parsed = ThemeChoice.safeParse(value);
  return parsed.success ? parsed.data : "system";
}

/** The class for `<html>`: none for "system", so the `prefers-color-scheme` CSS applies. */
export function themeClassName(choice: ThemeChoice): string | undefined {
  return choice === "system" ? undefined : choice;
}

/** One year; the value is not sensitive and must outlive the session. */
export function themeCookieString(choice: ThemeChoice): string {
  return `${THEME_COOKIE}=${choice}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
