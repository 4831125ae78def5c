"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/fields";
import { answerConsentAction, withdrawConsentByLinkAction } from "./actions";

const KEUZES = { GEGEVEN: "Ja, ik geef toestemming", GEWEIGERD: "Nee, ik geef geen toestemming" } as const;

/** The answer: who answers, and yes or no, as a group of radio buttons. */
export function ConsentAnswerForm({ token }: { token: string }) {
  return (
    <ActionForm id="antwoord" action={answerConsentAction} knop="Antwoord versturen" bezig="Bezig met versturen…" verborgen={{ token }} className="space-y-5">
      {(state) => (
        <>
          <TextField id="antwoord-naam" name="naam" label="Uw naam" autoComplete="name" defaultValue={state.waarden?.naam} error={state.fouten?.naam} />
          <fieldset aria-describedby={state.fouten?.antwoord ? "antwoord-fout" : undefined}>
            <legend className="font-medium">Geeft u toestemming?</legend>
            <div className="mt-2 space-y-2">
              {Object.entries(KEUZES).map(([value, label]) => (
                <div key={value} className="flex items-center gap-2">
                  <input type="radio" id={`antwoord-${value}`} name="antwoord" value={value} defaultChecked={state.waarden?.antwoord === value} className="h-4 w-4" />
                  <label htmlFor={`antwoord-${value}`}>{label}</label>
                </div>
              ))}
            </div>
            {state.fouten?.antwoord && (
              <p id="antwoord-fout" className="mt-1 text-sm text-red-800">
                {state.fouten.antwoord}
              </p>
            )}
          </fieldset>
        </>
      )}
    </ActionForm>
  );
}

export function ConsentWithdrawForm({ token }: { token: string }) {
  return (
    <ActionForm
      id="intrekken"
      action={withdrawConsentByLinkAction}
      knop="Toestemming intrekken"
      bezig="Bezig met intrekken…"
      variant="gevaar"
      verborgen={{ token }}
      bevestig={{ vraag: "Wilt u uw toestemming intrekken? Het Topteam en het samenwerkingsverband zien het dossier dan niet meer.", ja: "Ja, intrekken" }}
    >
      {() => null}
    </ActionForm>
  );
}
