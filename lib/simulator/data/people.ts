/** The demo cast. Emails follow `first.last@westeros.inc`; `org` 0 is the parent, 1 the linked org. */

export interface Person {
  first: string;
  last: string;
  org: 0 | 1;
  role: string;
}

const p = (first: string, last: string, org: 0 | 1, role = "user"): Person => ({ first, last, org, role });

export const DEMO_PEOPLE: readonly Person[] = [
  p("Tyrion", "Lannister", 0, "primary_owner"),
  p("Sansa", "Stark", 0, "owner"),
  p("Eddard", "Stark", 0, "admin"),
  p("Jon", "Snow", 0),
  p("Arya", "Stark", 0),
  p("Bran", "Stark", 0, "claude_code_user"),
  p("Robb", "Stark", 0),
  p("Catelyn", "Stark", 0),
  p("Cersei", "Lannister", 0),
  p("Jaime", "Lannister", 0),
  p("Tywin", "Lannister", 0, "admin"),
  p("Brienne", "Tarth", 0),
  p("Samwell", "Tarly", 0, "developer"),
  p("Davos", "Seaworth", 0, "membership_admin"),
  p("Stannis", "Baratheon", 0),
  p("Robert", "Baratheon", 0),
  p("Joffrey", "Baratheon", 0),
  p("Petyr", "Baelish", 0, "billing"),
  p("Sandor", "Clegane", 0),
  p("Gregor", "Clegane", 0),
  p("Theon", "Greyjoy", 0),
  p("Yara", "Greyjoy", 0),
  p("Margaery", "Tyrell", 0),
  p("Olenna", "Tyrell", 0),
  p("Oberyn", "Martell", 0, "developer"),
  p("Ellaria", "Sand", 0),
  p("Gendry", "Waters", 0),
  p("Meera", "Reed", 0),
  p("Hodor", "Walder", 0, "managed"),
  p("Tormund", "Giantsbane", 0),
  p("Daenerys", "Targaryen", 1, "owner"),
  p("Jorah", "Mormont", 1, "admin"),
  p("Missandei", "Naath", 1),
  p("Torgo", "Nudho", 1),
  p("Daario", "Naharis", 1),
  p("Illyrio", "Mopatis", 1, "billing"),
  p("Jaqen", "Hghar", 1, "developer"),
  p("Xaro", "Daxos", 1),
  p("Viserys", "Targaryen", 1),
  p("Barristan", "Selmy", 1, "membership_admin"),
];

/** Preferred custodians for the demo, in the order the console should offer them. */
export const PREFERRED_CUSTODIANS = [
  "jon.snow",
  "arya.stark",
  "sansa.stark",
  "tyrion.lannister",
  "daenerys.targaryen",
  "cersei.lannister",
  "jaime.lannister",
  "brienne.tarth",
  "davos.seaworth",
  "jorah.mormont",
  "bran.stark",
  "missandei.naath",
  "samwell.tarly",
] as const;

/** Owner of the 1 GiB upload: never a demo custodian (fault-run tests download every custodian file). */
export const BIG_FILE_OWNER = "petyr.baelish";
export const LONG_CHAT_OWNER = "samwell.tarly";
export const TOOL_CHAT_OWNER = "arya.stark";
export const HOSTILE_OWNER = "cersei.lannister";

export const EMAIL_DOMAIN = "westeros.inc";

export function emailOf(first: string, last: string, n?: number): string {
  const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "");
  return `${local}${n === undefined ? "" : `.${n}`}@${EMAIL_DOMAIN}`;
}

/** Large-profile names: every first name with every last name, numbered so emails stay unique. */
export function largePerson(u: number): Person {
  const cast = DEMO_PEOPLE;
  const first = cast[u % cast.length].first;
  const last = cast[Math.floor(u / cast.length) % cast.length].last;
  const roles = ["user", "user", "user", "user", "developer", "claude_code_user", "user", "managed"];
  return {
    first,
    last,
    org: u % 5 === 4 ? 1 : 0,
    role: u === 0 ? "primary_owner" : u === 1 ? "owner" : roles[u % roles.length],
  };
}

export const MODELS = [
  "claude-opus-4-5-20251101",
  "claude-sonnet-4-5-20250929",
  "claude-sonnet-4-5-20250929",
  "claude-haiku-4-5-20251001",
  "claude-opus-4-1-20250805",
] as const;
