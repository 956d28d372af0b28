import type { Rng } from "./prng";

/** Plausible business chatter for chat names, prompts, answers and documents. */

export const TOPICS = [
  "the northern supply routes",
  "Q3 grain forecast",
  "the Iron Bank loan covenants",
  "Wall staffing plan",
  "dragonglass procurement",
  "the King's Landing office lease",
  "harbour tariffs in Braavos",
  "wildling onboarding",
  "the Riverlands vendor audit",
  "winter readiness budget",
  "the Small Council offsite",
  "ravens API migration",
  "Dorne trade agreement",
  "the Eyrie data retention policy",
  "ship manifests for Pentos",
  "castle maintenance SLAs",
  "the Tyrell wine contract",
  "Kingsguard shift roster",
  "maester training curriculum",
  "Essos market expansion",
] as const;

const ASKS = [
  "Summarise the open risks in {t}.",
  "Draft an email to the council about {t}.",
  "Can you turn these notes on {t} into a one-page brief?",
  "What are the key dates we must hit for {t}?",
  "Write a SQL query that totals spend for {t} by month.",
  "Review this plan for {t} and list anything missing.",
  "Compare the two vendor offers for {t}.",
  "Give me a Python script to clean up the spreadsheet about {t}.",
] as const;

const NAMES = [
  "Notes on {t}",
  "{T} – draft",
  "Questions about {t}",
  "{T} review",
  "Planning {t}",
  "Follow-up: {t}",
] as const;

const CODE = [
  "```sql\nSELECT date_trunc('month', paid_at) AS month, sum(amount) AS total\nFROM ledger\nWHERE cost_centre = 'north'\nGROUP BY 1\nORDER BY 1;\n```",
  '```python\nimport csv\n\nwith open("ledger.csv", newline="") as f:\n    rows = [r for r in csv.DictReader(f) if r["amount"]]\nprint(sum(float(r["amount"]) for r in rows))\n```',
  "```ts\nexport function dueDates(items: { name: string; due: Date }[]) {\n  return items.filter((i) => i.due.getTime() < Date.now()).map((i) => i.name);\n}\n```",
] as const;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (tpl: string, topic: string) => tpl.replace("{t}", topic).replace("{T}", capital(topic));

export function chatTitle(rng: Rng, topic: string): string {
  return fill(rng.pick(NAMES), topic);
}

export function userPrompt(rng: Rng, topic: string): string {
  return fill(rng.pick(ASKS), topic);
}

/** Markdown with headings, lists, emphasis and (often) a fenced code block; now and then a table-heavy brief. */
export function assistantAnswer(rng: Rng, topic: string): string {
  const points = [
    `Confirm owners for every workstream in ${topic}.`,
    "Flag contracts that renew before the end of the quarter.",
    "Keep a single source of truth for the numbers.",
    "Escalate blockers to the Hand within two days.",
    "Budget a 10% contingency for winter.",
  ];
  const n = rng.range(2, 4);
  const start = rng.int(points.length);
  const list = Array.from({ length: n }, (_, k) => `- ${points[(start + k) % points.length]}`).join("\n");
  const code = rng.chance(0.45) ? `\n\n${rng.pick(CODE)}` : "";
  // Drawn last, so the answers above come out as they always have for the same seed.
  if (rng.chance(0.2)) return richAnswer(rng, topic, list);
  return `## ${capital(topic)}\n\nHere is a **short** summary.\n\n${list}${code}\n\nLet me know if you want a *longer* version.`;
}

const OWNERS = ["Jon Snow", "Sansa Stark", "Davos Seaworth", "Brienne of Tarth", "Samwell Tarly"] as const;

/** What a long assistant answer looks like: sections, a table, numbered steps, a quote, inline and fenced code. */
function richAnswer(rng: Rng, topic: string, list: string): string {
  const rows = Array.from({ length: rng.range(3, 5) }, (_, k) => {
    const owner = OWNERS[(k + rng.int(OWNERS.length)) % OWNERS.length];
    const status = rng.pick(["on track", "at risk", "blocked", "done"] as const);
    return `| ${k + 1} | ${owner} | ${status} | ${(rng.next() * 50_000).toFixed(0)} |`;
  });
  return [
    `## ${capital(topic)}: status brief`,
    "",
    `A review of **${topic}** as of this week. The figures come from the \`ledger\` table.`,
    "",
    "### Workstreams",
    "",
    "| # | Owner | Status | Spend (gold dragons) |",
    "| ---: | --- | --- | ---: |",
    ...rows,
    "",
    "### Next steps",
    "",
    "1. Reconcile the spend with the Iron Bank statement.",
    "2. Ask each owner for a revised date.",
    "3. Re-run the totals:",
    "",
    "```sql",
    "SELECT cost_centre, sum(amount) AS total",
    "FROM ledger",
    "WHERE paid_at >= date_trunc('quarter', now())",
    "GROUP BY cost_centre;",
    "```",
    "",
    "### Risks",
    "",
    list,
    "",
    "> Winter is coming: anything still *at risk* by the next council goes to the Hand.",
    "",
    "Sources: [the council minutes](https://wiki.westeros.example/council/minutes) and the `ravens` archive.",
  ].join("\n");
}

/** Working notes in Markdown: a title, then one numbered section per answer, each keeping its own lines. */
export function documentText(rng: Rng, topic: string, paragraphs: number): string {
  const lines = [`# ${capital(topic)}: working notes`, ""];
  for (let i = 0; i < paragraphs; i++) {
    // The answer's own heading becomes the section's, numbered; lists and code keep their line breaks.
    const body = assistantAnswer(rng, topic).replace(/^## /, `## ${i + 1}. `);
    lines.push(body, "");
  }
  return `${lines.join("\n")}\n`;
}

export function csvText(rng: Rng, rows: number): string {
  const out = ["date,cost_centre,item,amount"];
  const centres = ["north", "crownlands", "reach", "iron_islands", "essos"];
  const items = ["grain", "timber", "dragonglass", "wine", "ravens", "steel"];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    out.push(`2026-0${1 + (i % 9)}-${day},${rng.pick(centres)},${rng.pick(items)},${(rng.next() * 10000).toFixed(2)}`);
  }
  return `${out.join("\n")}\n`;
}
