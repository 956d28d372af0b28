import { describe, expect, it } from "vitest";
import { Router } from "@/lib/simulator/http/router";
import { ROUTES } from "@/lib/simulator/http/routes";

// Reference §4: every endpoint with its method.
const CATALOGUE: [string, string, string][] = [
  ["A1", "GET", "/v1/compliance/activities"],
  ["O1", "GET", "/v1/compliance/organizations"],
  ["O2", "GET", "/v1/compliance/organizations/U/users"],
  ["O3", "GET", "/v1/compliance/organizations/U/roles"],
  ["O4", "GET", "/v1/compliance/organizations/U/roles/R"],
  ["O5", "GET", "/v1/compliance/organizations/U/roles/R/permissions"],
  ["O6", "GET", "/v1/compliance/organizations/U/settings"],
  ["G1", "GET", "/v1/compliance/groups"],
  ["G2", "GET", "/v1/compliance/groups/G"],
  ["G3", "GET", "/v1/compliance/groups/G/members"],
  ["C1", "GET", "/v1/compliance/apps/chats"],
  ["C2", "GET", "/v1/compliance/apps/chats/C/messages"],
  ["C3", "DELETE", "/v1/compliance/apps/chats/C"],
  ["F1", "GET", "/v1/compliance/apps/chats/files/F"],
  ["F2", "GET", "/v1/compliance/apps/chats/files/F/content"],
  ["F3", "DELETE", "/v1/compliance/apps/chats/files/F"],
  ["GF1", "GET", "/v1/compliance/apps/chats/generated-files/F"],
  ["GF2", "GET", "/v1/compliance/apps/chats/generated-files/F/content"],
  ["AR1", "GET", "/v1/compliance/apps/artifacts/V"],
  ["AR2", "GET", "/v1/compliance/apps/artifacts/V/content"],
  ["P1", "GET", "/v1/compliance/apps/projects"],
  ["P2", "GET", "/v1/compliance/apps/projects/P"],
  ["P3", "DELETE", "/v1/compliance/apps/projects/P"],
  ["P4", "GET", "/v1/compliance/apps/projects/P/attachments"],
  ["P5", "GET", "/v1/compliance/apps/projects/P/collaborators"],
  ["D1", "GET", "/v1/compliance/apps/projects/documents/D"],
  ["D2", "GET", "/v1/compliance/apps/projects/documents/D/metadata"],
  ["D3", "DELETE", "/v1/compliance/apps/projects/documents/D"],
  ["LS1", "GET", "/v1/compliance/apps/sessions/local"],
  ["LS2", "GET", "/v1/compliance/apps/sessions/local/S"],
  ["LS3", "GET", "/v1/compliance/apps/sessions/local/S/messages"],
  ["RS1", "GET", "/v1/compliance/apps/sessions/remote"],
  ["RS2", "GET", "/v1/compliance/apps/sessions/remote/S/messages"],
  ["CA1", "GET", "/v1/compliance/apps/code/artifacts"],
  ["CA2", "GET", "/v1/compliance/apps/code/artifacts/A/versions/V"],
  ["CA3", "DELETE", "/v1/compliance/apps/code/artifacts/A"],
];

describe("route table", () => {
  const router = new Router(ROUTES);

  it.each(CATALOGUE)("%s is %s %s", (id, method, path) => {
    expect(router.match(method, path).match?.route.id).toBe(id);
  });

  it("has exactly the catalogue's endpoints", () => {
    expect(ROUTES.map((r) => r.id).sort()).toEqual(CATALOGUE.map(([id]) => id).sort());
  });

  it("prefers literal segments over parameters", () => {
    expect(router.match("GET", "/v1/compliance/apps/chats/files/messages").match?.route.id).toBe("F1");
    expect(router.match("GET", "/v1/compliance/apps/projects/documents/attachments").match?.route.id).toBe("D1");
  });

  it("decodes path parameters and refuses wrong methods, trailing slashes and bad escapes", () => {
    expect(router.match("GET", "/v1/compliance/apps/chats/a%20b/messages").match?.params).toEqual({
      claude_chat_id: "a b",
    });
    const wrongMethod = router.match("POST", "/v1/compliance/apps/chats");
    expect(wrongMethod.match).toBeUndefined();
    expect(wrongMethod.template).toBe("/v1/compliance/apps/chats");
    expect(router.match("GET", "/v1/compliance/apps/chats/").match).toBeUndefined();
    expect(router.match("GET", "/v1/compliance/apps/chats/%E0%A4%A/messages").match).toBeUndefined();
  });
});
