// The Topteam's work on the traject page: the team, goals and evaluations, handelingsadviezen,
// the handover and the exit questionnaire. What is shown comes from getTrajectWerk, which reads
// in the actor's scope; the forms only appear for who may write, and the server checks again.
import { ProgressChart } from "@/components/progress-chart";
import { Panel } from "@/components/ui/panel";
import {
  ActivityForm,
  AddAdviceForm,
  AddGoalForm,
  AgreementForm,
  AssignMemberForm,
  ContactForm,
  EscalationForm,
  NoteForm,
  ResolveEscalationForm,
  EvaluationForm,
  ExitLinksForm,
  HandoverForm,
  UnassignMemberForm,
  UpdateAdviceForm,
  UpdateGoalForm,
} from "./werk-forms";
import { amsterdamDay, formatDay } from "@/lib/calendar";
import {
  ACTIVITEIT_SOORT_LABEL,
  ADVIES_VOOR_LABEL,
  AFSPRAAK_PARTIJ_LABEL,
  DOEL_GEBIED_LABEL,
  DOEL_STATUS_LABEL,
  ESCALATIE_NIVEAU_LABEL,
  EXIT_VOOR_LABEL,
  JA_NEE_LABEL,
  NETWERK_SOORT_LABEL,
  OVERDRACHT_LABEL,
  SITUATIE_LABEL,
  ZICHTBAARHEID_LABEL,
} from "@/lib/labels";
import { ROLE_LABEL } from "@/lib/navigation";
import { EXIT_VRAGEN } from "@/lib/exit/questions";
import type { TrajectDetail } from "@/lib/trajecten/queries";
import type { TrajectWerk } from "@/lib/trajecten/werk-queries";

const isoDay = (value: Date) => value.toISOString().slice(0, 10);

/** Marks what only the Topteam reads, so no one shares it by mistake. */
function Zichtbaar({ zichtbaarheid }: { zichtbaarheid: "TOPTEAM" | "GEDEELD" }) {
  return <span className={`ml-2 rounded px-2 py-0.5 text-xs ${zichtbaarheid === "TOPTEAM" ? "bg-amber-100 text-amber-950" : "bg-slate-200 text-slate-900"}`}>{ZICHTBAARHEID_LABEL[zichtbaarheid]}</span>;
}

