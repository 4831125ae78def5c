"use client";

// The forms of the Topteam's work in a traject; each posts to an action in werk-actions.ts.
import { ActionForm } from "@/components/ui/action-form";
import { createExitLinksAction, type ExitLink } from "./exit-actions";
import {
  addAdviceAction,
  addAgreementAction,
  addContactAction,
  addGoalAction,
  addNoteAction,
  assignMemberAction,
  recordActivityAction,
  recordEscalationAction,
  recordEvaluationAction,
  recordHandoverAction,
  resolveEscalationAction,
  unassignMemberAction,
  updateAdviceAction,
  updateGoalAction,
} from "./werk-actions";
import {
  ACTIVITEIT_SOORT_LABEL,
  ADVIES_VOOR_LABEL,
  AFSPRAAK_PARTIJ_LABEL,
  DOEL_BESLUIT_LABEL,
  DOEL_GEBIED_LABEL,
  DOEL_STATUS_LABEL,
  ESCALATIE_NIVEAU_LABEL,
  EXIT_VOOR_LABEL,
  JA_NEE_LABEL,
  NETWERK_SOORT_LABEL,
  SITUATIE_LABEL,
  ZICHTBAARHEID_LABEL,
} from "@/lib/labels";
import { DossierForm } from "./aanmelding-forms";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";

interface Props {
  trajectId: string;
  version: number;
}

type Opties = Record<string, string>;

export function AssignMemberForm({ beschikbaar, ...props }: Props & { beschikbaar: Opties }) {
  return (
    <DossierForm id="teamlid" action={assignMemberAction} knop="Toewijzen" {...props}>
      {(state) => (
        <SelectField id="teamlid-user" name="userId" label="Topdocent of hulpverlener" options={beschikbaar} placeholder="Kies…" defaultValue={state.waarden?.userId} error={state.fouten?.userId} />
      )}
    </DossierForm>
  );
}

export function UnassignMemberForm({ userId, naam, ...props }: Props & { userId: string; naam: string }) {
  return (
    <DossierForm id={`afmelden-${userId}`} action={unassignMemberAction} knop={`Afmelden: ${naam}`} {...props}>
      {() => <input type="hidden" name="userId" value={userId} />}
    </DossierForm>
  );
}

export function AddGoalForm({ eigenaren, ...props }: Props & { eigenaren: Opties }) {
  return (
    <DossierForm id="doel" action={addGoalAction} knop="Doel toevoegen" {...props}>
      {(state) => (
        <>
          <TextField id="doel-omschrijving" name="omschrijving" label="Doel" defaultValue={state.waarden?.omschrijving} error={state.fouten?.omschrijving} />
          <SelectField id="doel-gebied" name="gebied" label="Gebied" options={DOEL_GEBIED_LABEL} placeholder="Kies…" defaultValue={state.waarden?.gebied} error={state.fouten?.gebied} />
          <SelectField id="doel-eigenaar" name="eigenaarId" label="Eigenaar" options={eigenaren} placeholder="Nog niemand" defaultValue={state.waarden?.eigenaarId} error={state.fouten?.eigenaarId} />
        </>
      )}
    </DossierForm>
  );
}

export function UpdateGoalForm({ doel, eigenaren, ...props }: Props & { doel: { id: string; status: string; eigenaarId: string }; eigenaren: Opties }) {
  const id = `doel-${doel.id}`;
  return (
    <DossierForm id={id} action={updateGoalAction} knop="Doel bijwerken" {...props}>
      {(state) => (
        <>
          <input type="hidden" name="doelId" value={doel.id} />
          <SelectField id={`${id}-eigenaar`} name="eigenaarId" label="Eigenaar" options={eigenaren} placeholder="Nog niemand" defaultValue={state.waarden?.eigenaarId ?? doel.eigenaarId} error={state.fouten?.eigenaarId} />
          <SelectField id={`${id}-status`} name="status" label="Status" options={DOEL_STATUS_LABEL} defaultValue={state.waarden?.status ?? doel.status} error={state.fouten?.status} />
        </>
      )}
    </DossierForm>
  );
}

const VOORTGANG = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), `${i + 1}${i === 0 ? " (nog niets)" : i === 9 ? " (bereikt)" : ""}`]));

