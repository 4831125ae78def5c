"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/fields";
import { requestResetAction } from "./actions";

export function ResetForm() {
  return (
    <ActionForm id="vergeten" action={requestResetAction} knop="Stuur mij een link" bezig="Bezig met versturen…" className="space-y-4">
      {(state) => <TextField name="email" label="E-mailadres" type="email" autoComplete="username" required error={state.fouten?.email} defaultValue={state.waarden?.email} />}
    </ActionForm>
  );
}
