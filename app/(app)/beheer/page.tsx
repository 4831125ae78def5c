import type { Metadata } from "next";
import { BeheerNav } from "@/components/beheer-nav";
import { PageTitle } from "@/components/page-title";
import { UserActiveToggle } from "./user-active-toggle";
import { requireRole } from "@/lib/auth/current-actor";
import { ROLE_LABEL } from "@/lib/navigation";
import { listUsers } from "@/lib/users/manage-users";

export const metadata: Metadata = { title: "Beheer" };

export default async function BeheerPage() {
  const ctx = await requireRole("ADMIN");
  const users = await listUsers(ctx);
  return (
    <>
      <PageTitle title="Beheer" intro="Accounts en hun organisatie. Een gedeactiveerd account wordt bij het volgende verzoek afgemeld." />
      <BeheerNav current="/beheer" />
      <div className="overflow-x-auto rounded-lg bg-white shadow">
        <table className="w-full text-left">
          <caption className="px-4 py-3 text-left text-lg font-semibold">Accounts ({users.length})</caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-4 py-2">Naam</th>
              <th scope="col" className="px-4 py-2">E-mailadres</th>
              <th scope="col" className="px-4 py-2">Rol</th>
              <th scope="col" className="px-4 py-2">Organisatie</th>
              <th scope="col" className="px-4 py-2">Status</th>
              <th scope="col" className="px-4 py-2"><span className="sr-only">Actie</span></th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-t border-slate-200">
                <td className="px-4 py-2">{user.naam}</td>
                <td className="px-4 py-2 font-mono text-sm">{user.email}</td>
                <td className="px-4 py-2">{ROLE_LABEL[user.role]}</td>
                <td className="px-4 py-2">{user.school?.naam ?? user.topteam?.naam ?? user.windstreek?.naam ?? "—"}</td>
                <td className="px-4 py-2">{user.active ? "Actief" : "Gedeactiveerd"}</td>
                <td className="px-4 py-2">
                  {user.id !== ctx.actor.id && <UserActiveToggle userId={user.id} naam={user.naam} active={user.active} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
