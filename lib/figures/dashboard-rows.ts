// The quarterly figures as rows, the one shape the page, the CSV, the XLSX and the PDF all show,
// so the files hold exactly what the screen does. Counts from 1 to 4 become "<5", and so does an
// average or share over fewer than 5 trajecten: it could point at a student.
import { EXIT_VOOR_LABEL, FOLLOW_UP_LABEL, STOP_REDEN_LABEL } from "../labels";
import type { Figuren, Periode, PerPeriode } from "./dashboard";
import { PERIODEN } from "./dashboard";
import { SUPPRESS_BELOW, suppressSmall, suppressWithTotal, type ShownTotal } from "./suppress";

/** A number, "<5", "•" (a total withheld to protect a small count) or null (nothing to show). */
export type Waarde = ShownTotal | null;

export interface Rij {
  cijfer: string;
  /** "aantal", "dagen" (an average), "%" (a share) or "score" (1 to 5). */
  eenheid: "aantal" | "dagen" | "%" | "score";
  waarden: PerPeriode<Waarde>;
}

export interface Sectie {
  titel: string;
  rijen: Rij[];
  /** Counts a person would rather compare at a glance: the page draws them as bars too. */
  grafiek?: boolean;
}

const aantal = (cijfer: string, per: (p: Periode) => number): Rij => ({ cijfer, eenheid: "aantal", waarden: per2((p) => suppressSmall(per(p))) });

/** A total row and the rows it is the sum of, suppressed together so no hidden part can be worked out. */
function metTotaal(cijfer: string, totaal: (p: Periode) => number, delen: { cijfer: string; per: (p: Periode) => number }[]): Rij[] {
  const shown = per2((p) => suppressWithTotal(totaal(p), delen.map((d) => d.per(p))));
  return [
    { cijfer, eenheid: "aantal", waarden: per2((p) => shown[p].totaal) },
    ...delen.map((d, i) => ({ cijfer: d.cijfer, eenheid: "aantal" as const, waarden: per2((p) => shown[p].delen[i]!) })),
  ];
}

/** An average or share, shown only when it is over at least 5 trajecten. */
function over(cijfer: string, eenheid: Rij["eenheid"], basis: (p: Periode) => number, waarde: (p: Periode) => number | null): Rij {
  return {
    cijfer,
    eenheid,
    waarden: per2((p) => {
      const n = basis(p);
      if (n === 0) return null;
      return n < SUPPRESS_BELOW ? "<5" : waarde(p);
    }),
  };
}

function per2<T>(maak: (p: Periode) => T): PerPeriode<T> {
  return Object.fromEntries(PERIODEN.map((p) => [p, maak(p)])) as PerPeriode<T>;
}

const share = (deel: number, geheel: number) => (geheel === 0 ? null : Math.round((deel / geheel) * 1000) / 10);

