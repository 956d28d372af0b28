import { describe, expect, it } from "vitest";
import { imagePlaceholder, linkDestination } from "@/components/transcript/safe-url";

// Issue 10 §8: a link in custodian content is followable only to the web, and only after the reviewer has seen
// where it goes; these are the parts the prompt shows.
describe("linkDestination", () => {
  it("splits an https link into scheme, host and the rest", () => {
    expect(linkDestination("https://wiki.westeros.example/council/minutes?y=298#vote")).toEqual({
      href: "https://wiki.westeros.example/council/minutes?y=298#vote",
      scheme: "https",
      userinfo: "",
      host: "wiki.westeros.example",
      rest: "/council/minutes?y=298#vote",
      isSecure: true,
    });
  });

  it("marks plain http as not secure and keeps a port with the host", () => {
    expect(linkDestination("http://example.com:8080")).toMatchObject({
      href: "http://example.com:8080/",
      host: "example.com:8080",
      rest: "/",
      isSecure: false,
    });
  });

  it("sets a user@ prefix apart, so it cannot pass for the host", () => {
    expect(linkDestination("https://ironbank.example:secret@evil.example/login")).toMatchObject({
      userinfo: "ironbank.example:secret@",
      host: "evil.example",
    });
  });

  it("shows an international host as the browser will contact it (punycode), defeating look-alikes", () => {
    expect(linkDestination("https://аpple.example/")?.host).toBe("xn--pple-43d.example");
  });

  it("never makes other schemes followable: javascript:, data:, file:, mailto:, blob:, relative, malformed", () => {
    for (const href of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "java\tscript:alert(1)",
      " javascript:alert(1)",
      "java\u200bscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "mailto:jon@westeros.inc",
      "blob:https://example.com/uuid",
      "ftp://example.com/x",
      "/relative",
      "//evil.example/x",
      "https://",
      "",
      null,
      undefined,
    ]) {
      expect(linkDestination(href), String(href)).toBeNull();
    }
  });
});

describe("imagePlaceholder", () => {
  it("names the image and its URL as text instead of loading it", () => {
    expect(imagePlaceholder("x", "https://evil.example/x.png")).toBe("[image: x — https://evil.example/x.png]");
    expect(imagePlaceholder("", undefined)).toBe("[image: untitled — no url]");
  });
});
