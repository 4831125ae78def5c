"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/login/actions";
import { TextField } from "./ui/text-field";

export function LoginForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} noValidate className="space-y-4">
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {state.error}
        </p>
      )}
      <TextField name="email" label="E-mailadres" type="email" autoComplete="username" required defaultValue={state.email} error={state.fieldErrors?.email} />
      <TextField name="password" label="Wachtwoord" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? "Bezig met aanmelden…" : "Aanmelden"}
      </button>
    </form>
  );
}
