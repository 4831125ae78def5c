"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/fields";
import { EXIT_VRAGEN } from "@/lib/exit/questions";
import { submitExitAction } from "./actions";

const SCHAAL = ["Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden"];

/** Four scores from 1 to 5, each a group of radio buttons, and room for free text. */
export function ExitForm({ token }: { token: string }) {
  return (
    <ActionForm id="exit" action={submitExitAction} knop="Versturen" bezig="Bezig met versturen…" verborgen={{ token }} className="space-y-5">
      {(state) => (
      <>
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
      </>
      )}
    </ActionForm>
  );
}
