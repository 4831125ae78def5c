"use client";

import { useActionState } from "react";
import { submitExitAction } from "@/app/exit/[token]/actions";
import { EXIT_VRAGEN } from "@/lib/exit/questions";
import type { FormState } from "@/lib/http/form";
import { TextAreaField } from "./ui/fields";

const SCHAAL = ["Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden"];

/** Four scores from 1 to 5, each a group of radio buttons, and room for free text. */
export function ExitForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(submitExitAction, {});
  return (
    <form key={JSON.stringify(state.waarden ?? {})} action={action} noValidate className="space-y-5" aria-describedby={state.melding ? "exit-melding" : undefined}>
      <input type="hidden" name="token" value={token} />
      {state.melding && (
        <p id="exit-melding" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {state.melding}
        </p>
      )}
      {Object.entries(EXIT_VRAGEN).map(([name, vraag]) => {
        const fout = state.fouten?.[name];
        return (
          <fieldset key={name} aria-describedby={fout ? `${name}-fout` : undefined}>
            <legend className="font-medium">{vraag}</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {SCHAAL.map((label, i) => (
                <div key={label} className="flex items-center gap-1">
                  <input type="radio" id={`${name}-${i + 1}`} name={name} value={i + 1} defaultChecked={state.waarden?.[name] === String(i + 1)} className="h-4 w-4" />
                  <label htmlFor={`${name}-${i + 1}`}>
                    {i + 1} <span className="text-sm text-slate-700">({label.toLowerCase()})</span>
                  </label>
                </div>
              ))}
            </div>
            {fout && (
              <p id={`${name}-fout`} className="mt-1 text-sm text-red-800">
                {fout}
              </p>
            )}
          </fieldset>
        );
      })}
      <TextAreaField name="opmerking" label="Wat wilt u ons nog meegeven? (niet verplicht)" maxLength={2000} defaultValue={state.waarden?.opmerking} />
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Bezig met versturen…" : "Versturen"}
      </button>
    </form>
  );
}
