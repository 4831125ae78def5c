import type { Metadata } from "next";
import { z } from "zod";
import { AnonymiseForm } from "./anonymise-form";
import { BeheerNav } from "@/components/beheer-nav";
import { PageTitle } from "@/components/page-title";
import { TextField } from "@/components/ui/fields";
import { Cel, Kop, Rij, Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/current-actor";
import { day, formatDay } from "@/lib/calendar";
import { ROLE_LABEL } from "@/lib/navigation";
import { studentAccessLog } from "@/lib/privacy/students";

export const metadata: Metadata = { title: "Toegangslog leerling" };

const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in als dd-mm-jjjj.")
  .transform((value) => day(value))
  .optional()
  .catch(undefined);

const moment = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Amsterdam" });

export default async function StudentLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ studentId: string }>;
  searchParams: Promise<{ van?: string; tot?: string; verwijderd?: string }>;
}) {
  const ctx = await requireRole("/beheer/privacy/[studentId]", "ADMIN");
  const studentId = (await params).studentId.slice(0, 64);
  const query = await searchParams;
  const van = ZDay.parse(typeof query.van === "string" && query.van ? query.van : undefined);
  const tot = ZDay.parse(typeof query.tot === "string" && query.tot ? query.tot : undefined);
  const volgorde = van && tot && tot < van ? "De einddatum ligt vóór de begindatum." : undefined;
  const log = await studentAccessLog(ctx, studentId, volgorde ? {} : { van, tot });
  const titel = log.student ? log.student.naam : "Verwijderde of onbekende leerling";

  return (
    <>
      <PageTitle
        title={`Toegangslog: ${titel}`}
        intro={log.student ? `${log.student.school} · geboren ${formatDay(log.student.geboortedatum)}` : `Kenmerk ${studentId}`}
      />
      <BeheerNav current="/beheer/privacy" />
      {query.verwijderd === "1" && !log.student && (
        <p role="status" className="mb-6 rounded border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          De persoonsgegevens van deze leerling zijn verwijderd. De trajecten tellen nog mee in de cijfers, zonder naam.
        </p>
      )}
      <form className="mb-6 grid gap-3 rounded-lg bg-white p-6 shadow sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label="Periode">
        <TextField name="van" label="Van" type="date" defaultValue={van?.toISOString().slice(0, 10)} />
        <TextField name="tot" label="Tot en met" type="date" defaultValue={tot?.toISOString().slice(0, 10)} error={volgorde} />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Toon periode
        </button>
      </form>

      <div className="mb-6">
        <Table
          className="w-full text-left text-sm"
          label="Toegangslog"
          caption={`${log.rows.length} registratie${log.rows.length === 1 ? "" : "s"}${log.afgekapt ? " (de nieuwste; kies een kortere periode voor de rest)" : ""}`}
        >
          <Kop kolommen={["Moment", "Gebruiker", "Rol", "Organisatie", "Traject", "Onderdeel", "Handeling", "Uitkomst", "IP-adres"]} />
          <tbody>
            {log.rows.map((row, i) => (
              <Rij key={i}>
                <Cel>
                  <span className="whitespace-nowrap">{moment.format(row.at)}</span>
                </Cel>
                <Cel>{row.gebruiker}</Cel>
                <Cel>{row.role ? ROLE_LABEL[row.role] : "—"}</Cel>
                <Cel code>{row.organisatie ?? "—"}</Cel>
                <Cel code>{row.trajectId ?? "—"}</Cel>
                <Cel>{row.onderdeel}</Cel>
                <Cel code>{row.action}</Cel>
                <Cel>{row.outcome === "ALLOWED" ? "Toegestaan" : "Geweigerd"}</Cel>
                <Cel code>{row.ip ?? "—"}</Cel>
              </Rij>
            ))}
          </tbody>
        </Table>
      </div>

      {log.student && (
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="export" className="rounded-lg bg-white p-6 shadow">
            <h2 id="export" className="text-lg font-semibold">
              Inzage (AVG)
            </h2>
            <p className="mt-2">Alle gegevens over deze leerling, met het toegangslog: als JSON-bestand, of als leesbare PDF.</p>
            <div className="mt-3 flex flex-wrap gap-3">
              {(["JSON", "PDF"] as const).map((formaat) => (
                <a
                  key={formaat}
                  href={`/beheer/privacy/${encodeURIComponent(studentId)}/export${formaat === "PDF" ? "?formaat=pdf" : ""}`}
                  download
                  className="inline-block rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
                >
                  Exporteren als {formaat}
                </a>
              ))}
            </div>
          </section>
          <section aria-labelledby="verwijderen" className="rounded-lg bg-white p-6 shadow">
            <h2 id="verwijderen" className="text-lg font-semibold">
              Persoonsgegevens verwijderen
            </h2>
            <p className="mt-2">
              De trajecten blijven meetellen in de cijfers, zonder naam, geboortedatum, LISA-referentie of notities. Dit kan pas als alle trajecten
              zijn afgesloten.
            </p>
            <div className="mt-3">
              <AnonymiseForm studentId={studentId} />
            </div>
          </section>
        </div>
      )}
    </>
  );
}
