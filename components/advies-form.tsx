"use client";

import { useActionState } from "react";
import { vraagAdviesAction } from "@/app/(app)/school/actions";
import type { FormState } from "@/lib/http/form";
import { TextAreaField, TextField } from "./ui/fields";

/** The school's first question to the Topteam; anonymous: no student data yet. */
export function AdviesForm({ vandaag }: { vandaag: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(vraagAdviesAction, {});
  return (
    <form action={action} noValidate className="space-y-3" aria-describedby={state.melding ? "advies-melding" : undefined}>
      {state.melding && (
        <p id="advies-melding" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {state.melding}
        </p>
      )}
      <TextAreaField
        name="vraag"
        defaultValue={state.waarden?.vraag}
        label="Uw vraag"
        hint="Beschrijf de situatie zonder naam of andere gegevens van de leerling."
        maxLength={2000}
        error={state.fouten?.vraag}
      />
      <TextField name="datum" label="Datum" type="date" defaultValue={state.waarden?.datum ?? vandaag} max={vandaag} error={state.fouten?.datum} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        Advies vragen
      </button>
    </form>
  );
}
