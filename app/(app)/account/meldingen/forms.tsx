"use client";

import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup } from "@/components/ui/fields";
import { MELDINGEN, type MeldingSoort } from "@/lib/mail/preferences";
import { newAgendaLinkAction, revokeAgendaLinkAction, saveMeldingenAction } from "./actions";

export function MeldingenForm({ meldingen }: { meldingen: { soort: MeldingSoort; aan: boolean }[] }) {
  const opties = Object.fromEntries(meldingen.map((m) => [m.soort, `${MELDINGEN[m.soort].label}. ${MELDINGEN[m.soort].uitleg}`]));
  return (
    <ActionForm id="meldingen" action={saveMeldingenAction} knop="Opslaan">
      {(state) => (
        <CheckboxGroup
          name="aan"
          label="Stuur mij een e-mail bij"
          hint="In een e-mail staan nooit namen of gegevens van leerlingen, alleen wat er te doen is en een link."
          options={opties}
          checked={(soort) => (state.waarden ? state.waarden[`aan.${soort}`] === "on" : meldingen.some((m) => m.soort === soort && m.aan))}
        />
      )}
    </ActionForm>
  );
}

export function AgendaLinkForm({ heeftLink }: { heeftLink: boolean }) {
  return (
    <div className="space-y-3">
      <ActionForm
        id="agenda-nieuw"
        action={newAgendaLinkAction}
        knop={heeftLink ? "Nieuwe link maken (de oude werkt dan niet meer)" : "Agenda-link maken"}
        na={(url) => (
          <div className="space-y-2 rounded bg-emerald-50 p-4 text-emerald-950">
            <p className="font-medium">Uw agenda-link. Voeg hem toe in uw agenda-app als agenda via internet (abonneren).</p>
            <p>
              <label htmlFor="agenda-url" className="block text-sm">
                Agenda-link (alleen nu zichtbaar; bewaar hem niet op een plek die anderen zien)
              </label>
              <input id="agenda-url" readOnly value={url} className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm" />
            </p>
          </div>
        )}
      >
        {() => null}
      </ActionForm>
      {heeftLink && (
        <ActionForm id="agenda-intrekken" action={revokeAgendaLinkAction} knop="Agenda-link intrekken" variant="rand">
          {() => null}
        </ActionForm>
      )}
    </div>
  );
}
