"use client";

import { useActionState } from "react";
import { anonymiseStudentAction, type AnonymiseState } from "@/app/(app)/beheer/privacy/actions";

export function AnonymiseForm({ studentId }: { studentId: string }) {
  const [state, action, pending] = useActionState<AnonymiseState, FormData>(anonymiseStudentAction, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="studentId" value={studentId} />
      {state.melding && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {state.melding}
        </p>
      )}
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
      <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 disabled:opacity-60">
        Persoonsgegevens verwijderen
      </button>
    </form>
  );
}
