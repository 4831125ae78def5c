"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { vernietigAction } from "../actions";

/** Who asked, when, for which categories; asked once more in a dialog before anything goes. */
export function VernietigingForm({ studentId, vandaag, verzochtDoor, categorieen }: { studentId: string; vandaag: string; verzochtDoor: Record<string, string>; categorieen: Record<string, string> }) {
  return (
    <ActionForm
      id="vernietigen"
      action={vernietigAction}
      knop="Vernietigen"
      variant="gevaar"
      verborgen={{ studentId }}
      bevestig={{
        vraag: "De gekozen gegevens van deze leerling nu definitief vernietigen? Dit kan niet ongedaan worden gemaakt.",
        ja: "Ja, definitief vernietigen",
      }}
    >
      {(state) => (
        <>
          <SelectField id="vernietigen-door" name="verzochtDoor" label="Wie vroeg erom" placeholder="Kies…" options={verzochtDoor} defaultValue={state.waarden?.verzochtDoor} error={state.fouten?.verzochtDoor} />
          <TextField id="vernietigen-op" name="verzochtOp" label="Verzocht op" type="date" max={vandaag} defaultValue={state.waarden?.verzochtOp ?? vandaag} error={state.fouten?.verzochtOp} />
          <fieldset aria-describedby={state.fouten?.categorieen ? "vernietigen-wat-fout" : undefined}>
            <legend className="font-medium">Wat moet worden vernietigd</legend>
            {Object.entries(categorieen).map(([value, label]) => (
              <div key={value} className="mt-1 flex items-center gap-2">
                <input
                  type="checkbox"
                  id={`vernietigen-${value}`}
                  name={`categorieen.${value}`}
                  defaultChecked={state.waarden ? state.waarden[`categorieen.${value}`] === "on" : true}
                  className="h-4 w-4"
                />
                <label htmlFor={`vernietigen-${value}`}>{label}</label>
              </div>
            ))}
            {state.fouten?.categorieen && (
              <p id="vernietigen-wat-fout" className="mt-1 text-sm text-red-800">
                {state.fouten.categorieen}
              </p>
            )}
          </fieldset>
          <TextAreaField
            id="vernietigen-toelichting"
            name="toelichting"
            label="Wat werd gevraagd (niet verplicht)"
            hint="Zonder namen: het verzoek staat bij het kenmerk van de leerling."
            maxLength={1000}
            defaultValue={state.waarden?.toelichting}
            error={state.fouten?.toelichting}
          />
          {state.fouten?.bevestigd && <p className="text-sm text-red-800">{state.fouten.bevestigd}</p>}
        </>
      )}
    </ActionForm>
  );
}
