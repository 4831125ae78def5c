"use client";

// One form for a new account and for changing one: the role decides which part of the
// organisation it needs, so only that choice is shown. The server checks the same
// (lib/users/accounts.ts, membershipOf).
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/fields";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABEL } from "@/lib/navigation";
import { LIDMAATSCHAP } from "@/lib/users/membership";
import type { OrganisationOptions } from "@/lib/users/organisation-options";
import { createAccountAction, updateAccountAction } from "./actions";

interface Bestaand {
  userId: string;
  stand: string;
  naam: string;
  role: Role;
  schoolId: string | null;
  windstreekId: string | null;
  topteamId: string | null;
}

const LID_VELD = {
  school: { name: "schoolId", label: "School", opties: "scholen" },
  windstreek: { name: "windstreekId", label: "Windstreek", opties: "windstreken" },
  topteam: { name: "topteamId", label: "Topteam", opties: "topteams" },
} as const;

export function AccountForm({ opties, bestaand }: { opties: OrganisationOptions; bestaand?: Bestaand }) {
  const [role, setRole] = useState<Role | "">(bestaand?.role ?? "");
  const lid = role ? LIDMAATSCHAP[role] : null;
  return (
    <ActionForm
      id={bestaand ? "account-wijzigen" : "account-nieuw"}
      action={bestaand ? updateAccountAction : createAccountAction}
      knop={bestaand ? "Wijzigingen opslaan" : "Account aanmaken en uitnodiging sturen"}
      bezig="Bezig met opslaan…"
      verborgen={bestaand ? { userId: bestaand.userId, stand: bestaand.stand } : {}}
      className="grid gap-4 sm:grid-cols-2"
    >
      {(state) => {
        const waarde = (name: keyof Bestaand) => state.waarden?.[name] ?? (bestaand?.[name] as string | null | undefined) ?? undefined;
        return (
          <>
            <TextField name="naam" label="Naam" autoComplete="off" required defaultValue={waarde("naam")} error={state.fouten?.naam} />
            {!bestaand && (
              <TextField name="email" label="E-mailadres" type="email" autoComplete="off" required defaultValue={state.waarden?.email} error={state.fouten?.email} />
            )}
            <SelectField
              name="role"
              label="Rol"
              options={ROLE_LABEL}
              placeholder="Kies een rol…"
              value={role}
              onChange={(event) => setRole(event.currentTarget.value as Role | "")}
              error={state.fouten?.role}
              hint={bestaand ? "Een andere rol of organisatie meldt de gebruiker overal af." : undefined}
            />
            {lid && (
              <SelectField
                key={lid}
                name={LID_VELD[lid].name}
                label={LID_VELD[lid].label}
                options={opties[LID_VELD[lid].opties]}
                placeholder="Kies…"
                defaultValue={waarde(LID_VELD[lid].name) ?? ""}
                error={state.fouten?.[LID_VELD[lid].name]}
              />
            )}
          </>
        );
      }}
    </ActionForm>
  );
}
