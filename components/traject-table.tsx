import Link from "next/link";
import { faseMetStap } from "@/lib/labels";
import type { TrajectSummary } from "@/lib/trajecten/queries";
import { TermSummary } from "./term-badge";
import { Cel, Kop, Rij, Table } from "./ui/table";

export function TrajectTable({ caption, trajecten, showTeam = false }: { caption: string; trajecten: TrajectSummary[]; showTeam?: boolean }) {
  if (trajecten.length === 0) {
    return (
      <section>
        <h2 className="text-lg font-semibold">{caption}</h2>
        <p className="mt-2 text-slate-700">Er zijn geen trajecten om te tonen.</p>
      </section>
    );
  }
  return (
    <Table
      caption={
        <>
          {caption} <span className="font-normal text-slate-700">({trajecten.length})</span>
        </>
      }
    >
      <Kop kolommen={["Leerling", "School", ...(showTeam ? ["Topteam"] : []), "Fase", "Volgende termijn"]} />
      <tbody>
        {trajecten.map((t) => (
          <Rij key={t.id}>
            <Cel>
              <Link href={`/trajecten/${t.id}`} className="text-brand-700 underline">
                {t.leerling}
              </Link>
            </Cel>
            <Cel>{t.school}</Cel>
            {showTeam && (
              <Cel>
                {t.topteam ?? "Nog niet toegewezen"}
                {t.windstreekoverstijgend ? " (windstreekoverstijgend)" : ""}
              </Cel>
            )}
            <Cel>{faseMetStap(t.fase, t.aanmeldingStap)}</Cel>
            <Cel>
              <TermSummary term={t.term} />
            </Cel>
          </Rij>
        ))}
      </tbody>
    </Table>
  );
}
