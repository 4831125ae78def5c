"use client";

// The import in two steps: choose a file and see every row checked; then, when all are valid,
// import them all at once. The preview sends the same text on, so what is imported is what was shown.
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/fields";
import { Cel, Kop, Rij, Table } from "@/components/ui/table";
import type { ImportVoorbeeld } from "@/lib/organisation/csv-import-types";
import { previewImportAction, runImportAction } from "./actions";

const SOORT = { accounts: "Accounts", scholen: "Scholen" };

function Voorbeeld({ voorbeeld }: { voorbeeld: ImportVoorbeeld & { csv: string } }) {
  const fout = voorbeeld.regels.filter((r) => r.fouten.length > 0);
  const kolommen = voorbeeld.regels[0] ? Object.keys(voorbeeld.regels[0].waarden) : [];
  return (
    <div className="space-y-4">
      {voorbeeld.bestandsfout ? (
        <Alert tone="fout" focusable>
          {voorbeeld.bestandsfout}
        </Alert>
      ) : fout.length > 0 ? (
        <Alert tone="fout" focusable>
          {fout.length} van de {voorbeeld.regels.length} regels kloppen niet. Er is niets geïmporteerd. Verbeter het bestand en controleer het opnieuw.
        </Alert>
      ) : (
        <Alert tone="gelukt" focusable>
          Alle {voorbeeld.regels.length} regels kloppen. Er is nog niets geïmporteerd.
        </Alert>
      )}
      {voorbeeld.regels.length > 0 && (
        <Table caption={`Controle: ${voorbeeld.regels.length} regels, ${fout.length} met een fout`} className="w-full text-left text-sm">
          <Kop kolommen={["Regel", ...kolommen, "Uitkomst"]} />
          <tbody>
            {voorbeeld.regels.map((r) => (
              <Rij key={r.regel}>
                <Cel>{r.regel}</Cel>
                {kolommen.map((k) => (
                  <Cel key={k}>{r.waarden[k]}</Cel>
                ))}
                <Cel>{r.fouten.length ? <strong className="text-red-800">{r.fouten.join(" ")}</strong> : "In orde"}</Cel>
              </Rij>
            ))}
          </tbody>
        </Table>
      )}
      <p>
        <a href="/beheer/import" className="text-brand-700 underline">
          Een ander bestand controleren
        </a>
      </p>
      {voorbeeld.geldig && (
        <ActionForm id="import-uitvoeren" action={runImportAction} knop={`Alle ${voorbeeld.regels.length} regels importeren`} bezig="Bezig met importeren…" verborgen={{ soort: voorbeeld.soort, csv: voorbeeld.csv }}>
          {() => null}
        </ActionForm>
      )}
    </div>
  );
}

export function ImportForm() {
  return (
    <ActionForm<ImportVoorbeeld & { csv: string }>
      id="import-controleren"
      action={previewImportAction}
      knop="Controleren"
      bezig="Bezig met controleren…"
      className="space-y-4"
      na={(voorbeeld) => <Voorbeeld voorbeeld={voorbeeld} />}
    >
      {(state) => (
        <>
          <SelectField name="soort" label="Wat importeert u?" options={SOORT} defaultValue={state.waarden?.soort ?? "accounts"} error={state.fouten?.soort} />
          <TextField name="bestand" label="CSV-bestand" type="file" accept=".csv,text/csv" error={state.fouten?.csv ?? state.fouten?.bestand} />
        </>
      )}
    </ActionForm>
  );
}
