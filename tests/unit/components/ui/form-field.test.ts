import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { SelectInput, TextArea, TextInput } from "@/components/ui/form-field";

// The e2e specs find controls by their label and check aria-invalid; these pin that wiring down.
const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);
const tag = (out: string, name: string) => out.match(new RegExp(`<${name}[^>]*>`))?.[0] ?? "";

test("labels the control, and links the hint to it", () => {
  const out = html(createElement(TextInput, { id: "ref", label: "Reference", hint: "The case id", name: "reference" }));
  expect(out).toContain('<label for="ref"');
  const input = tag(out, "input");
  for (const attr of ['id="ref"', 'name="reference"', 'aria-describedby="ref-hint"']) expect(input).toContain(attr);
  expect(out).toContain('<p id="ref-hint"');
  expect(out).not.toContain("aria-invalid");
});

test("shows the server's field errors under the control and marks it invalid", () => {
  const out = html(createElement(TextArea, { id: "reason", label: "Reason", errors: ["Too short.", "Say why."] }));
  expect(tag(out, "textarea")).toContain('aria-invalid="true"');
  expect(out).toContain("Too short. Say why.</p>");
  expect(out).not.toContain("aria-describedby");
});

test("`invalid` marks the control without a message; an empty error list marks nothing", () => {
  const marked = html(createElement(TextInput, { id: "email", label: "Email", invalid: true }));
  expect(tag(marked, "input")).toContain('aria-invalid="true"');
  expect(marked).not.toContain("<p");
  expect(html(createElement(TextInput, { id: "email", label: "Email", errors: [] }))).not.toContain("aria-invalid");
});

test("keeps the caller's classes after the shared ones and passes options through a select", () => {
  expect(tag(html(createElement(TextInput, { id: "a", label: "A", className: "font-mono" })), "input")).toMatch(
    /class="[^"]*h-9[^"]* font-mono"/,
  );
  const select = html(
    createElement(
      SelectInput,
      { id: "o", label: "Outcome", defaultValue: "b" },
      createElement("option", { value: "a" }, "A"),
      createElement("option", { value: "b" }, "B"),
    ),
  );
  expect(tag(select, "select")).toContain('id="o"');
  expect(select).toContain('<option value="b" selected="">B</option>');
});