export function EvaluationForm({ doelen, vandaag, ...props }: Props & { doelen: { id: string; omschrijving: string }[]; vandaag: string }) {
  return (
    <DossierForm id="evaluatie" action={recordEvaluationAction} knop="Evaluatie vastleggen" {...props}>
      {(state) => (
        <>
          <TextField id="evaluatie-datum" name="datum" label="Datum van de evaluatie" type="date" max={vandaag} defaultValue={state.waarden?.datum ?? vandaag} error={state.fouten?.datum} />
          <TextField id="evaluatie-deelnemers" name="deelnemers" label="Deelnemers" defaultValue={state.waarden?.deelnemers} error={state.fouten?.deelnemers} />
          {state.fouten?.doelen && <p className="text-sm text-red-800">{state.fouten.doelen}</p>}
          {doelen.map((doel, i) => (
            <fieldset key={doel.id} className="space-y-2 rounded border border-slate-200 p-3">
              <legend className="px-1 font-medium">{doel.omschrijving}</legend>
              <input type="hidden" name={`doelen.${i}.doelId`} value={doel.id} />
              <SelectField
                id={`evaluatie-${i}-voortgang`}
                name={`doelen.${i}.voortgang`}
                label={`Voortgang (1 tot 10): ${doel.omschrijving}`}
                options={VOORTGANG}
                placeholder="Kies…"
                defaultValue={state.waarden?.[`doelen.${i}.voortgang`]}
                error={state.fouten?.[`doelen.${i}.voortgang`]}
              />
              <SelectField
                id={`evaluatie-${i}-besluit`}
                name={`doelen.${i}.besluit`}
                label={`Besluit: ${doel.omschrijving}`}
                options={DOEL_BESLUIT_LABEL}
                placeholder="Kies…"
                defaultValue={state.waarden?.[`doelen.${i}.besluit`]}
                error={state.fouten?.[`doelen.${i}.besluit`]}
              />
              <TextField id={`evaluatie-${i}-toelichting`} name={`doelen.${i}.toelichting`} label={`Toelichting: ${doel.omschrijving}`} defaultValue={state.waarden?.[`doelen.${i}.toelichting`]} />
            </fieldset>
          ))}
        </>
      )}
    </DossierForm>
  );
}

function Vlaggen({ id, waarden, standaard }: { id: string; waarden?: Record<string, string>; standaard?: { getest: boolean; werkt: string; inOpp: boolean } }) {
  const aan = (name: "getest" | "inOpp") => (waarden ? waarden[name] === "on" : (standaard?.[name] ?? false));
  return (
    <>
      <div className="flex items-center gap-2">
        <input type="checkbox" id={`${id}-getest`} name="getest" defaultChecked={aan("getest")} className="h-4 w-4" />
        <label htmlFor={`${id}-getest`}>Uitgeprobeerd in intensief</label>
      </div>
      <SelectField id={`${id}-werkt`} name="werkt" label="Werkt het?" options={JA_NEE_LABEL} defaultValue={waarden?.werkt ?? standaard?.werkt ?? "ONBEKEND"} />
      <div className="flex items-center gap-2">
        <input type="checkbox" id={`${id}-inOpp`} name="inOpp" defaultChecked={aan("inOpp")} className="h-4 w-4" />
        <label htmlFor={`${id}-inOpp`}>Opnemen in het OPP</label>
      </div>
    </>
  );
}

export function AddAdviceForm(props: Props) {
  return (
    <DossierForm id="advies" action={addAdviceAction} knop="Handelingsadvies toevoegen" {...props}>
      {(state) => (
        <>
          <SelectField id="advies-voor" name="voor" label="Voor wie" options={ADVIES_VOOR_LABEL} placeholder="Kies…" defaultValue={state.waarden?.voor} error={state.fouten?.voor} />
          <TextAreaField id="advies-tekst" name="tekst" label="Handelingsadvies" maxLength={1000} defaultValue={state.waarden?.tekst} error={state.fouten?.tekst} />
          <Vlaggen id="advies" waarden={state.waarden} />
        </>
      )}
    </DossierForm>
  );
}

export function UpdateAdviceForm({ advies, ...props }: Props & { advies: { id: string; getest: boolean; werkt: string; inOpp: boolean } }) {
  return (
    <DossierForm id={`advies-${advies.id}`} action={updateAdviceAction} knop="Bijwerken" {...props}>
      {(state) => (
        <>
          <input type="hidden" name="adviesId" value={advies.id} />
          <Vlaggen id={`advies-${advies.id}`} waarden={state.waarden} standaard={advies} />
        </>
      )}
    </DossierForm>
  );
}

