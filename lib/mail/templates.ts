// The e-mails the app sends, in Dutch, as plain text and HTML. By construction they hold no
// student's name and no dossier content: only what happened, where (a team's name) and a link
// that asks the reader to sign in. Pure, so every template is tested for that directly.

export interface MailInhoud {
  onderwerp: string;
  tekst: string;
  html: string;
}

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const VOET = "U ontvangt dit bericht van Toptrajecten omdat u er een account heeft. Gegevens over leerlingen staan nooit in een e-mail: meld u aan om ze te zien.";

/** One message: a greeting, the paragraphs, one link to act on, and why the reader gets it. */
function bericht(onderwerp: string, alineas: string[], link: { tekst: string; url: string }, { aanhef = "Beste collega,", voet = VOET } = {}): MailInhoud {
  return {
    onderwerp,
    tekst: [aanhef, ...alineas, `${link.tekst}: ${link.url}`, "", voet].join("\n\n"),
    html: [
      `<!doctype html><html lang="nl"><body style="font-family: sans-serif; line-height: 1.5">`,
      `<p>${escape(aanhef)}</p>`,
      ...alineas.map((a) => `<p>${escape(a).replaceAll("\n", "<br>")}</p>`),
      `<p><a href="${escape(link.url)}">${escape(link.tekst)}</a></p>`,
      `<p style="color: #555; font-size: 0.9em">${escape(voet)}</p>`,
      `</body></html>`,
    ].join("\n"),
  };
}

export const MAILS = {
  /** To the team's gedragswetenschapper: an approved request is theirs now. */
  aanvraagVoorTeam: ({ team, url }: { team: string; url: string }) =>
    bericht(
      "Nieuwe goedgekeurde aanvraag voor uw Topteam",
      [`De onderwijsadviseur heeft een aanvraag goedgekeurd voor ${team}. Het traject wacht op het kennismakingsgesprek.`],
      { tekst: "Open het traject", url },
    ),
  /** To the coördinator: an approved request waits for a team, because its own is full. */
  aanvraagWachtOpTeam: ({ url }: { url: string }) =>
    bericht(
      "Goedgekeurde aanvraag wacht op toewijzing",
      ["Een aanvraag is goedgekeurd, maar het Topteam van de windstreek zit vol. Wijs het traject toe aan een Topteam."],
      { tekst: "Open het traject", url },
    ),
  /** To the school's zorgcoördinator: the onderwijsadviseur asks for more information. */
  informatieGevraagd: ({ url }: { url: string }) =>
    bericht(
      "Aanvullende informatie gevraagd bij een aanvraag",
      ["De onderwijsadviseur vraagt aanvullende informatie bij een aanvraag van uw school. De aanvraag wacht op uw antwoord."],
      { tekst: "Open de aanvraag", url },
    ),
  /** To the onderwijsadviseur who asked: the school answered. */
  informatieBeantwoord: ({ url }: { url: string }) =>
    bericht(
      "De school heeft uw vraag beantwoord",
      ["De school heeft de aanvullende informatie gegeven waar u om vroeg bij een aanvraag. De dossiercheck kan verder."],
      { tekst: "Open de aanvraag", url },
    ),
  /** To the gedragswetenschapper of the team a traject of another windstreek was assigned to. */
  toegewezenUitAndereWindstreek: ({ team, url }: { team: string; url: string }) =>
    bericht(
      "Traject uit een andere windstreek voor uw Topteam",
      [`De coördinator heeft een goedgekeurde aanvraag van een school buiten uw windstreek toegewezen aan ${team}, omdat het eigen Topteam vol zit. Het traject wacht op het kennismakingsgesprek.`],
      { tekst: "Open het traject", url },
    ),
  /** Monday's digest: how many tasks of each kind; no traject, no student. */
  weekoverzicht: ({ regels, totaal, url }: { regels: { label: string; aantal: number }[]; totaal: number; url: string }) =>
    bericht(
      `Uw taken in Toptrajecten deze week: ${totaal}`,
      [
        `U heeft ${totaal === 1 ? "1 taak" : `${totaal} taken`} in Toptrajecten:`,
        regels.map((r) => `- ${r.label}: ${r.aantal}`).join("\n"),
        "U kunt dit weekoverzicht uitzetten onder Meldingen in Toptrajecten.",
      ],
      { tekst: "Open Mijn taken", url },
    ),
  /** To a new account: choose a password. `url` is the link's placeholder (lib/users/token-link.ts). */
  uitnodiging: ({ naam, rol, url }: { naam: string; rol: string; url: string }) =>
    bericht(
      "Uw account voor Toptrajecten",
      [
        `Er is een account voor u gemaakt in Toptrajecten, als ${rol}, op naam van ${naam}.`,
        "Kies uw wachtwoord via de link hieronder. De link werkt één keer en is 7 dagen geldig. Verwacht u dit bericht niet, dan kunt u het negeren.",
      ],
      { tekst: "Kies uw wachtwoord", url },
    ),
  /** "Wachtwoord vergeten?": a new password. */
  wachtwoordHerstel: ({ url, uren }: { url: string; uren: number }) =>
    bericht(
      "Een nieuw wachtwoord voor Toptrajecten",
      [
        "Iemand heeft gevraagd om een nieuw wachtwoord voor uw account in Toptrajecten.",
        `Kies een nieuw wachtwoord via de link hieronder. De link werkt één keer en is ${uren} uur geldig. Heeft u dit niet gevraagd, dan kunt u dit bericht negeren: uw wachtwoord blijft dan hetzelfde.`,
      ],
      { tekst: "Kies een nieuw wachtwoord", url },
    ),
  /**
   * To parents or a student, who have no account: the school asks consent. It names the school,
   * never the student; the link opens the versioned consent text. `url` is the link's placeholder.
   */
  toestemmingGevraagd: ({ school, url, tot }: { school: string; url: string; tot: string }) =>
    bericht(
      `${school} vraagt uw toestemming voor een Toptraject`,
      [
        `${school} wil een Toptraject aanvragen bij het Samenwerkingsverband VO Amsterdam-Diemen. Daarvoor vraagt de school uw toestemming om gegevens te delen met het samenwerkingsverband en het Topteam.`,
        `Via de link hieronder leest u wat dat betekent, wie wat ziet, en geeft of weigert u uw toestemming. De link is geldig tot en met ${tot}. Met dezelfde link kunt u uw toestemming later weer intrekken.`,
        "Heeft u vragen? Neem contact op met de zorgcoördinator van de school.",
      ],
      { tekst: "Lees en beantwoord het verzoek", url },
      { aanhef: "Beste ouder, verzorger of leerling,", voet: "U ontvangt dit bericht omdat de school uw e-mailadres hiervoor heeft gebruikt. Toptrajecten bewaart uw e-mailadres niet." },
    ),
  /** To the zorgcoördinator who sent a consent link: it was answered. */
  toestemmingBeantwoord: ({ antwoord, code, url }: { antwoord: string; code: string; url: string }) =>
    bericht(
      `Toestemming ${antwoord} via de link (${code})`,
      [`Op uw verzoek om toestemming bij traject ${code} is geantwoord: de toestemming is ${antwoord}.`],
      { tekst: "Open het traject", url },
    ),
} satisfies Record<string, (data: never) => MailInhoud>;
export type MailSoort = keyof typeof MAILS;

/** Mails to someone without an account: once sent, the outbox forgets the address. */
export const ADRES_NIET_BEWAARD: ReadonlySet<MailSoort> = new Set(["toestemmingGevraagd"]);
