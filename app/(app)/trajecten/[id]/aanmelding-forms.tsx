"use client";

// The forms of the aanmelding in a traject; each posts to an action in aanmelding-actions.ts.
import { ActionForm, type Action } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import {
  answerInformationAction,
  askInformationAction,
  assignTeamAction,
  linkStudentAction,
  recordConsentAction,
  requestConsentLinkAction,
  withdrawConsentAction,
} from "./aanmelding-actions";

interface Props {
  trajectId: string;
  version: number;
  vandaag: string;
}

/** The frame every dossier form shares: the traject and version it was loaded with, the form-level message, the button. */
export function DossierForm({ id, action, knop, trajectId, version, children }: Omit<Props, "vandaag"> & { id: string; action: Action; knop: string; children: Parameters<typeof ActionForm>[0]["children"] }) {
  return (
    <ActionForm id={id} action={action} knop={knop} verborgen={{ trajectId, version }}>
      {children}
    </ActionForm>
  );
}

export function ConsentForm(props: Props) {
  return (
    <DossierForm id="toestemming" action={recordConsentAction} knop="Toestemming vastleggen" {...props}>
      {(state) => (
        <>
          <SelectField
            id="toestemming-door"
            name="gegevenDoor" defaultValue={state.waarden?.gegevenDoor}
            label="Gegeven door"
            options={{ OUDERS: "Ouders of verzorgers", LEERLING: "De leerling zelf (16 jaar of ouder)" }}
            error={state.fouten?.gegevenDoor}
          />
          <TextField id="toestemming-naam" name="naamGever" defaultValue={state.waarden?.naamGever} label="Naam van wie toestemming gaf" error={state.fouten?.naamGever} />
          <TextField id="toestemming-datum" name="gegevenOp" label="Datum" type="date" defaultValue={state.waarden?.gegevenOp ?? props.vandaag} max={props.vandaag} error={state.fouten?.gegevenOp} />
        </>
      )}
    </DossierForm>
  );
}

/** Consent by link: the parents' or the student's address, used for the mail and not kept. */
export function ConsentLinkForm(props: Props) {
  return (
    <DossierForm id="toestemming-link" action={requestConsentLinkAction} knop="Verzoek versturen" {...props}>
      {(state) => (
        <>
          <SelectField
            id="toestemming-link-voor"
            name="voor"
            defaultValue={state.waarden?.voor}
            label="Aan"
            options={{ OUDERS: "Ouders of verzorgers", LEERLING: "De leerling zelf (16 jaar of ouder)" }}
            error={state.fouten?.voor}
          />
          <TextField
            id="toestemming-link-email"
            name="email"
            type="email"
            autoComplete="off"
            defaultValue={state.waarden?.email}
            label="E-mailadres"
            hint="Toptrajecten gebruikt het adres alleen voor deze e-mail en bewaart het niet."
            error={state.fouten?.email}
          />
        </>
      )}
    </DossierForm>
  );
}

export function WithdrawConsentForm({ consentId, omschrijving, ...props }: Props & { consentId: string; omschrijving: string }) {
  return (
    <DossierForm id={`intrekken-${consentId}`} action={withdrawConsentAction} knop={`Intrekken: ${omschrijving}`} {...props}>
      {(state) => (
        <>
          <input type="hidden" name="consentId" value={consentId} />
          <TextField
            id={`intrekken-${consentId}-datum`}
            name="ingetrokkenOp"
            label="Ingetrokken op"
            type="date"
            defaultValue={state.waarden?.ingetrokkenOp ?? props.vandaag}
            max={props.vandaag}
            error={state.fouten?.ingetrokkenOp ?? state.fouten?.consentId}
          />
        </>
      )}
    </DossierForm>
  );
}

export function LinkStudentForm(props: Props) {
  return (
    <DossierForm id="leerling" action={linkStudentAction} knop="Leerling op naam zetten" {...props}>
      {(state) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField id="leerling-voornaam" name="voornaam" defaultValue={state.waarden?.voornaam} label="Voornaam" autoComplete="off" error={state.fouten?.voornaam} />
          <TextField id="leerling-achternaam" name="achternaam" defaultValue={state.waarden?.achternaam} label="Achternaam" autoComplete="off" error={state.fouten?.achternaam} />
          <TextField id="leerling-geboortedatum" name="geboortedatum" defaultValue={state.waarden?.geboortedatum} label="Geboortedatum" type="date" max={props.vandaag} error={state.fouten?.geboortedatum} />
        </div>
      )}
    </DossierForm>
  );
}

export function AskInformationForm(props: Props) {
  return (
    <DossierForm id="vraag" action={askInformationAction} knop="Vraag versturen" {...props}>
      {(state) => (
        <>
          <TextAreaField id="vraag-tekst" name="vraag" defaultValue={state.waarden?.vraag} label="Vraag aan de school" maxLength={2000} error={state.fouten?.vraag} />
          <TextField id="vraag-datum" name="datum" label="Datum" type="date" defaultValue={state.waarden?.datum ?? props.vandaag} max={props.vandaag} error={state.fouten?.datum} />
        </>
      )}
    </DossierForm>
  );
}

export function AnswerInformationForm({ vraagId, ...props }: Props & { vraagId: string }) {
  return (
    <DossierForm id={`antwoord-${vraagId}`} action={answerInformationAction} knop="Antwoord versturen" {...props}>
      {(state) => (
        <>
          <input type="hidden" name="vraagId" value={vraagId} />
          <TextAreaField id={`antwoord-${vraagId}-tekst`} name="antwoord" defaultValue={state.waarden?.antwoord} label="Antwoord van de school" maxLength={4000} error={state.fouten?.antwoord} />
          <TextField id={`antwoord-${vraagId}-datum`} name="datum" label="Datum" type="date" defaultValue={state.waarden?.datum ?? props.vandaag} max={props.vandaag} error={state.fouten?.datum} />
        </>
      )}
    </DossierForm>
  );
}

export function AssignTeamForm({ teams, ...props }: Props & { teams: Record<string, string> }) {
  return (
    <DossierForm id="toewijzing" action={assignTeamAction} knop="Toewijzen" {...props}>
      {(state) => <SelectField id="toewijzing-team" name="topteamId" defaultValue={state.waarden?.topteamId} label="Topteam" options={teams} placeholder="Kies een Topteam…" error={state.fouten?.topteamId} />}
    </DossierForm>
  );
}
