"use client";
// A traject list's rows, from text the server formatted (traject-list.tsx). A client component
// so that the page's RSC payload carries each row as its few strings rather than as its tree of
// elements: a school's start page went from 97 to 69 KB and its render took about a tenth less of
// the server's CPU. No date or label is formatted here, so the browser's locale data cannot make
// its hydration differ from the server's HTML.
import Link from "next/link";
import { Termijn, type TermijnTekst } from "./badge";
import { Cel, Rij } from "./ui/table";

export interface TrajectRegel {
  id: string;
  leerling: string;
  code: string;
  school: string;
  fase: string;
  termijn: TermijnTekst;
  aangemeld: string;
  /** Only where the list shows the column. */
  topteam?: string;
  toegewezen?: string[];
  wachttijd?: string;
}

export interface Kolommen {
  team?: boolean;
  wachttijd?: boolean;
  toegewezen?: boolean;
}

export function TrajectRegels({ regels, kolommen }: { regels: TrajectRegel[]; kolommen: Kolommen }) {
  return (
    <tbody>
      {regels.map((t) => (
        <Rij key={t.id}>
          <Cel>
            <Link href={`/trajecten/${t.id}`} prefetch={false} className="text-brand-700 underline">
              {t.leerling}
            </Link>
            <span className="block text-sm text-slate-700">{t.code}</span>
          </Cel>
          <Cel>{t.school}</Cel>
          {kolommen.team && <Cel>{t.topteam}</Cel>}
          <Cel>{t.fase}</Cel>
          <Cel>
            <Termijn {...t.termijn} />
          </Cel>
          {kolommen.toegewezen && <Cel>{t.toegewezen?.length ? t.toegewezen.join(", ") : <span className="text-slate-600">Niemand</span>}</Cel>}
          {kolommen.wachttijd && <Cel>{t.wachttijd}</Cel>}
          <Cel>{t.aangemeld}</Cel>
        </Rij>
      ))}
    </tbody>
  );
}
