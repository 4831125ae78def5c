import { Confirmation } from "@/components/ui/confirmation";
import type { Metadata } from "next";
import { z } from "zod";
import { VernietigingForm } from "./vernietiging-form";
import { PageTitle } from "@/components/page-title";
import { TextField } from "@/components/ui/fields";
import { Pagination } from "@/components/ui/pagination";
import { Cel, Kop, Rij, Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/current-actor";
import { amsterdamDay, day, formatDay } from "@/lib/calendar";
import { ROLE_LABEL } from "@/lib/navigation";
import { BEWAARTERMIJN } from "@/lib/privacy/bewaartermijnen";
import { studentAccessLog, VERZOCHT_DOOR_LABEL, vernietigingenVan } from "@/lib/privacy/students";

export const metadata: Metadata = { title: "Toegangslog leerling" };

const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in als dd-mm-jjjj.")
  .transform((value) => day(value))
  .optional()
  .catch(undefined);

const moment = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Amsterdam" });

const Z_PAGINA = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function StudentLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ studentId: string }>;
  searchParams: Promise<{ van?: string; tot?: string; vernietigd?: string; geweigerd?: string; pagina?: string }>;
}) {
  const ctx = await requireRole("/privacy/[studentId]", "PRIVACY_OFFICER");
  const studentId = (await params).studentId.slice(0, 64);
  const query = await searchParams;
  const van = ZDay.parse(typeof query.van === "string" && query.van ? query.van : undefined);
  const tot = ZDay.parse(typeof query.tot === "string" && query.tot ? query.tot : undefined);
  const alleenGeweigerd = query.geweigerd === "1";
  const volgorde = van && tot && tot < van ? "De einddatum ligt vóór de begindatum." : undefined;
  const [log, vernietigingen] = await Promise.all([
    studentAccessLog(ctx, studentId, volgorde ? { alleenGeweigerd } : { van, tot, alleenGeweigerd }, Z_PAGINA.parse(query.pagina)),
    vernietigingenVan(ctx, studentId),
  ]);
  const titel = log.student ? log.student.naam : "Verwijderde of onbekende leerling";
  const base = `/privacy/${encodeURIComponent(studentId)}`;
  const paginaHref = (pagina: number) => {
    const params = new URLSearchParams();
    if (van && !volgorde) params.set("van", van.toISOString().slice(0, 10));
    if (tot && !volgorde) params.set("tot", tot.toISOString().slice(0, 10));
    if (alleenGeweigerd) params.set("geweigerd", "1");
    params.set("pagina", String(pagina));
    return `${base}?${params}`;
  };

  return (
    <>
      <PageTitle
        title={`Toegangslog: ${titel}`}
        intro={log.student ? `${log.student.school} · geboren ${formatDay(log.student.geboortedatum)}` : `Kenmerk ${studentId}`}
      />
      {query.vernietigd === "1" && (
        <Confirmation className="mb-6">
          {log.student
            ? "Het verzoek is vastgelegd en uitgevoerd. Wat nog bewaard wordt, staat hieronder."
            : "De persoonsgegevens van deze leerling zijn verwijderd. De trajecten tellen nog mee in de cijfers, zonder naam."}
        </Confirmation>
      )}

      {log.student && (
        <div className="mb-8 grid gap-6 md:grid-cols-2">
          <section aria-labelledby="export" className="rounded-lg bg-white p-6 shadow">
            <h2 id="export" className="text-lg font-semibold">
              Inzage (AVG)
            </h2>
            <p className="mt-2">Alle gegevens over deze leerling, met het toegangslog: als JSON-bestand, of als leesbare PDF.</p>
            <div className="mt-3 flex flex-wrap gap-3">
              {(["JSON", "PDF"] as const).map((formaat) => (
                <a
                  key={formaat}
                  href={`${base}/export${formaat === "PDF" ? "?formaat=pdf" : ""}`}
                  download
                  className="inline-block rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
                >
                  Exporteren als {formaat}
                </a>
              ))}
            </div>
          </section>
          <section aria-labelledby="vernietigen-kop" className="rounded-lg bg-white p-6 shadow">
            <h2 id="vernietigen-kop" className="text-lg font-semibold">
              Vernietiging op verzoek
            </h2>
            <p className="mt-2">
              Ouders, of een leerling van 12 jaar of ouder, mogen vragen om gegevens eerder te vernietigen. Dit kan pas als alle trajecten zijn
              afgesloten. Zijn beide delen vernietigd, dan gaan ook naam en geboortedatum. Het toegangslog en de aantallen in de cijfers blijven.
            </p>
            <div className="mt-3">
              <VernietigingForm
                studentId={studentId}
                vandaag={amsterdamDay().toISOString().slice(0, 10)}
                verzochtDoor={VERZOCHT_DOOR_LABEL}
                categorieen={{ SCHOOLDOSSIER: BEWAARTERMIJN.SCHOOLDOSSIER.label, WERKAANTEKENINGEN: BEWAARTERMIJN.WERKAANTEKENINGEN.label }}
              />
            </div>
          </section>
        </div>
      )}

      {vernietigingen.length > 0 && (
        <section aria-labelledby="vernietigingen-kop" className="mb-8 rounded-lg bg-white p-6 shadow">
          <h2 id="vernietigingen-kop" className="text-lg font-semibold">
            Vastgelegde verzoeken tot vernietiging
          </h2>
          <ul className="mt-2 space-y-2">
            {vernietigingen.map((v) => (
              <li key={v.id}>
                {VERZOCHT_DOOR_LABEL[v.verzochtDoor]}, verzocht op {formatDay(v.verzochtOp)}, uitgevoerd op {moment.format(v.uitgevoerdOp)}.
                {v.toelichting && <span className="block text-slate-700">Gevraagd: {v.toelichting}</span>}
                <span className="block">{v.uitkomst}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="toegangslog">
        <h2 id="toegangslog" className="mb-3 text-lg font-semibold">
          Wie heeft het dossier ingezien of gewijzigd
        </h2>
        <form className="mb-4 grid gap-3 rounded-lg bg-white p-6 shadow sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end" aria-label="Toegangslog filteren">
          <TextField name="van" label="Van" type="date" defaultValue={van?.toISOString().slice(0, 10)} />
          <TextField name="tot" label="Tot en met" type="date" defaultValue={tot?.toISOString().slice(0, 10)} error={volgorde} />
          <div className="flex items-center gap-2 pb-2">
            <input id="geweigerd" name="geweigerd" type="checkbox" value="1" defaultChecked={alleenGeweigerd} className="h-4 w-4" />
            <label htmlFor="geweigerd">Alleen geweigerde pogingen</label>
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Filteren
          </button>
        </form>
        <Table
          className="w-full text-left text-sm"
          label="Toegangslog"
          caption={`${log.totaal} registratie${log.totaal === 1 ? "" : "s"}${alleenGeweigerd ? " geweigerd" : ""}${log.paginas > 1 ? `, nieuwste eerst; pagina ${log.pagina} van ${log.paginas}` : ""}`}
        >
          <Kop kolommen={["Moment", "Uitkomst", "Handeling", "Door", "Traject", "IP-adres"]} />
          <tbody>
            {log.rows.map((row, i) => (
              <Rij key={i}>
                <Cel>
                  <span className="whitespace-nowrap">{moment.format(row.at)}</span>
                </Cel>
                <Cel>{row.outcome === "ALLOWED" ? "Toegestaan" : <strong className="text-red-800">Geweigerd</strong>}</Cel>
                <Cel>{row.handeling}</Cel>
                <Cel>
                  {row.gebruiker}
                  {(row.role || row.organisatie) && (
                    <span className="block text-slate-700">{[row.role ? ROLE_LABEL[row.role] : null, row.organisatie].filter(Boolean).join(", ")}</span>
                  )}
                </Cel>
                <Cel>{row.traject ?? "—"}</Cel>
                <Cel code>{row.ip ?? "—"}</Cel>
              </Rij>
            ))}
          </tbody>
        </Table>
        <Pagination pagina={log.pagina} paginas={log.paginas} href={paginaHref} label="Pagina's van het toegangslog" />
      </section>
    </>
  );
}
