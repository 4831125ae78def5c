"use client";

import { useState } from "react";
import { uploadOppAction } from "./aanmelding-actions";
import { OPP_MAX_BYTES, OPP_MAX_LABEL } from "@/lib/aanmelding/opp-limits";
import { DossierForm } from "./aanmelding-forms";
import { TextField } from "@/components/ui/fields";

/**
 * Adds the OPP as a PDF. A file over the limit is stopped here, before it is sent; the server
 * checks size and content again, and has the last word.
 */
export function OppUploadForm({ trajectId, version }: { trajectId: string; version: number }) {
  const [teGroot, setTeGroot] = useState<string | null>(null);
  return (
    <DossierForm id="opp" action={uploadOppAction} knop="OPP toevoegen" trajectId={trajectId} version={version}>
      {(state) => (
        <TextField
          id="opp-bestand"
          name="bestand"
          type="file"
          accept="application/pdf,.pdf"
          label="OPP (PDF)"
          hint={`Een actueel, eventueel geanonimiseerd OPP. Alleen PDF, hoogstens ${OPP_MAX_LABEL}.`}
          error={teGroot ?? state.fouten?.bestand}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file && file.size > OPP_MAX_BYTES) {
              setTeGroot(`Het bestand is groter dan ${OPP_MAX_LABEL}. Verklein het en probeer het opnieuw.`);
              event.currentTarget.value = "";
            } else setTeGroot(null);
          }}
        />
      )}
    </DossierForm>
  );
}
