"use client";
// "Mijn taken"'s rows, from text the server formatted (task-list.tsx): a client component for the
// reason traject-rows.tsx gives, the payload carrying each row's strings instead of its elements.
import Link from "next/link";
import { Badge, type BadgeTekst } from "./badge";
import { Cel, Rij } from "./ui/table";

export interface TaakTekst {
  key: string;
  href: string;
  taak: string;
  detail: string | null;
  leerling: string;
  school: string;
  uiterlijk: string;
  status: BadgeTekst;
}

export function TaakRegels({ regels }: { regels: TaakTekst[] }) {
  return (
    <tbody>
      {regels.map((t) => (
        <Rij key={t.key}>
          <Cel>
            <Link href={t.href} prefetch={false} className="text-brand-700 underline">
              {t.taak}
            </Link>
            {t.detail && <span className="block text-sm text-slate-700">{t.detail}</span>}
          </Cel>
          <Cel>
            {t.leerling}
            <span className="block text-sm text-slate-700">{t.school}</span>
          </Cel>
          <Cel>{t.uiterlijk}</Cel>
          <Cel>
            <Badge {...t.status} />
          </Cel>
        </Rij>
      ))}
    </tbody>
  );
}
