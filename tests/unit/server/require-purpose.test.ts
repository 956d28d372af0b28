import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentActor } from "@/lib/server/auth/current-actor";

const state = vi.hoisted(() => {
  const holder: { current: CurrentActor | null } = { current: null };
  return holder;
});

vi.mock("@/lib/server/auth/current-actor", () => ({ getCurrentActor: async () => state.current }));
vi.mock("next/navigation", () => ({
  // Like Next's redirect(): never returns.
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
}));

const { requirePurposeOrRedirect } = await import("@/lib/server/auth/require-purpose");

const actor = { id: "usr_1", email: "ana@example.com", name: "Ana", roles: ["analyst" as const] };
const purpose = {
  id: "pur_1",
  reference: "CASE-1",
  reason: "Litigation hold review",
  declaredAt: "2026-10-01T12:00:00.000Z",
};

describe("requirePurposeOrRedirect", () => {
  beforeEach(() => {
    state.current = null;
  });

  it("sends a signed-out visitor to sign-in, coming back to the page", async () => {
    await expect(requirePurposeOrRedirect("/chats/c1?q=x")).rejects.toThrow(
      `REDIRECT /sign-in?callbackUrl=${encodeURIComponent("/chats/c1?q=x")}`,
    );
  });

  it("sends an investigator without a purpose to /purpose, coming back to the page", async () => {
    state.current = { actor, sessionId: "ses_1", purpose: null };
    await expect(requirePurposeOrRedirect("/chats/c1")).rejects.toThrow(
      `REDIRECT /purpose?callbackUrl=${encodeURIComponent("/chats/c1")}`,
    );
  });

  it("never builds a redirect off the site from a hostile callback", async () => {
    state.current = { actor, sessionId: "ses_1", purpose: null };
    await expect(requirePurposeOrRedirect("https://evil.example/")).rejects.toThrow("REDIRECT /purpose");
  });

  it("returns the user and the purpose in force", async () => {
    state.current = { actor, sessionId: "ses_1", purpose };
    await expect(requirePurposeOrRedirect("/chats/c1")).resolves.toEqual({ actor, sessionId: "ses_1", purpose });
  });
});
