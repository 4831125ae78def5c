"use client";

// The forms of the organisation page: a windstreek, a school or a Topteam, new or changed, and
// (de)activating one. Ids carry the row, so that several forms can share the page.
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";
import type { ActieStatus } from "@/lib/forms/form-data";
import { saveSchoolAction, saveTopteamAction, saveWindstreekAction, setActiefAction } from "./actions";

type Waarden = Record<string, string | number | null | undefined>;

function veld(prefix: string, state: ActieStatus, bestaand: Waarden | undefined) {
  return (name: string) => ({ name, id: `${prefix}-${name}`, error: state.fouten?.[name], defaultValue: state.waarden?.[name] ?? bestaand?.[name]?.toString() ?? undefined });
}

const knop = (bestaand: Waarden | undefined, wat: string) => (bestaand ? <>Opslaan<span className="sr-only"> {String(bestaand.naam)}</span></> : `${wat} toevoegen`);

export function WindstreekForm({ bestaand }: { bestaand?: { id: string; code: string; naam: string } }) {
  const prefix = `windstreek-${bestaand?.id ?? "nieuw"}`;
  return (
    <ActionForm id={prefix} action={saveWindstreekAction} knop={knop(bestaand, "Windstreek")} verborgen={bestaand ? { id: bestaand.id } : {}} className="grid gap-3 sm:grid-cols-2">
      {(state) => {
        const f = veld(prefix, state, bestaand);
        return (
          <>
            <TextField {...f("code")} label="Code" hint="Zoals NOORD." autoComplete="off" required />
            <TextField {...f("naam")} label="Naam" autoComplete="off" required />
          </>
        );
      }}
    </ActionForm>
  );
}

export function SchoolForm({ windstreken, bestaand }: { windstreken: Record<string, string>; bestaand?: { id: string; naam: string; brin: string; windstreekId: string } }) {
  const prefix = `school-${bestaand?.id ?? "nieuw"}`;
  return (
    <ActionForm id={prefix} action={saveSchoolAction} knop={knop(bestaand, "School")} verborgen={bestaand ? { id: bestaand.id } : {}} className="grid gap-3 sm:grid-cols-3">
      {(state) => {
        const f = veld(prefix, state, bestaand);
        return (
          <>
            <TextField {...f("naam")} label="Naam" autoComplete="off" required />
            <TextField {...f("brin")} label="BRIN-code" hint="Zoals 12AB of 12AB01." autoComplete="off" required />
            <SelectField {...f("windstreekId")} label="Windstreek" options={windstreken} placeholder="Kies…" />
          </>
        );
      }}
    </ActionForm>
  );
}

export function TopteamForm({ windstreken, bestaand }: { windstreken: Record<string, string>; bestaand?: { id: string; naam: string; windstreekId: string; capaciteit: number } }) {
  const prefix = `topteam-${bestaand?.id ?? "nieuw"}`;
  return (
    <ActionForm id={prefix} action={saveTopteamAction} knop={knop(bestaand, "Topteam")} verborgen={bestaand ? { id: bestaand.id } : {}} className="grid gap-3 sm:grid-cols-3">
      {(state) => {
        const f = veld(prefix, state, bestaand);
        return (
          <>
            <TextField {...f("naam")} label="Naam" autoComplete="off" required />
            <SelectField {...f("windstreekId")} label="Windstreek" options={windstreken} placeholder="Kies…" />
            <TextField {...f("capaciteit")} label="Capaciteit" hint="Trajecten tegelijk, van goedkeuring tot het einde van borging." type="number" min={1} max={500} required />
          </>
        );
      }}
    </ActionForm>
  );
}

export function ActiefToggle({ soort, id, naam, actief }: { soort: "windstreek" | "school" | "topteam"; id: string; naam: string; actief: boolean }) {
  return (
    <ActionForm
      id={`actief-${soort}-${id}`}
      action={setActiefAction}
      knop={<>{actief ? "Deactiveren" : "Activeren"}<span className="sr-only"> {naam}</span></>}
      variant="rand"
      verborgen={{ soort, id, actief: actief ? "false" : "true" }}
      className=""
    >
      {() => null}
    </ActionForm>
  );
}
