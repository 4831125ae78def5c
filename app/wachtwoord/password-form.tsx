"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/fields";
import { MIN_WACHTWOORD } from "@/lib/users/password-rules";
import { setPasswordAction } from "./actions";

export function PasswordForm({ token }: { token: string }) {
  return (
    <ActionForm id="wachtwoord" action={setPasswordAction} knop="Wachtwoord opslaan" bezig="Bezig met opslaan…" verborgen={{ token }} className="space-y-4">
      {(state) => (
        <>
          <TextField
            name="password"
            label="Nieuw wachtwoord"
            type="password"
            autoComplete="new-password"
            hint={`Minstens ${MIN_WACHTWOORD} tekens. Een zin van een paar ongewone woorden is sterk en goed te onthouden.`}
            required
            error={state.fouten?.password}
          />
          <TextField name="herhaal" label="Nogmaals het nieuwe wachtwoord" type="password" autoComplete="new-password" required error={state.fouten?.herhaal} />
        </>
      )}
    </ActionForm>
  );
}
