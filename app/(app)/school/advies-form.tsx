"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/fields";
import { vraagAdviesAction } from "./actions";

/** The school's first question to the Topteam; anonymous: no student data yet. */
export function AdviesForm({ vandaag }: { vandaag: string }) {
  return (
    <ActionForm id="advies" action={vraagAdviesAction} knop="Advies vragen">
      {(state) => (
        <>
          <TextAreaField
            name="vraag"
            defaultValue={state.waarden?.vraag}
            label="Uw vraag"
            hint="Beschrijf de situatie zonder naam of andere gegevens van de leerling."
            maxLength={2000}
            error={state.fouten?.vraag}
          />
          <TextField
            name="kenmerk"
            defaultValue={state.waarden?.kenmerk}
            label="Kenmerk (optioneel)"
            hint="Een kort eigen kenmerk om deze vraag terug te vinden, bijvoorbeeld “2B, mentor Jansen”. Geen naam van de leerling."
            maxLength={40}
            error={state.fouten?.kenmerk}
          />
          <TextField name="datum" label="Datum" type="date" defaultValue={state.waarden?.datum ?? vandaag} max={vandaag} error={state.fouten?.datum} />
        </>
      )}
    </ActionForm>
  );
}
