"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/login/actions";

export function LoginForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} noValidate className="space-y-4">
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {state.error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block font-medium">
          E-mailadres
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={state.fieldErrors?.email ? true : undefined}
          aria-describedby={state.fieldErrors?.email ? "email-fout" : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
        {state.fieldErrors?.email && (
          <p id="email-fout" className="mt-1 text-sm text-red-800">
            {state.fieldErrors.email}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Wachtwoord
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.fieldErrors?.password ? true : undefined}
          aria-describedby={state.fieldErrors?.password ? "password-fout" : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
        {state.fieldErrors?.password && (
          <p id="password-fout" className="mt-1 text-sm text-red-800">
            {state.fieldErrors.password}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? "Bezig met aanmelden…" : "Aanmelden"}
      </button>
    </form>
  );
}
