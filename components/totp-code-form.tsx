"use client";

import { useActionState } from "react";
import type { CodeState } from "@/app/(app)/account/tweestaps/actions";
import { TextField } from "./ui/fields";

/** One code field and a button: to confirm a new second factor, or to remove it. */
export function TotpCodeForm({ action, knop }: { action: (previous: CodeState, form: FormData) => Promise<CodeState>; knop: string }) {
  const [state, formAction, pending] = useActionState<CodeState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className="max-w-xs space-y-3">
      <TextField name="code" label="Code uit uw authenticator-app" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required error={state.fout} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {knop}
      </button>
    </form>
  );
}
