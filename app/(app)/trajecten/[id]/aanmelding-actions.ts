"use server";

// The school's part of the aanmelding in a traject: consent and naming the student. Thin, like
// the transition actions: parse, take the signed-in user, and let lib/aanmelding do the rest.
import { linkStudent, recordConsent, withdrawConsent, ZIntrekking, ZLeerling, ZToestemming } from "@/lib/aanmelding/consent";
import { assignTeam, ZToewijzing } from "@/lib/aanmelding/assignment";
import { vraagToestemmingPerLink, ZToestemmingVragen } from "@/lib/aanmelding/consent-link";
import { answerInformation, askInformation, ZAntwoord, ZVraag } from "@/lib/aanmelding/dossiercheck";
import { uploadOpp, ZOppUpload } from "@/lib/aanmelding/opp";
import { dossierActie } from "./dossier-action";

export const recordConsentAction = dossierActie(ZToestemming, recordConsent, "TOESTEMMING_VASTGELEGD");
export const withdrawConsentAction = dossierActie(ZIntrekking, withdrawConsent, "TOESTEMMING_INGETROKKEN");
export const requestConsentLinkAction = dossierActie(ZToestemmingVragen, vraagToestemmingPerLink, "TOESTEMMING_GEVRAAGD");
export const linkStudentAction = dossierActie(ZLeerling, linkStudent, "LEERLING_GEKOPPELD");
export const askInformationAction = dossierActie(ZVraag, askInformation, "INFORMATIE_GEVRAAGD");
export const answerInformationAction = dossierActie(ZAntwoord, answerInformation, "INFORMATIE_GEGEVEN");
export const assignTeamAction = dossierActie(ZToewijzing, assignTeam, "TEAM_TOEGEWEZEN");

/** The OPP as a file, next to the form's text fields. */
export const uploadOppAction = dossierActie(
  ZOppUpload,
  async (ctx, { bestand, ...input }) => uploadOpp(ctx, input, bestand && { naam: bestand.name, bytes: new Uint8Array(await bestand.arrayBuffer()) }),
  "OPP_TOEGEVOEGD",
  { lees: (object, form) => ({ ...object, bestand: form.get("bestand") }) },
);
