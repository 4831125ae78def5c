"use client";

import { useActionState, useState } from "react";
import { signInAction, type SignInState } from "@/app/login/actions";
import { TextField } from "./ui/fields";

export function LoginForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  // Controlled, so that the address and password survive the step that asks for a code.
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  return (
    <form action={action} noValidate className="space-y-4">
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {state.error}
        </p>
      )}
      <TextField
        name="email"
        label="E-mailadres"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Wachtwoord"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={state.fieldErrors?.password}
      />
      {state.needsCode && (
        <TextField
          name="code"
          label="Code uit uw authenticator-app"
          hint="Zes cijfers; elke 30 seconden een nieuwe."
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          maxLength={6}
        />
      )}
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? "Bezig met aanmelden…" : "Aanmelden"}
      </button>
    </form>
  );
}
