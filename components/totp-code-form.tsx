"use client";

import { ActionForm, type Action } from "./ui/action-form";
import { TextField } from "./ui/fields";

/** One code field and a button: to confirm a new second factor, or to remove it. */
export function TotpCodeForm({ id, action, knop }: { id: string; action: Action; knop: string }) {
  return (
    <ActionForm id={id} action={action} knop={knop} className="max-w-xs space-y-3">
      {(state) => (
        <TextField id={`${id}-code`} name="code" label="Code uit uw authenticator-app" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required error={state.fouten?.code} />
      )}
    </ActionForm>
  );
}