/** The rows of figures over three quarters, or (per: "schooljaar") three school years. */
export function dashboardSecties(d: Figuren, per: "kwartaal" | "schooljaar" = "kwartaal"): Sectie[] {
  const k = (p: Periode) => d.kern[p];
  return [
    {
      titel: "Instroom",
      grafiek: true,
      rijen: [
        aantal("Adviesvragen (preventief advies)", (p) => k(p).adviesvragen),
        aantal("Collegiale vooroverleggen", (p) => k(p).vooroverleggen),
        aantal("Aanvragen", (p) => k(p).aanvragen),
        aantal("Windstreekoverstijgend goedgekeurd", (p) => k(p).windstreekoverstijgend),
      ],
    },
    {
      titel: `Lopende trajecten per fase (einde ${per})`,
      grafiek: true,
      rijen: [
        aantal("Aanmelding", (p) => k(p).aanmelding),
        aantal("Onderzoek", (p) => k(p).onderzoek),
        aantal("Intensief", (p) => k(p).intensief),
        aantal("Borging", (p) => k(p).borging),
        aantal("Follow-up", (p) => k(p).followUp),
      ],
    },
    {
      titel: `Caseload en capaciteit per Topteam (einde ${per})`,
      grafiek: true,
      rijen: d.caseload.map((c) => aantal(`${c.topteam} (capaciteit ${c.capaciteit})`, (p) => c.aantallen[p])),
    },
    {
      titel: `Wachttijden (trajecten gestart in het ${per})`,
      rijen: [
        aantal("Gestart met onderzoek", (p) => k(p).gestart),
        over("Gemiddelde dagen van aanvraag tot goedkeuring", "dagen", (p) => k(p).gestart, (p) => k(p).wachtTotGoedkeuring),
        over("Gemiddelde dagen van goedkeuring tot kennismakingsgesprek", "dagen", (p) => k(p).gestart, (p) => k(p).wachtTotStart),
      ],
    },
    {
      titel: `Duur van de fasen tegen hun termijn (fasen afgesloten in het ${per})`,
      rijen: [
        aantal("Onderzoek afgesloten", (p) => k(p).onderzoekKlaar),
        over("Onderzoek: gemiddeld aantal dagen (termijn 28)", "dagen", (p) => k(p).onderzoekKlaar, (p) => k(p).onderzoekDagen),
        over("Onderzoek: deel over de termijn", "%", (p) => k(p).onderzoekKlaar, (p) => share(k(p).onderzoekTeLang, k(p).onderzoekKlaar)),
        aantal("Intensief afgesloten", (p) => k(p).intensiefKlaar),
        over("Intensief: gemiddeld aantal dagen (gepland 84, hoogstens 112)", "dagen", (p) => k(p).intensiefKlaar, (p) => k(p).intensiefDagen),
        over("Intensief: deel over de geplande duur", "%", (p) => k(p).intensiefKlaar, (p) => share(k(p).intensiefTeLang, k(p).intensiefKlaar)),
        aantal("Borging afgesloten", (p) => k(p).borgingKlaar),
        over("Borging: gemiddeld aantal dagen (termijn 3 maanden)", "dagen", (p) => k(p).borgingKlaar, (p) => k(p).borgingDagen),
        over("Borging: deel over de termijn", "%", (p) => k(p).borgingKlaar, (p) => share(k(p).borgingTeLang, k(p).borgingKlaar)),
      ],
    },
    {
      titel: `Uitkomsten (trajecten afgesloten in het ${per})`,
      rijen: [
        aantal("Afgerond", (p) => k(p).afgerond),
        aantal("Beëindigd na onderzoek", (p) => k(p).naOnderzoek),
        ...metTotaal(
          "Voortijdig gestopt",
          (p) => k(p).gestopt,
          d.stopRedenen
            .filter((s) => s.reden !== "NIET_PASSEND_NA_ONDERZOEK")
            .map((s) => ({ cijfer: `Gestopt: ${STOP_REDEN_LABEL[s.reden].toLowerCase()}`, per: (p: Periode) => s.aantallen[p] })),
        ),
      ],
    },
    {
      titel: `Follow-up (contacten in het ${per})`,
      rijen: d.followUps.flatMap((f) => [
        aantal(`${capital(FOLLOW_UP_LABEL[f.moment])}: vastgelegd`, (p) => f.aantallen[p].totaal),
        over(`${capital(FOLLOW_UP_LABEL[f.moment])}: nog op uitstroomniveau`, "%", (p) => f.aantallen[p].totaal, (p) => share(f.aantallen[p].opNiveau, f.aantallen[p].totaal)),
        over(`${capital(FOLLOW_UP_LABEL[f.moment])}: diploma verwacht`, "%", (p) => f.aantallen[p].totaal, (p) => share(f.aantallen[p].diploma, f.aantallen[p].totaal)),
      ]),
    },
    {
      titel: `Tevredenheid (exit-vragenlijsten in het ${per}, score 1 tot 5)`,
      rijen: d.tevredenheid.flatMap((t) => [
        aantal(`${EXIT_VOOR_LABEL[t.voor]}: ingevulde vragenlijsten`, (p) => t.aantallen[p].antwoorden),
        over(`${EXIT_VOOR_LABEL[t.voor]}: tevredenheid over het geheel`, "score", (p) => t.aantallen[p].antwoorden, (p) => t.aantallen[p].tevredenheid),
        over(`${EXIT_VOOR_LABEL[t.voor]}: samenwerking met het Topteam`, "score", (p) => t.aantallen[p].antwoorden, (p) => t.aantallen[p].samenwerking),
        over(`${EXIT_VOOR_LABEL[t.voor]}: bruikbaarheid van de adviezen`, "score", (p) => t.aantallen[p].antwoorden, (p) => t.aantallen[p].bruikbaarheid),
        over(`${EXIT_VOOR_LABEL[t.voor]}: wat het traject opleverde`, "score", (p) => t.aantallen[p].antwoorden, (p) => t.aantallen[p].resultaat),
      ]),
    },
    { titel: "Escalaties", rijen: [aantal("Stappen op de escalatieladder", (p) => k(p).escalaties)] },
  ];
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A value as the page and the files write it: "12", "6,5", "<5", "—". */
export function toon(waarde: Waarde, eenheid: Rij["eenheid"]): string {
  if (waarde === null) return "—";
  if (waarde === "<5" || waarde === "•") return waarde;
  const getal = waarde.toLocaleString("nl-NL", { maximumFractionDigits: 1 });
  return eenheid === "%" ? `${getal}%` : getal;
}

