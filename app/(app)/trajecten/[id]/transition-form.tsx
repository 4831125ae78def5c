"use client";

import { ActionForm, type Bevestiging } from "@/components/ui/action-form";
import type { ActieStatus } from "@/lib/forms/form-data";
import {
  ACTIE_LABEL,
  ADVIES_UITKOMST_LABEL,
  ADVIES_VOOR_LABEL,
  DOEL_GEBIED_LABEL,
  FOLLOW_UP_LABEL,
  GEBEURTENIS_LABEL,
  JA_NEE_LABEL,
  STOP_REDEN_LABEL,
} from "@/lib/labels";
import type { FollowUpMoment } from "@/lib/generated/prisma/enums";
import type { Actie, HistoryAction } from "@/lib/trajecten/history";
import { STOP_REDENEN_KEUZE } from "@/lib/trajecten/rules";
import * as acties from "./actions";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { VooroverlegOpzetFields, VooroverlegVerslagFields } from "@/components/vooroverleg-fields";

export interface TransitionFormProps {
  actie: Actie;
  trajectId: string;
  version: number;
  /** YYYY-MM-DD: today, and the day of the last transition (no date may lie outside them). */
  vandaag: string;
  vanaf: string | null;
  intensiefWeken: number;
  followUpsOpen: FollowUpMoment[];
  terugdraai: { id: string; action: HistoryAction; datum: string } | null;
  /** Values the form starts with, such as the planned vooroverleg's participants. */
  standaard?: Record<string, string>;
}

const DATUM_LABEL: Partial<Record<Actie, string>> = {
  VOOROVERLEG_GEPLAND: "Datum waarop u het vooroverleg plant",
  VOOROVERLEG_GEHOUDEN: "Datum van het vooroverleg",
  ONDERZOEK_GESTART: "Datum van het kennismakingsgesprek",
  ONDERZOEK_AFGESLOTEN: "Datum van het adviesgesprek",
  INTENSIEF_GESTART: "Datum van het advies-/startgesprek",
  FOLLOW_UP_VASTGELEGD: "Datum van het contact met school",
  CORRECTIE: "Datum van de correctie",
};

const NOTITIE_LABEL: Partial<Record<Actie, string>> = {
  ADVIES_GEGEVEN: "Het advies aan de school",
  AANVRAAG_AFGEWEZEN: "Reden van de afwijzing",
  ONDERZOEK_AFGESLOTEN: "Advies van het adviesgesprek: wat is de vervolgstap?",
  INTENSIEF_VERLENGD: "Reden van de verlenging",
  CORRECTIE: "Reden van de correctie",
};

const ROWS = [0, 1, 2];

/** Steps that end the traject for the school and the student: asked once more before they are taken. */
const BEVESTIG: Partial<Record<Actie, Bevestiging>> = {
  AANVRAAG_AFGEWEZEN: { vraag: "De aanvraag definitief afwijzen? De school krijgt bericht en het traject stopt.", ja: "Ja, aanvraag afwijzen" },
  GESTOPT: { vraag: "Het traject voortijdig stoppen? Het traject wordt gesloten; de geschiedenis blijft bewaard.", ja: "Ja, traject stoppen" },
};

function pick<K extends string>(labels: Record<K, string>, keys: readonly K[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, labels[key]]));
}

/** The form for one transition; its fields follow what that transition records. */
export function TransitionForm(props: TransitionFormProps) {
  const { actie, trajectId, version } = props;
  return (
    <ActionForm
      id={actie}
      action={acties[actie]}
      knop={ACTIE_LABEL[actie]}
      bezig="Bezig met opslaan…"
      verborgen={{ trajectId, version }}
      className="space-y-4"
      bevestig={BEVESTIG[actie]}
    >
      {(state) => <TransitionFields {...props} state={state} />}
    </ActionForm>
  );
}

