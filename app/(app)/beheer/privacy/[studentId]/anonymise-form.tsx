"use client";

import { ActionForm } from "@/components/ui/action-form";
import { anonymiseStudentAction } from "../actions";

export function AnonymiseForm({ studentId }: { studentId: string }) {
  return (
    <ActionForm id="verwijderen" action={anonymiseStudentAction} knop="Persoonsgegevens verwijderen" variant="gevaar" verborgen={{ studentId }}>
      {(state) => (
        <div>
          <input
            id="bevestigd"
            name="bevestigd"
            type="checkbox"
            value="ja"
            aria-invalid={state.fouten?.bevestigd ? true : undefined}
            aria-describedby={state.fouten?.bevestigd ? "bevestigd-fout" : undefined}
            className="mr-2"
          />
          <label htmlFor="bevestigd">Ik begrijp dat naam, geboortedatum, LISA-referentie en alle notities definitief worden verwijderd.</label>
          {state.fouten?.bevestigd && (
            <p id="bevestigd-fout" className="mt-1 text-sm text-red-800">
              {state.fouten.bevestigd}
            </p>
          )}
        </div>
      )}
    </ActionForm>
  );
}
