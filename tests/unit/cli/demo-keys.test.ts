import { describe, expect, test } from "vitest";
import { pickDemoKeys } from "@/lib/cli/demo-keys";
import type { SimKey } from "@/lib/simulator/store/types";

const readOnly: SimKey = { key: "ro", type: "compliance_access_key", scopes: ["read:compliance_user_data"] };
const full: SimKey = {
  key: "full",
  type: "compliance_access_key",
  scopes: [
    "read:compliance_activities",
    "read:compliance_user_data",
    "delete:compliance_user_data",
    "read:compliance_org_data",
  ],
};
const deactivated: SimKey = { ...full, key: "dead", scopes: [...full.scopes, "read:org_audit"], status: "deactivated" };
const admin: SimKey = { key: "adm", type: "admin", scopes: ["read:compliance_activities"] };

describe("pickDemoKeys", () => {
  test("picks the active access key with the most scopes, whatever the order", () => {
    expect(pickDemoKeys([readOnly, deactivated, admin, full])).toEqual({ accessKey: "full", adminKey: "adm" });
  });

  test("the admin key is optional", () => {
    expect(pickDemoKeys([full]).adminKey).toBeNull();
  });

  test("refuses a key list without an active access key", () => {
    expect(() => pickDemoKeys([deactivated, admin])).toThrow(/no active compliance access key/);
  });
});