function TransitionFields({ state, ...props }: TransitionFormProps & { state: ActieStatus }) {
  const { actie, vandaag, vanaf } = props;
  const fout = (name: string) => state.fouten?.[name];
  // Several forms share the page: ids carry the action, names stay what the server reads.
  // Fields come back with what was typed: React resets a form after its action has run.
  const f = (name: string) => ({ name, id: `${actie}-${name}`, error: fout(name), defaultValue: state.waarden?.[name] ?? props.standaard?.[name] });

  return (
    <>

      {actie === "CORRECTIE" && props.terugdraai && (
        <>
          <input type="hidden" name="overgangId" value={props.terugdraai.id} />
          <p>
            U draait terug: <strong>{GEBEURTENIS_LABEL[props.terugdraai.action] ?? props.terugdraai.action}</strong> van {props.terugdraai.datum}. De
            geschiedenis blijft bewaard; de correctie komt erbij.
          </p>
          {fout("overgangId") && <p className="text-sm text-red-800">{fout("overgangId")}</p>}
        </>
      )}

      <TextField {...f("datum")} label={DATUM_LABEL[actie] ?? "Datum"} type="date" required defaultValue={state.waarden?.datum ?? vandaag} max={vandaag} min={vanaf ?? undefined} />

      {actie === "ADVIES_GEGEVEN" && (
        <SelectField {...f("uitkomst")} label="Wat levert het advies op?" options={ADVIES_UITKOMST_LABEL} placeholder="Kies…" />
      )}

      {actie === "VOOROVERLEG_GEPLAND" && (
        <>
          <TextField {...f("geplandOp")} label="Datum van het vooroverleg" type="date" required min={vandaag} />
          <VooroverlegOpzetFields f={f} />
        </>
      )}

      {actie === "VOOROVERLEG_GEHOUDEN" && <VooroverlegVerslagFields f={f} aangevinkt={(name) => state.waarden?.[name] === "on"} />}

      {actie === "AANVRAAG_INGEDIEND" && (
        <TextField
          {...f("lisaReferentie")}
          label="LISA-referentie"
          hint="Zoals LISA-2026-01234."
          required
          autoComplete="off"
        />
      )}

      {actie === "INTENSIEF_GESTART" && (
        <fieldset className="space-y-3">
          <legend className="font-medium">Afgesproken doelen (minstens één)</legend>
          {fout("doelen") && <p className="text-sm text-red-800">{fout("doelen")}</p>}
          {ROWS.map((row) => (
            <div key={row} className="grid gap-3 sm:grid-cols-[2fr_1fr]">
              <TextField {...f(`doelen.${row}.omschrijving`)} label={`Doel ${row + 1}`} />
              <SelectField
                {...f(`doelen.${row}.gebied`)}
                label={`Gebied van doel ${row + 1}`}
                options={DOEL_GEBIED_LABEL}
              />
            </div>
          ))}
        </fieldset>
      )}

      {actie === "INTENSIEF_VERLENGD" && (
        <SelectField
          {...f("weken")}
          label="Nieuwe duur van intensief"
          hint={`Nu ${props.intensiefWeken} weken; hoogstens 16.`}
          options={Object.fromEntries([13, 14, 15, 16].filter((w) => w > props.intensiefWeken).map((w) => [String(w), `${w} weken`]))}
        />
      )}

      {actie === "BORGING_GESTART" && (
        <fieldset className="space-y-3">
          <legend className="font-medium">Handelingsadviezen (minstens één)</legend>
          {fout("adviezen") && <p className="text-sm text-red-800">{fout("adviezen")}</p>}
          {ROWS.map((row) => (
            <div key={row} className="grid gap-3 sm:grid-cols-[1fr_2fr]">
              <SelectField
                {...f(`adviezen.${row}.voor`)}
                label={`Advies ${row + 1} is voor`}
                options={ADVIES_VOOR_LABEL}
              />
              <TextField {...f(`adviezen.${row}.tekst`)} label={`Advies ${row + 1}`} />
            </div>
          ))}
        </fieldset>
      )}

      {actie === "FOLLOW_UP_VASTGELEGD" && (
        <>
          <SelectField {...f("moment")} label="Welke follow-up" options={pick(FOLLOW_UP_LABEL, props.followUpsOpen)} />
          <SelectField
            {...f("opUitstroomniveau")}
            label="Krijgt de leerling nog onderwijs op het uitstroomniveau?"
            options={JA_NEE_LABEL}
            placeholder="Kies…"
          />
          <SelectField {...f("diplomaVerwacht")} label="Wordt een diploma verwacht?" options={JA_NEE_LABEL} placeholder="Kies…" />
        </>
      )}

      {actie === "GESTOPT" && (
        <SelectField
          {...f("stopReden")}
          label="Reden van het stoppen"
          options={pick(STOP_REDEN_LABEL, STOP_REDENEN_KEUZE)}
          placeholder="Kies een reden…"
        />
      )}

      <TextAreaField {...f("notitie")} label={NOTITIE_LABEL[actie] ?? "Notitie"} maxLength={2000} />
    </>
  );
}
