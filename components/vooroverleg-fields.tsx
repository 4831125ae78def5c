"use client";

// The fields of planning and recording a collegiaal vooroverleg (handbook, Stap 2), inside the
// transition form. Ticking a not-a-fit situation shows the warning at once; the server refuses
// a Toptraject with one ticked unless the school confirms it.
import { useState } from "react";
import { DOELGROEP_GEBIED_LABEL, NIET_PASSEND_LABEL, VOOROVERLEG_BESLUIT_LABEL, VOOROVERLEG_VRAGEN } from "@/lib/labels";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "./ui/fields";

type Field = (name: string) => { name: string; id: string; error?: string; defaultValue?: string };

const ANONIEM_LABEL = { ANONIEM: "Anoniem: zonder naam of gegevens van de leerling", OP_NAAM: "Op naam" };

export function VooroverlegOpzetFields({ f }: { f: Field }) {
  return (
    <>
      <TextField {...f("deelnemers")} label="Deelnemers" hint="Bijvoorbeeld: zorgcoördinator, mentor, gedragswetenschapper, onderwijsadviseur." required />
      <SelectField {...f("anoniem")} label="Wordt de leerling anoniem of op naam besproken?" options={ANONIEM_LABEL} placeholder="Kies…" />
    </>
  );
}

export function VooroverlegVerslagFields({ f, aangevinkt }: { f: Field; aangevinkt: (name: string) => boolean }) {
  const [nietPassend, setNietPassend] = useState(() => new Set(Object.keys(NIET_PASSEND_LABEL).filter((k) => aangevinkt(`nietPassend.${k}`))));
  const toggle = (option: string, on: boolean) =>
    setNietPassend((current) => {
      const next = new Set(current);
      if (on) next.add(option);
      else next.delete(option);
      return next;
    });
  const group = (name: string) => {
    const { id, error } = f(name);
    return { name, id, error, checked: (option: string) => aangevinkt(`${name}.${option}`) };
  };

  return (
    <>
      <VooroverlegOpzetFields f={f} />
      <fieldset className="space-y-3">
        <legend className="font-medium">De vijf vragen</legend>
        {Object.entries(VOOROVERLEG_VRAGEN).map(([name, vraag]) => (
          <TextAreaField key={name} {...f(name)} label={vraag} maxLength={2000} required />
        ))}
      </fieldset>
      <CheckboxGroup {...group("gebieden")} label="Op welke gebieden dreigt de school vast te lopen?" hint="Een Toptraject is er voor één of meer van deze zeven gebieden." options={DOELGROEP_GEBIED_LABEL} />
      <CheckboxGroup
        {...group("nietPassend")}
        label="Is een van deze situaties van toepassing?"
        hint="Dan is een Toptraject niet zinvol."
        options={NIET_PASSEND_LABEL}
        onToggle={toggle}
      />
      <div aria-live="polite">
        {nietPassend.size > 0 && (
          <div className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">
            <p>
              <strong>Let op:</strong> in deze situatie is een Toptraject volgens het handboek niet zinvol. Kies bij het besluit een andere vorm van
              ondersteuning, of bevestig hieronder dat u toch voor een Toptraject kiest.
            </p>
            <div className="flex items-start gap-2">
              <input type="checkbox" id={f("ondanksNietPassend").id} name="ondanksNietPassend" defaultChecked={aangevinkt("ondanksNietPassend")} className="mt-1 h-4 w-4" />
              <label htmlFor={f("ondanksNietPassend").id}>Wij kiezen toch voor een Toptraject</label>
            </div>
          </div>
        )}
      </div>
      <SelectField {...f("besluit")} label="Besluit" options={VOOROVERLEG_BESLUIT_LABEL} placeholder="Kies…" />
      <TextField {...f("andereOndersteuning")} label="Welke andere vorm van ondersteuning" hint="Alleen bij het besluit voor andere ondersteuning." maxLength={500} />
    </>
  );
}
