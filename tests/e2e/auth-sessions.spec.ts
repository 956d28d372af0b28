import { request as playwrightRequest } from "@playwright/test";
import { BASE_URL } from "./support/e2e-env";
import { expect, signInWithForm, test } from "./support/fixtures";

const SESSION_COOKIE = "next-auth.session-token"; // e2e serves http: the plain name (https would be __Host-…)

test.describe("server-side sessions", () => {
  test("signing out ends the session on the server: the saved cookie replayed gets 401 (issue 10 §1)", async ({
    page,
  }) => {
    // Its own form sign-in: signing out a shared auth.setup session would end it for every later spec.
    await signInWithForm(page, "legal");
    const saved = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(saved, "a session cookie after sign-in").toBeDefined();
    const replay = await playwrightRequest.newContext({
      baseURL: BASE_URL,
      extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${saved?.value}` },
    });
    try {
      expect((await replay.get("/api/purpose")).status()).toBe(200);

      // next-auth's real sign-out: the menu's button POSTs /api/auth/signout with the CSRF token.
      await page.getByRole("button", { name: /^Account:/ }).click();
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in$/);

      const res = await replay.get("/api/purpose");
      expect(res.status()).toBe(401);
      expect(res.headers()["content-type"]).toMatch(/application\/json/);
      expect(await res.json()).toMatchObject({ error: { code: "unauthenticated" } });

      // A page opened with the old cookie goes to sign-in too (the proxy sees a signed token; the layout does not).
      if (saved) await page.context().addCookies([saved]);
      await page.goto("/investigate");
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Finvestigate$/);
      await expect(page.getByRole("heading", { name: "Sign in to Custody" })).toBeVisible();
    } finally {
      await replay.dispose();
    }
  });
});
