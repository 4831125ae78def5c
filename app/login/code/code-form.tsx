"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/fields";
import { pendingCodeAction } from "../actions";

export function PendingCodeForm() {
  return (
    <ActionForm id="code" action={pendingCodeAction} knop="Doorgaan" bezig="Bezig met controleren…" className="space-y-4">
      {(state) => (
        <TextField
          name="code"
          label="Code uit uw authenticator-app"
          hint="Zes cijfers; elke 30 seconden een nieuwe."
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          error={state.fouten?.code}
        />
      )}
    </ActionForm>
  );
}
