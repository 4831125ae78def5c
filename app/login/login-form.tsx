"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/fields";
import { VRAAGT_CODE } from "@/lib/auth/sign-in-messages";
import { signInAction } from "./actions";

export function LoginForm() {
  // Controlled, so that the address and password survive the step that asks for a code.
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  return (
    <ActionForm id="aanmelden" action={signInAction} knop="Aanmelden" bezig="Bezig met aanmelden…" className="space-y-4">
      {(state) => (
        <>
          <TextField
            name="email"
            label="E-mailadres"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={state.fouten?.email}
          />
          <TextField
            name="password"
            label="Wachtwoord"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={state.fouten?.password}
          />
          {state.melding && VRAAGT_CODE.includes(state.melding) && (
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
        </>
      )}
    </ActionForm>
  );
}