function Uitklap({ titel, children }: { titel: string; children: React.ReactNode }) {
  return (
    <details className="rounded border border-slate-300 p-4">
      <summary className="cursor-pointer font-medium text-brand-800">{titel}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

/** The sections of the traject's work that this page shows, in order: for the page's own navigation too. */
export function werkOnderdelen(traject: TrajectDetail, werk: TrajectWerk): { id: string; titel: string }[] {
  return [
    { id: "team-kop", titel: "Topteam", toon: (traject.hoortHier.teamlid || werk.toegewezen.length > 0) && traject.topteam !== null },
    { id: "onderzoek-kop", titel: "Onderzoek", toon: traject.hoortHier.netwerk || werk.netwerk.length > 0 || werk.activiteiten.length > 0 },
    { id: "notities-kop", titel: "Notities", toon: werk.notities.length > 0 || traject.mag.notitie },
    { id: "samenwerking-kop", titel: "Samenwerking", toon: traject.hoortHier.afspraak || werk.afspraken.length > 0 || werk.escalaties.length > 0 },
    { id: "doelen-kop", titel: "Doelen en evaluaties", toon: werk.doelen.length > 0 || traject.hoortHier.doel },
    { id: "adviezen-kop", titel: "Handelingsadviezen", toon: werk.adviezen.length > 0 || traject.hoortHier.advies },
    { id: "overdracht-kop", titel: "Overdracht", toon: werk.overdrachten.length > 0 || traject.hoortHier.overdracht },
    { id: "exit-kop", titel: "Exit-vragenlijst", toon: werk.exit !== null && traject.hoortHier.exitLinks && traject.onderzoekStart !== null },
  ].filter((o) => o.toon);
}

export function WerkSections({ traject, werk }: { traject: TrajectDetail; werk: TrajectWerk }) {
  const props = { trajectId: traject.id, version: traject.version };
  const vandaag = isoDay(amsterdamDay());
  const { mag } = traject;
  const toon = new Set(werkOnderdelen(traject, werk).map((o) => o.id));
  const eigenaren = Object.fromEntries(werk.toegewezen.filter((p) => p.role !== "GEDRAGSWETENSCHAPPER").map((p) => [p.id, `${p.naam} (${ROLE_LABEL[p.role]})`]));
  const actief = werk.doelen.filter((d) => d.status === "ACTIEF");
  const overdrachtOpen = Object.fromEntries(Object.entries(OVERDRACHT_LABEL).filter(([aan]) => !werk.overdrachten.some((o) => o.aan === aan)));
  // The exit questionnaire belongs to a closed traject in which the Topteam worked.
  const exitLinks = mag.exitLinks && traject.onderzoekStart !== null;
  const contacten = Object.fromEntries(werk.netwerk.map((c) => [c.id, `${c.naam} (${NETWERK_SOORT_LABEL[c.soort]})`]));

  return (
    <>
      {toon.has("team-kop") && (
        <Panel id="team-kop" title="Topteam in dit traject">
          {werk.toegewezen.length === 0 ? (
            <p>Er zijn nog geen Topdocenten of hulpverleners toegewezen.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {werk.toegewezen.map((p) => (
                <li key={p.id}>
                  {p.naam} ({ROLE_LABEL[p.role]})
                </li>
              ))}
            </ul>
          )}
          {mag.teamlid && (
            <>
              {werk.beschikbaar.length > 0 && (
                <Uitklap titel="Teamlid toewijzen">
                  <AssignMemberForm {...props} beschikbaar={Object.fromEntries(werk.beschikbaar.map((p) => [p.id, `${p.naam} (${ROLE_LABEL[p.role]})`]))} />
                </Uitklap>
              )}
              {werk.toegewezen.map((p) => (
                <Uitklap key={p.id} titel={`${p.naam} afmelden`}>
                  <p className="mb-2">{p.naam} ziet dit traject daarna niet meer.</p>
                  <UnassignMemberForm {...props} userId={p.id} naam={p.naam} />
                </Uitklap>
              ))}
            </>
          )}
        </Panel>
      )}

      {toon.has("onderzoek-kop") && (
        <Panel id="onderzoek-kop" title="Netwerk en activiteiten">
          <h3 className="font-medium">Netwerk van de leerling</h3>
          {werk.netwerk.length === 0 ? (
            <p>Er staat nog niemand in het netwerk.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {werk.netwerk.map((c) => (
                <li key={c.id}>
                  {c.naam}, {NETWERK_SOORT_LABEL[c.soort].toLowerCase()}
                  {c.organisatie ? ` (${c.organisatie})` : ""}
                  <Zichtbaar zichtbaarheid={c.zichtbaarheid} />
                </li>
              ))}
            </ul>
          )}
          <h3 className="font-medium">Activiteiten</h3>
          {werk.activiteiten.length === 0 ? (
            <p>Er zijn nog geen activiteiten vastgelegd.</p>
          ) : (
            <ol className="space-y-3">
              {werk.activiteiten.map((a) => (
                <li key={a.id} className="rounded border border-slate-200 p-3">
                  <p className="font-medium">
                    {ACTIVITEIT_SOORT_LABEL[a.soort]}
                    {a.situatie ? `: ${SITUATIE_LABEL[a.situatie].toLowerCase()}` : ""}
                    {a.gesprekMet ? ` met ${a.gesprekMet}` : ""}
                    <Zichtbaar zichtbaarheid={a.zichtbaarheid} />
                  </p>
                  <p className="text-sm text-slate-700">
                    {formatDay(a.datum)} · {a.deelnemers}
                  </p>
                  {a.notitie && <p className="mt-1 whitespace-pre-line">{a.notitie}</p>}
                </li>
              ))}
            </ol>
          )}
          {mag.activiteit && (
            <>
              <Uitklap titel="Contact aan het netwerk toevoegen">
                <ContactForm {...props} />
              </Uitklap>
              <Uitklap titel="Activiteit vastleggen">
                <ActivityForm {...props} contacten={contacten} vandaag={vandaag} />
              </Uitklap>
            </>
          )}
        </Panel>
      )}

      {toon.has("notities-kop") && (
        <Panel id="notities-kop" title="Notities">
          {werk.notities.length === 0 && <p>Er zijn nog geen notities.</p>}
          <ol className="space-y-3">
            {werk.notities.map((n) => (
              <li key={n.id} className="rounded border border-slate-200 p-3">
                <p className="text-sm text-slate-700">
                  {formatDay(n.datum)} · {n.door}
                  <Zichtbaar zichtbaarheid={n.zichtbaarheid} />
                </p>
                <p className="mt-1 whitespace-pre-line">{n.tekst}</p>
              </li>
            ))}
          </ol>
          {mag.notitie && (
            <Uitklap titel="Notitie vastleggen">
              <NoteForm {...props} vandaag={vandaag} />
            </Uitklap>
          )}
        </Panel>
      )}

      {toon.has("samenwerking-kop") && (
        <Panel id="samenwerking-kop" title="Samenwerking met de school">
          <h3 className="font-medium">Afspraken</h3>
          {werk.afspraken.length === 0 ? (
            <p>Er zijn nog geen samenwerkingsafspraken vastgelegd.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {werk.afspraken.map((a) => (
                <li key={a.id}>
                  <span className="font-medium">{AFSPRAAK_PARTIJ_LABEL[a.partij]}:</span> {a.afspraak}
                </li>
              ))}
            </ul>
          )}
          <h3 className="font-medium">Escalatieladder</h3>
          {werk.escalaties.length === 0 ? (
            <p>Er is niet geëscaleerd.</p>
          ) : (
            <ol className="space-y-3">
              {werk.escalaties.map((e) => (
                <li key={e.id} className="rounded border border-slate-200 p-3">
                  <p className="font-medium">
                    {ESCALATIE_NIVEAU_LABEL[String(e.niveau)]}, {formatDay(e.datum)}
                    <Zichtbaar zichtbaarheid={e.zichtbaarheid} />
                  </p>
                  <p>{e.kwestie}</p>
                  <p className="text-sm text-slate-700">Betrokken: {e.wie}</p>
                  <p className="mt-1">{e.opgelostOp ? `Opgelost op ${formatDay(e.opgelostOp)}: ${e.oplossing}` : "Nog niet opgelost."}</p>
                  {mag.escalatie && !e.opgelostOp && (
                    <div className="mt-2">
                      <Uitklap titel="Oplossing vastleggen">
                        <ResolveEscalationForm {...props} escalatieId={e.id} vandaag={vandaag} />
                      </Uitklap>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
          {mag.afspraak && (
            <Uitklap titel="Samenwerkingsafspraak vastleggen">
              <AgreementForm {...props} />
            </Uitklap>
          )}
          {mag.escalatie && (
            <Uitklap titel="Escalatie vastleggen">
              <EscalationForm {...props} vandaag={vandaag} />
            </Uitklap>
          )}
        </Panel>
      )}

      {toon.has("doelen-kop") && (
        <Panel id="doelen-kop" title="Doelen en evaluaties">
          {werk.doelen.length === 0 && <p>Er zijn nog geen doelen.</p>}
          <ol className="space-y-4">
            {werk.doelen.map((doel) => (
              <li key={doel.id} className="space-y-2 rounded border border-slate-200 p-3">
                <p className="font-medium">{doel.omschrijving}</p>
                <p className="text-sm text-slate-700">
                  {DOEL_GEBIED_LABEL[doel.gebied]} · {DOEL_STATUS_LABEL[doel.status]} · Eigenaar: {doel.eigenaar?.naam ?? "nog niemand"}
                </p>
                <ProgressChart titel={doel.omschrijving} reeks={doel.reeks} />
                {mag.doel && (
                  <Uitklap titel={`Bijwerken: ${doel.omschrijving}`}>
                    <UpdateGoalForm {...props} doel={{ id: doel.id, status: doel.status, eigenaarId: doel.eigenaar?.id ?? "" }} eigenaren={eigenaren} />
                  </Uitklap>
                )}
              </li>
            ))}
          </ol>
          {werk.evaluaties.length > 0 && (
            <p>
              Evaluaties: {werk.evaluaties.map((e) => `${formatDay(e.datum)} (${e.deelnemers})`).join("; ")}.
            </p>
          )}
          {mag.doel && (
            <>
              {actief.length > 0 && (
                <Uitklap titel="Evaluatie vastleggen">
                  <EvaluationForm {...props} vandaag={vandaag} doelen={actief} />
                </Uitklap>
              )}
              <Uitklap titel="Doel toevoegen">
                <AddGoalForm {...props} eigenaren={eigenaren} />
              </Uitklap>
            </>
          )}
        </Panel>
      )}

      {toon.has("adviezen-kop") && (
        <Panel id="adviezen-kop" title="Handelingsadviezen">
          {werk.adviezen.length === 0 && <p>Er zijn nog geen handelingsadviezen.</p>}
          <ul className="space-y-3">
            {werk.adviezen.map((advies) => (
              <li key={advies.id} className="rounded border border-slate-200 p-3">
                <p>
                  <span className="font-medium">Voor {ADVIES_VOOR_LABEL[advies.voor].toLowerCase()}:</span> {advies.tekst}
                </p>
                <p className="text-sm text-slate-700">
                  {advies.getest ? "Uitgeprobeerd in intensief" : "Niet uitgeprobeerd"} · Werkt: {JA_NEE_LABEL[advies.werkt].toLowerCase()} ·{" "}
                  {advies.inOpp ? "In het OPP" : "Niet in het OPP"}
                </p>
                {mag.advies && (
                  <div className="mt-2">
                    <Uitklap titel="Bijwerken">
                      <UpdateAdviceForm {...props} advies={advies} />
                    </Uitklap>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {traject.overdrachtsdocument && (
            <p className="mt-3">
              Overdracht voor het OPP, met de adviezen, de doelen en hun evaluaties:{" "}
              <a href={`/trajecten/${encodeURIComponent(traject.id)}/overdracht`} className="text-brand-800 underline">
                PDF
              </a>{" "}
              of{" "}
              <a href={`/trajecten/${encodeURIComponent(traject.id)}/overdracht?formaat=docx`} className="text-brand-800 underline">
                Word (om te bewerken)
              </a>
            </p>
          )}
          {mag.advies && (
            <Uitklap titel="Handelingsadvies toevoegen">
              <AddAdviceForm {...props} />
            </Uitklap>
          )}
        </Panel>
      )}

      {toon.has("overdracht-kop") && (
        <Panel id="overdracht-kop" title="Overdracht">
          <ul className="space-y-1">
            {Object.entries(OVERDRACHT_LABEL).map(([aan, label]) => {
              const gedaan = werk.overdrachten.find((o) => o.aan === aan);
              return (
                <li key={aan}>
                  <span aria-hidden="true">{gedaan ? "☑" : "☐"}</span> {label}: {gedaan ? `gedaan op ${formatDay(gedaan.datum)}${gedaan.notitie ? ` (${gedaan.notitie})` : ""}` : "nog niet"}
                </li>
              );
            })}
          </ul>
          {mag.overdracht && Object.keys(overdrachtOpen).length > 0 && (
            <Uitklap titel="Overdracht vastleggen">
              <HandoverForm {...props} open={overdrachtOpen} vandaag={vandaag} />
            </Uitklap>
          )}
        </Panel>
      )}

      {toon.has("exit-kop") && werk.exit && (
        <Panel id="exit-kop" title="Exit-vragenlijst">
          {werk.exit.links.length > 0 && (
            <ul className="list-disc space-y-1 pl-5">
              {werk.exit.links.map((link, i) => (
                <li key={i}>
                  {EXIT_VOOR_LABEL[link.voor]}: {link.gebruiktOp ? `ingevuld op ${formatDay(link.gebruiktOp)}` : link.verlooptOp > new Date() ? `open tot ${formatDay(link.verlooptOp)}` : "verlopen"}
                </li>
              ))}
            </ul>
          )}
          {werk.exit.antwoorden.map((a, i) => (
            <div key={i} className="rounded border border-slate-200 p-3">
              <p className="font-medium">
                {EXIT_VOOR_LABEL[a.voor]}, {formatDay(a.ingevuldOp)}
              </p>
              <dl className="mt-1 grid gap-x-4 sm:grid-cols-[3fr_1fr]">
                {Object.entries(EXIT_VRAGEN).map(([veld, vraag]) => (
                  <div key={veld} className="contents">
                    <dt>{vraag}</dt>
                    <dd>{a[veld as keyof typeof EXIT_VRAGEN]} / 5</dd>
                  </div>
                ))}
              </dl>
              {a.opmerking && <p className="mt-2 whitespace-pre-line">{a.opmerking}</p>}
            </div>
          ))}
          {exitLinks && <ExitLinksForm {...props} />}
        </Panel>
      )}
    </>
  );
}
