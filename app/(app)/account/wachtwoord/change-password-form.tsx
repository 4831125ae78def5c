"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/fields";
import { MIN_WACHTWOORD } from "@/lib/users/password-rules";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  return (
    <ActionForm id="wachtwoord-wijzigen" action={changePasswordAction} knop="Wachtwoord wijzigen" bezig="Bezig met opslaan…" className="max-w-md space-y-4">
      {(state) => (
        <>
          <TextField name="huidig" label="Huidig wachtwoord" type="password" autoComplete="current-password" required error={state.fouten?.huidig} />
          <TextField
            name="nieuw"
            label="Nieuw wachtwoord"
            type="password"
            autoComplete="new-password"
            hint={`Minstens ${MIN_WACHTWOORD} tekens, en niet makkelijk te raden.`}
            required
            error={state.fouten?.nieuw}
          />
          <TextField name="herhaal" label="Nogmaals het nieuwe wachtwoord" type="password" autoComplete="new-password" required error={state.fouten?.herhaal} />
        </>
      )}
    </ActionForm>
  );
}
