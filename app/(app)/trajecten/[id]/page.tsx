import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TermSummary } from "@/components/term-badge";
import { requireContext } from "@/lib/auth/current-actor";
import { formatDay } from "@/lib/calendar";
import { faseMetStap } from "@/lib/labels";
import { getTraject } from "@/lib/trajecten/queries";

export const metadata: Metadata = { title: "Traject" };

export default async function TrajectPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireContext();
  const { id } = await params;
  // Out of scope and non-existent look the same: a 404. getTraject logs the refusal.
  const traject = await getTraject(ctx, id.slice(0, 64));
  if (!traject) notFound();
  return (
    <>
      <header className="mb-6 rounded-lg bg-white p-6 shadow">
        <h1 className="text-2xl font-semibold text-brand-800">{traject.leerling}</h1>
        <dl className="mt-4 grid gap-x-8 gap-y-2 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-700">School</dt>
            <dd>{traject.school}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Topteam</dt>
            <dd>
              {traject.topteam ?? "Nog niet toegewezen"}
              {traject.windstreekoverstijgend ? " (windstreekoverstijgend)" : ""}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Fase</dt>
            <dd>{faseMetStap(traject.fase, traject.aanmeldingStap)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Termijn</dt>
            <dd>
              <TermSummary term={traject.term} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">LISA-referentie</dt>
            <dd>{traject.lisaReferentie ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Aangemeld op</dt>
            <dd>{formatDay(traject.aangemeldOp)}</dd>
          </div>
        </dl>
      </header>
      <section aria-labelledby="geschiedenis" className="rounded-lg bg-white p-6 shadow">
        <h2 id="geschiedenis" className="text-lg font-semibold">
          Geschiedenis
        </h2>
        <ol className="mt-4 space-y-4 border-l-2 border-brand-700 pl-4">
          {traject.history.map((entry) => (
            <li key={entry.id}>
              <p className="font-medium">
                {entry.vanFase ? `${faseMetStap(entry.vanFase, entry.vanStap)} → ` : ""}
                {faseMetStap(entry.naarFase, entry.naarStap)}
              </p>
              <p className="text-sm text-slate-700">
                {formatDay(entry.datum)} · {entry.door}
              </p>
              {entry.notitie && <p className="mt-1">{entry.notitie}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
