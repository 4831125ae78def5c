import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/page-title";
import { requireRole } from "@/lib/auth/current-actor";
import { formatDay } from "@/lib/calendar";
import { searchStudents } from "@/lib/privacy/students";

export const metadata: Metadata = { title: "Privacy" };

export default async function PrivacyPage({ searchParams }: { searchParams: Promise<{ naam?: string | string[] }> }) {
  const ctx = await requireRole("/privacy", "PRIVACY_OFFICER");
  const raw = (await searchParams).naam;
  const naam = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100) ?? "";
  const hits = naam.trim() ? await searchStudents(ctx, naam) : null;
  return (
    <>
      <PageTitle
        title="Privacy"
        intro="Zoek een leerling om te zien wie het dossier heeft ingezien of gewijzigd, om alle gegevens te exporteren, of om ze te verwijderen. Elke zoekopdracht wordt vastgelegd."
      />
      <form role="search" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg bg-white p-6 shadow">
        <div className="grow">
          <label htmlFor="naam" className="block font-medium">
            Naam van de leerling
          </label>
          <input id="naam" name="naam" defaultValue={naam} required className="mt-1 w-full rounded border border-slate-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Zoeken
        </button>
      </form>
      {hits && (
        <section aria-labelledby="resultaten" className="rounded-lg bg-white p-6 shadow">
          <h2 id="resultaten" className="text-lg font-semibold">
            {hits.length === 0 ? "Geen leerlingen gevonden" : `${hits.length} leerling${hits.length === 1 ? "" : "en"} gevonden`}
          </h2>
          <ul className="mt-3 space-y-2">
            {hits.map((hit) => (
              <li key={hit.id}>
                <Link href={`/privacy/${encodeURIComponent(hit.id)}`} className="text-brand-700 underline">
                  {hit.naam}
                </Link>{" "}
                <span className="text-slate-700">
                  · {hit.school} · geboren {formatDay(hit.geboortedatum)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