export function HandoverForm({ open, vandaag, ...props }: Props & { open: Opties; vandaag: string }) {
  return (
    <DossierForm id="overdracht" action={recordHandoverAction} knop="Overdracht vastleggen" {...props}>
      {(state) => (
        <>
          <SelectField id="overdracht-aan" name="aan" label="Overgedragen aan" options={open} placeholder="Kies…" defaultValue={state.waarden?.aan} error={state.fouten?.aan} />
          <TextField id="overdracht-datum" name="datum" label="Datum" type="date" max={vandaag} defaultValue={state.waarden?.datum ?? vandaag} error={state.fouten?.datum} />
          <TextField id="overdracht-notitie" name="notitie" label="Notitie" defaultValue={state.waarden?.notitie} error={state.fouten?.notitie} />
        </>
      )}
    </DossierForm>
  );
}

/** Makes the two links and shows them once: they are not stored in a form anyone can read back. */
export function ExitLinksForm({ trajectId, version }: Props) {
  return (
    <ActionForm<ExitLink[]> id="exit-links" action={createExitLinksAction} knop="Links voor de exit-vragenlijst maken" verborgen={{ trajectId, version }} na={(links) => <ExitLinks links={links} />}>
      {() => null}
    </ActionForm>
  );
}

function ExitLinks({ links }: { links: ExitLink[] }) {
  return (
    <div role="status" className="space-y-2 rounded border border-emerald-300 bg-emerald-50 p-3">
      <p>Stuur deze links naar de ouders en de leerling. Ze werken één keer en zijn hierna niet meer op te vragen.</p>
      <dl className="space-y-2">
        {links.map((link) => (
          <div key={link.voor}>
            <dt className="font-medium">{EXIT_VOOR_LABEL[link.voor]}</dt>
            <dd>
              <code className="break-all">{link.url}</code>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Who may read it: asked on every note, activity, contact and escalation. */
function ZichtbaarheidField({ id, state, standaard = "TOPTEAM" }: { id: string; state: { waarden?: Record<string, string>; fouten?: Record<string, string> }; standaard?: string }) {
  return (
    <SelectField
      id={`${id}-zichtbaarheid`}
      name="zichtbaarheid"
      label="Wie mag dit lezen?"
      options={ZICHTBAARHEID_LABEL}
      defaultValue={state.waarden?.zichtbaarheid ?? standaard}
      error={state.fouten?.zichtbaarheid}
    />
  );
}

export function ContactForm(props: Props) {
  return (
    <DossierForm id="contact" action={addContactAction} knop="Contact toevoegen" {...props}>
      {(state) => (
        <>
          <SelectField id="contact-soort" name="soort" label="Wie is het" options={NETWERK_SOORT_LABEL} placeholder="Kies…" defaultValue={state.waarden?.soort} error={state.fouten?.soort} />
          <TextField id="contact-naam" name="naam" label="Naam" autoComplete="off" defaultValue={state.waarden?.naam} error={state.fouten?.naam} />
          <TextField id="contact-organisatie" name="organisatie" label="Organisatie of functie" autoComplete="off" defaultValue={state.waarden?.organisatie} error={state.fouten?.organisatie} />
          <ZichtbaarheidField id="contact" state={state} />
        </>
      )}
    </DossierForm>
  );
}

export function ActivityForm({ contacten, vandaag, ...props }: Props & { contacten: Opties; vandaag: string }) {
  return (
    <DossierForm id="activiteit" action={recordActivityAction} knop="Activiteit vastleggen" {...props}>
      {(state) => (
        <>
          <SelectField id="activiteit-soort" name="soort" label="Soort activiteit" options={ACTIVITEIT_SOORT_LABEL} placeholder="Kies…" defaultValue={state.waarden?.soort} error={state.fouten?.soort} />
          <TextField id="activiteit-datum" name="datum" label="Datum" type="date" max={vandaag} defaultValue={state.waarden?.datum ?? vandaag} error={state.fouten?.datum} />
          <TextField id="activiteit-deelnemers" name="deelnemers" label="Wie deden mee" defaultValue={state.waarden?.deelnemers} error={state.fouten?.deelnemers} />
          <SelectField id="activiteit-situatie" name="situatie" label="Situatie (bij een observatie)" options={SITUATIE_LABEL} placeholder="—" defaultValue={state.waarden?.situatie} error={state.fouten?.situatie} />
          <SelectField id="activiteit-gesprek" name="gesprekMetId" label="Gesprek met (bij een gesprek)" options={contacten} placeholder="—" defaultValue={state.waarden?.gesprekMetId} error={state.fouten?.gesprekMetId} hint={Object.keys(contacten).length === 0 ? "Voeg eerst de persoon toe aan het netwerk." : undefined} />
          <TextAreaField id="activiteit-notitie" name="notitie" label="Notities" maxLength={4000} defaultValue={state.waarden?.notitie} error={state.fouten?.notitie} />
          <ZichtbaarheidField id="activiteit" state={state} />
        </>
      )}
    </DossierForm>
  );
}

export function NoteForm({ vandaag, ...props }: Props & { vandaag: string }) {
  return (
    <DossierForm id="notitie" action={addNoteAction} knop="Notitie vastleggen" {...props}>
      {(state) => (
        <>
          <TextField id="notitie-datum" name="datum" label="Datum" type="date" max={vandaag} defaultValue={state.waarden?.datum ?? vandaag} error={state.fouten?.datum} />
          <TextAreaField id="notitie-tekst" name="tekst" label="Notitie" maxLength={4000} defaultValue={state.waarden?.tekst} error={state.fouten?.tekst} />
          <ZichtbaarheidField id="notitie" state={state} />
        </>
      )}
    </DossierForm>
  );
}

export function AgreementForm(props: Props) {
  return (
    <DossierForm id="afspraak" action={addAgreementAction} knop="Afspraak vastleggen" {...props}>
      {(state) => (
        <>
          <SelectField id="afspraak-partij" name="partij" label="Van wie wordt dit verwacht" options={AFSPRAAK_PARTIJ_LABEL} placeholder="Kies…" defaultValue={state.waarden?.partij} error={state.fouten?.partij} />
          <TextAreaField id="afspraak-tekst" name="afspraak" label="Afspraak" maxLength={1000} defaultValue={state.waarden?.afspraak} error={state.fouten?.afspraak} />
        </>
      )}
    </DossierForm>
  );
}

export function EscalationForm({ vandaag, ...props }: Props & { vandaag: string }) {
  return (
    <DossierForm id="escalatie" action={recordEscalationAction} knop="Escalatie vastleggen" {...props}>
      {(state) => (
        <>
          <TextField id="escalatie-datum" name="datum" label="Datum" type="date" max={vandaag} defaultValue={state.waarden?.datum ?? vandaag} error={state.fouten?.datum} />
          <SelectField id="escalatie-niveau" name="niveau" label="Trede van de escalatieladder" options={ESCALATIE_NIVEAU_LABEL} placeholder="Kies…" defaultValue={state.waarden?.niveau} error={state.fouten?.niveau} />
          <TextAreaField id="escalatie-kwestie" name="kwestie" label="Waar loopt de samenwerking vast?" maxLength={1000} defaultValue={state.waarden?.kwestie} error={state.fouten?.kwestie} />
          <TextField id="escalatie-wie" name="wie" label="Wie zijn erbij betrokken" defaultValue={state.waarden?.wie} error={state.fouten?.wie} />
          <ZichtbaarheidField id="escalatie" state={state} standaard="GEDEELD" />
        </>
      )}
    </DossierForm>
  );
}

export function ResolveEscalationForm({ escalatieId, vandaag, ...props }: Props & { escalatieId: string; vandaag: string }) {
  const id = `oplossing-${escalatieId}`;
  return (
    <DossierForm id={id} action={resolveEscalationAction} knop="Oplossing vastleggen" {...props}>
      {(state) => (
        <>
          <input type="hidden" name="escalatieId" value={escalatieId} />
          <TextField id={`${id}-datum`} name="datum" label="Datum" type="date" max={vandaag} defaultValue={state.waarden?.datum ?? vandaag} error={state.fouten?.datum} />
          <TextAreaField id={`${id}-tekst`} name="oplossing" label="Oplossing" maxLength={1000} defaultValue={state.waarden?.oplossing} error={state.fouten?.oplossing} />
        </>
      )}
    </DossierForm>
  );
}
