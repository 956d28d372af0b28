import { hashedId } from "../data/ids";
import type { Json, Rec } from "./types";

/** tool_use / tool_result content blocks in the chat shape (reference §5.9). */

export function toolUseId(seed: number, g: number, j: number, b: number): string {
  return hashedId("toolu_", seed, `${g}:${j}:${b}`);
}

export function toolUse(id: string, name: string, input: Json, extra: Rec = {}, cutAt?: number): Rec {
  const encoded = JSON.stringify(input);
  // A truncated input is cut mid-string and is no longer valid JSON (reference §5.9/§5.16).
  const truncated = cutAt !== undefined && encoded.length > cutAt;
  return { type: "tool_use", id, name, input: truncated ? encoded.slice(0, cutAt) : encoded, ...extra, truncated };
}

export function toolResult(
  toolUseId: string,
  name: string,
  text: string,
  opts: { isError?: boolean; extra?: Rec; truncated?: boolean } = {},
): Rec {
  return {
    type: "tool_result",
    tool_use_id: toolUseId,
    name,
    is_error: opts.isError ?? false,
    content: [{ type: "text", text }],
    ...(opts.extra ?? {}),
    truncated: opts.truncated ?? false,
  };
}

export const text = (t: string): Rec => ({ type: "text", text: t });

export const GDRIVE = { integration_name: "Google Drive" };
export const LEDGER_MCP = { integration_name: "Iron Bank Ledger", mcp_server_url: "https://mcp.ironbank.example/sse" };

/** The scripted tool chat: web search, a Drive integration, an MCP server, an error and a truncated input. */
export function toolChatContent(seed: number, g: number, j: number): Rec[] {
  const id = (b: number) => toolUseId(seed, g, j, b);
  switch (j) {
    case 0:
      return [text("Find this week's news on Braavos harbour tariffs, then check our Drive sheet and the ledger.")];
    case 1:
      return [
        text("Let me search the web first."),
        toolUse(id(0), "web_search", { query: "Braavos harbour tariffs 2026" }),
        toolResult(
          id(0),
          "web_search",
          "1. Braavos raises harbour dues by 4% — The Braavosi Herald\n2. Tariff schedule FAQ — Iron Bank",
        ),
        text("Tariffs rose **4%** this quarter."),
      ];
    case 2:
      return [text("Now open the tariff tracker in Google Drive.")];
    case 3:
      return [
        toolUse(id(0), "google_drive_search", { query: "tariff tracker", page_size: 5 }, GDRIVE),
        toolResult(
          id(0),
          "google_drive_search",
          "Found: 'Tariff tracker 2026' (Sheet), last edited by Davos Seaworth",
          { extra: GDRIVE },
        ),
        text("The tracker is current up to last Friday."),
      ];
    case 4:
      return [text("Query the ledger for harbour fees paid this month.")];
    case 5:
      return [
        toolUse(id(0), "ledger_query", { sql: "select sum(amount) from fees where kind = 'harbour'" }, LEDGER_MCP),
        toolResult(id(0), "ledger_query", "PermissionDenied: the key cannot read table 'fees'", {
          isError: true,
          extra: LEDGER_MCP,
        }),
        toolUse(id(1), "ledger_query", { sql: "select sum(amount) from harbour_fees" }, LEDGER_MCP),
        toolResult(id(1), "ledger_query", "sum: 18250.00", { extra: LEDGER_MCP }),
        text("Harbour fees this month: **18,250 gold dragons**."),
      ];
    case 6:
      return [text("Run the full reconciliation over every ship manifest.")];
    default:
      return [
        toolUse(
          id(0),
          "code_execution",
          { code: `manifests = load_all()\n${"reconcile(manifests)\n".repeat(200)}`, timeout: 600 },
          {},
          180,
        ),
        toolResult(id(0), "code_execution", `${"row ok\n".repeat(400)}`.slice(0, 1000), { truncated: true }),
        text("Reconciliation finished; see `analysis.csv`."),
      ];
  }
}
