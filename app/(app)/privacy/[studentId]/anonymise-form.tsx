"use client";

import { ActionForm } from "@/components/ui/action-form";
import { anonymiseStudentAction } from "../actions";

export function AnonymiseForm({ studentId }: { studentId: string }) {
  return (
    <ActionForm
      id="verwijderen"
      action={anonymiseStudentAction}
      knop="Persoonsgegevens verwijderen"
      variant="gevaar"
      verborgen={{ studentId }}
      bevestig={{
        vraag: "Naam, geboortedatum, LISA-referentie en alle notities van deze leerling nu definitief verwijderen? Dit kan niet ongedaan worden gemaakt.",
        ja: "Ja, definitief verwijderen",
      }}
    >
      {(state) => state.fouten?.bevestigd && <p className="text-sm text-red-800">{state.fouten.bevestigd}</p>}
    </ActionForm>
  );
}
