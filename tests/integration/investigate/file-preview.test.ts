import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileContentRoute } from "@/lib/server/files/routes";
import { findInCustodianMessages } from "./support/finders";
import { detail, errorOf, startInvestigation, type Investigation } from "./support/harness";

// A project attachment's inline image asks for `?preview=1`: the trail must tell a glance (`file.preview`) from a
// saved copy (`file.download`), and the preview form must never serve anything but the four raster image types.
describe("file previews", () => {
  let t: Investigation;
  beforeAll(async () => {
    t = await startInvestigation();
  });
  afterAll(async () => t?.close());

  const content = (fileId: string, query = "") =>
    t.call(fileContentRoute, `/api/files/${fileId}/content${query}`, { fileId });

  it("serves an image inline and audits it as file.preview, with the file's name", async () => {
    const image = findInCustodianMessages(t.store, "files", (f) => f.mime_type === "image/png");
    const id = String(image.id);
    const res = await content(id, "?preview=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toMatch(/^inline; filename="/);
    expect(res.headers.get("content-security-policy")).toBe("sandbox");
    await res.arrayBuffer();

    const last = (await t.auditOf()).at(-1)!;
    expect(last).toMatchObject({ action: "file.preview", outcome: "success" });
    expect(last.targets).toEqual([{ type: "file", id, label: image.filename }]);

    const download = await content(id);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; /);
    await download.arrayBuffer();
    expect((await t.auditOf()).at(-1)).toMatchObject({ action: "file.download", outcome: "success" });
  });

  it("refuses the preview form for anything but a raster image, and records the attempt", async () => {
    const other = findInCustodianMessages(
      t.store,
      "files",
      (f) => typeof f.mime_type === "string" && !f.mime_type.startsWith("image/"),
    );
    const id = String(other.id);
    const err = await errorOf(await content(id, "?preview=1"));
    expect(err).toMatchObject({ status: 422, code: "invalid_input" });
    expect(Object.keys(err.fields ?? {})).toEqual(["preview"]);
    const last = (await t.auditOf()).at(-1)!;
    expect(last).toMatchObject({ action: "file.preview", outcome: "failure" });
    expect(detail(last, "error")).toBe("not_previewable");
  });

  it("names the field when the preview flag is malformed", async () => {
    const image = findInCustodianMessages(t.store, "files", (f) => f.mime_type === "image/png");
    const err = await errorOf(await content(String(image.id), "?preview=yes"));
    expect(err).toMatchObject({ status: 422, code: "invalid_input" });
    expect(Object.keys(err.fields ?? {})).toEqual(["preview"]);
  });
});
