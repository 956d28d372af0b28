import { describe, expect, it } from "vitest";
import { checkScope } from "@/lib/simulator/http/auth";
import { attachmentDisposition, contentMd5, rfc5987Encode } from "@/lib/simulator/http/content/disposition";
import { ApiError } from "@/lib/simulator/http/errors";
import { formatReset, SlidingWindow } from "@/lib/simulator/http/rate-limit";
import { capMessage, cut } from "@/lib/simulator/http/tool-caps";
import type { Rec } from "@/lib/simulator/store/types";

describe("sliding window", () => {
  it("admits `limit` requests per trailing 60 s and frees slots as they age out", () => {
    const w = new SlidingWindow(3);
    const t = 1_000_000;
    for (const dt of [0, 10_000, 20_000]) {
      expect(w.hasRoom(t + dt)).toBe(true);
      w.consume(t + dt);
    }
    expect(w.hasRoom(t + 30_000)).toBe(false);
    expect(w.snapshot(t + 30_000)).toEqual({ limit: 3, remaining: 0, resetAt: t + 60_000 });
    expect(w.retryAfterSeconds(t + 30_000)).toBe(30);
    expect(w.hasRoom(t + 60_000)).toBe(true);
    expect(w.snapshot(t + 60_000).remaining).toBe(1);
    w.reset();
    expect(w.snapshot(t).remaining).toBe(3);
  });

  it("formats reset times as RFC 3339 seconds, rounded up", () => {
    expect(formatReset(Date.UTC(2026, 3, 21, 14, 38, 24, 1))).toBe("2026-04-21T14:38:25Z");
  });
});

describe("content headers", () => {
  it("percent-encodes everything outside RFC 5987 attr-char", () => {
    expect(rfc5987Encode("report v2.pdf")).toBe("report%20v2.pdf");
    expect(rfc5987Encode("Résumé – 履歴書.pdf")).toBe("R%C3%A9sum%C3%A9%20%E2%80%93%20%E5%B1%A5%E6%AD%B4%E6%9B%B8.pdf");
    const hostile = attachmentDisposition('../../etc/passwd\r\nX-Evil: "1"\u202Etxt.exe');
    expect(hostile).toMatch(/^attachment; filename\*=utf-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(hostile).toContain("..%2F..%2Fetc%2Fpasswd%0D%0AX-Evil%3A%20%221%22%E2%80%AEtxt.exe");
    expect(contentMd5("d41d8cd98f00b204e9800998ecf8427e")).toBe("1B2M2Y8AsgTpgAmY7PhCfg==");
  });
});

describe("scopes", () => {
  const key = (scopes: string[], type: "compliance_access_key" | "admin" = "compliance_access_key") => ({
    key: "k",
    type,
    scopes,
  });
  const message = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      if (err instanceof ApiError) return `${err.status} ${err.message}`;
    }
    return "allowed";
  };

  it("prints Python-style lists: 'Needed one of' on reads, 'Needed' on deletes", () => {
    const read = { scope: "read:compliance_user_data", access: "read" as const, adminAllowed: false };
    expect(message(() => checkScope(key(["read:compliance_activities"]), read))).toBe(
      "403 Missing required scopes. Got: ['read:compliance_activities'] Needed one of: ['read:compliance_user_data', 'read:org_audit']",
    );
    expect(message(() => checkScope(key(["read:org_audit"]), read))).toBe("allowed");
    const del = { scope: "delete:compliance_user_data", access: "delete" as const, adminAllowed: false };
    expect(message(() => checkScope(key(["read:org_audit"]), del))).toBe(
      "403 Missing required scopes. Got: ['read:org_audit'] Needed: ['delete:compliance_user_data']",
    );
  });

  it("lets admin keys reach only the activity feed", () => {
    const admin = key(["read:compliance_activities"], "admin");
    expect(
      message(() => checkScope(admin, { scope: "read:compliance_activities", access: "read", adminAllowed: true })),
    ).toBe("allowed");
    expect(
      message(() => checkScope(admin, { scope: "read:compliance_org_data", access: "read", adminAllowed: false })),
    ).toMatch(/^403 /);
  });
});

describe("tool caps", () => {
  it("cuts UTF-8 on a character boundary and marks blocks truncated", () => {
    expect(cut("ééé", 3, "bytes")).toBe("é");
    expect(cut("abc", 3, "bytes")).toBeUndefined();
    const msg: Rec = {
      id: "m",
      content: [
        { type: "text", text: "x".repeat(50) },
        { type: "tool_use", id: "t", name: "n", input: JSON.stringify({ q: "y".repeat(40) }), truncated: false },
        {
          type: "tool_result",
          tool_use_id: "t",
          name: "n",
          is_error: false,
          content: [{ type: "text", text: "z".repeat(40) }],
          truncated: false,
        },
      ],
    };
    const capped = capMessage(msg, { unit: "bytes", toolUseInput: 10, toolResult: 5 });
    expect(capped.content).toEqual([
      { type: "text", text: "x".repeat(50) },
      { type: "tool_use", id: "t", name: "n", input: '{"q":"yyyy', truncated: true },
      {
        type: "tool_result",
        tool_use_id: "t",
        name: "n",
        is_error: false,
        content: [{ type: "text", text: "zzzzz" }],
        truncated: true,
      },
    ]);
    expect(JSON.stringify(msg)).toContain('"truncated":false'); // the store's record is untouched
  });
});
