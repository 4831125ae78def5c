import type { Metadata } from "next";
import { BeheerNav } from "@/components/beheer-nav";
import { PageTitle } from "@/components/page-title";
import { Cel, Kop, Rij, Table } from "@/components/ui/table";
import { UserActiveToggle } from "./user-active-toggle";
import { requireRole } from "@/lib/auth/current-actor";
import { ROLE_LABEL } from "@/lib/navigation";
import { listUsers } from "@/lib/users/manage-users";

export const metadata: Metadata = { title: "Beheer" };

export default async function BeheerPage() {
  const ctx = await requireRole("/beheer", "ADMIN");
  const users = await listUsers(ctx);
  return (
    <>
      <PageTitle title="Beheer" intro="Accounts en hun organisatie. Een gedeactiveerd account wordt bij het volgende verzoek afgemeld." />
      <BeheerNav current="/beheer" />
      <Table caption={`Accounts (${users.length})`} label="Accounts">
        <Kop kolommen={["Naam", "E-mailadres", "Rol", "Organisatie", "Status", { tekst: "Actie", verborgen: true }]} />
        <tbody>
          {users.map((user) => (
            <Rij key={user.id}>
              <Cel>{user.naam}</Cel>
              <Cel code>
                <span className="text-sm">{user.email}</span>
              </Cel>
              <Cel>{ROLE_LABEL[user.role]}</Cel>
              <Cel>{user.school?.naam ?? user.topteam?.naam ?? user.windstreek?.naam ?? "—"}</Cel>
              <Cel>{user.active ? "Actief" : "Gedeactiveerd"}</Cel>
              <Cel>{user.id !== ctx.actor.id && <UserActiveToggle userId={user.id} naam={user.naam} active={user.active} />}</Cel>
            </Rij>
          ))}
        </tbody>
      </Table>
    </>
  );
}
