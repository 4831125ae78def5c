// How long each category of a student's data is kept (DOMAIN.md, Privacy; docs/decisions/0018):
// the defaults, their settings and the rule that checks them. Pure, so the rules are tested
// directly; the retention run (./students.ts) applies them.

export const BEWAARTERMIJN = {
  SCHOOLDOSSIER: {
    label: "Het dossier dat de school deelt",
    uitleg: "jaar nadat het laatste traject van de leerling is afgesloten",
    env: "RETENTION_YEARS",
    standaard: 2,
    minimum: 1,
  },
  WERKAANTEKENINGEN: {
    label: "De eigen werkaantekeningen van het Topteam",
    uitleg: "jaar nadat het laatste traject van de leerling is afgesloten (jeugdhulp)",
    env: "RETENTION_TEAM_NOTES_YEARS",
    standaard: 20,
    minimum: 1,
  },
  TOEGANGSLOG: {
    label: "Het toegangslog (NEN 7513)",
    uitleg: "jaar na de registratie; nooit korter dan 5",
    env: "RETENTION_AUDIT_YEARS",
    standaard: 5,
    minimum: 5,
  },
  EXITANTWOORDEN: {
    label: "De toelichting bij exit-vragenlijsten",
    uitleg: "jaar na het invullen; de scores blijven voor de cijfers",
    env: "RETENTION_EXIT_YEARS",
    standaard: 2,
    minimum: 1,
  },
} as const;

export type Bewaarsoort = keyof typeof BEWAARTERMIJN;
export type Bewaartermijnen = Record<Bewaarsoort, number>;

/** The periods in years from the environment, with the defaults where unset; a wrong setting throws. */
export function bewaartermijnen(env: Record<string, string | undefined> = process.env): Bewaartermijnen {
  const termijnen = {} as Bewaartermijnen;
  for (const [soort, t] of Object.entries(BEWAARTERMIJN) as [Bewaarsoort, (typeof BEWAARTERMIJN)[Bewaarsoort]][]) {
    const years = Number(env[t.env] || t.standaard);
    if (!Number.isInteger(years) || years < t.minimum) throw new Error(`${t.env} must be a whole number of years, ${t.minimum} or more.`);
    termijnen[soort] = years;
  }
  return termijnen;
}

/** The day `years` calendar years before `today` (UTC dates): what closed on or before it is due. */
export function jarenVoor(today: Date, years: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()));
}
