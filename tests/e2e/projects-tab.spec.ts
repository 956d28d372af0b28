import { expect, test } from "./support/fixtures";
import { openAsAnalyst, screenshotBothThemes, sim } from "./investigate-helpers";

// The Projects tab lists the projects the custodians own, collaborate on or chatted in during the window, and says
// which of those made each one appear; not only the projects created inside the window. Expectations are read from
// the simulator directly, as the console's own reads would see them.

type SimUserRef = { id: string; email_address: string | null } | null;
type SimChat = { id: string; created_at: string; project_id: string | null; user: SimUserRef };
type SimProject = { id: string; name: string; created_at: string; deleted_at: string | null; user: SimUserRef };
type SimCollaborator = { type: string; role: string; user_id?: string | null };

const HOUR = 3_600_000;

/**
 * A chat in a project someone else created well before it, and a user (neither its author nor the project's owner)
 * the project is shared with by name: the three custodians, and an hour around the chat as the window.
 */
async function chatInSomeoneElsesProject() {
  const chats = await sim<{ data: SimChat[] }>("/v1/compliance/apps/chats?limit=1000");
  for (const chat of chats.data) {
    if (!chat.project_id || !chat.user) continue;
    const project = await sim<SimProject>(`/v1/compliance/apps/projects/${chat.project_id}`);
    if (!project.user || project.user.id === chat.user.id || project.deleted_at) continue;
    if (Date.parse(project.created_at) > Date.parse(chat.created_at) - 2 * HOUR) continue;
    const collaborators = await sim<{ data: SimCollaborator[] }>(
      `/v1/compliance/apps/projects/${project.id}/collaborators?limit=100`,
    );
    const collaborator = collaborators.data.find(
      (c) =>
        c.type === "user" && c.role !== "owner" && c.user_id && ![chat.user!.id, project.user!.id].includes(c.user_id),
    );
    if (!collaborator?.user_id) continue;
    const at = Date.parse(chat.created_at);
    return {
      chat,
      project,
      collaborator: { id: collaborator.user_id, role: collaborator.role },
      custodians: [chat.user.id, project.user.id, collaborator.user_id],
      from: new Date(at - HOUR).toISOString(),
      to: new Date(at + HOUR).toISOString(),
    };
  }
  throw new Error("the demo profile has no chat in a shared project created by someone else");
}

async function simEmailOf(userId: string): Promise<string> {
  const orgs = await sim<{ data: Array<{ uuid: string }> }>("/v1/compliance/organizations");
  for (const org of orgs.data) {
    const users = await sim<{ data: Array<{ id: string; email: string }> }>(
      `/v1/compliance/organizations/${org.uuid}/users?limit=1000`,
    );
    const hit = users.data.find((u) => u.id === userId);
    if (hit) return hit.email;
  }
  throw new Error(`no simulator user ${userId}`);
}

test.describe("projects tab: why a project is listed", () => {
  test("lists the project the custodians' chats are in, though it was created before the window, and says why", async ({
    page,
  }) => {
    const found = await chatInSomeoneElsesProject();
    const { project, custodians, from, to } = found;
    expect(Date.parse(project.created_at)).toBeLessThan(Date.parse(from)); // not created in the window
    // The custodians' chats in the window that are in this project, as the list should count them.
    const inWindow = await sim<{ data: SimChat[] }>(
      `/v1/compliance/apps/chats?${custodians.map((u) => `user_ids[]=${u}`).join("&")}` +
        `&created_at.gte=${encodeURIComponent(from)}&created_at.lt=${encodeURIComponent(to)}&limit=1000`,
    );
    const chatsInProject = inWindow.data.filter((c) => c.project_id === project.id).length;
    expect(chatsInProject).toBeGreaterThan(0);

    await openAsAnalyst(page, `/projects?u=${custodians.join(",")}&from=${from}&to=${to}&preset=custom`);
    const row = page.getByTestId("project-row").filter({ has: page.locator(`a[href="/projects/${project.id}"]`) });
    await expect(row).toHaveCount(1);
    const why = row.getByTestId("project-why");
    await expect(why.getByTestId("why-chats")).toHaveText(
      `${chatsInProject} ${chatsInProject === 1 ? "chat" : "chats"} in window`,
    );
    // Its creator is a custodian: "owner", named in the Owner column; the collaborator is named with their role.
    await expect(why.getByTestId("why-owner")).toHaveText("owner");
    await expect(row).toContainText(project.user!.email_address ?? project.user!.id);
    const collaboratorEmail = await simEmailOf(found.collaborator.id);
    await expect(why.getByTestId("why-collaborator").filter({ hasText: collaboratorEmail })).toHaveText(
      `${found.collaborator.role}: ${collaboratorEmail}`,
    );
    // The table says what it covers, and how much of the window's chats it read.
    await expect(page.getByTestId("project-list-coverage")).toContainText(`${inWindow.data.length}`);
    await screenshotBothThemes(page, "projects-why-listed");
  });
});
