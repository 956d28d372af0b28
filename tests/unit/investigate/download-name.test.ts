import { describe, expect, it } from "vitest";
import { extensionFor, titledFilename } from "@/lib/server/files/download-name";
import { toCodeArtifactDto } from "@/lib/server/code-artifacts/to-code-artifact-dto";

describe("names of title-only downloads", () => {
  it("adds the served type's extension to a title, unless it already ends in it", () => {
    expect(titledFilename("Grain forecast dashboard", "text/html; charset=utf-8", "cartv_1")).toBe(
      "Grain forecast dashboard.html",
    );
    expect(titledFilename("index.html", "text/html", "cartv_1")).toBe("index.html");
    expect(titledFilename("Q3 report.v2", "application/pdf", "cartv_1")).toBe("Q3 report.v2.pdf");
    expect(titledFilename("Notes", "application/x-unknown", "cartv_1")).toBe("Notes");
  });

  it("falls back to file-<id> with the extension when there is no title", () => {
    expect(titledFilename(null, "text/html", "cartv_1")).toBe("file-cartv_1.html");
    expect(titledFilename("  ", null, "cartv_1")).toBe("file-cartv_1");
    expect(extensionFor("IMAGE/PNG")).toBe("png");
    expect(extensionFor(undefined)).toBeNull();
  });
});

describe("code artifact titles", () => {
  const version = (id: string, name: string | null) => ({ id, name, created_at: null });
  const artifact = (versions: ReturnType<typeof version>[], published: string | null) =>
    toCodeArtifactDto({ id: "cart_1", published_version_id: published, versions });

  it("knows an artifact by its published version's title, else its newest titled version's", () => {
    expect(artifact([version("v2", "Board"), version("v1", "Board (draft)")], "v1").title).toBe("Board (draft)");
    expect(artifact([version("v2", "Board"), version("v1", "Board (draft)")], null).title).toBe("Board");
  });

  it("treats a name that is only the version id as no title, and keeps it out of the download URL", () => {
    const dto = artifact([version("cartv_9", "cartv_9")], "cartv_9");
    expect(dto.title).toBeNull();
    expect(dto.versions[0]).toMatchObject({ name: "cartv_9", title: null });
    expect(dto.versions[0].downloadUrl).toBe("/api/code-artifacts/cart_1/versions/cartv_9/content");
    const named = artifact([version("v1", "Sales & ops")], "v1").versions[0];
    expect(named.downloadUrl).toBe("/api/code-artifacts/cart_1/versions/v1/content?name=Sales%20%26%20ops");
  });
});
