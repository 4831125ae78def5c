// The Topteam's work on the traject page: the team, goals and evaluations, handelingsadviezen,
// the handover and the exit questionnaire. What is shown comes from getTrajectWerk, which reads
// in the actor's scope; the forms only appear for who may write, and the server checks again.
import { ProgressChart } from "@/components/progress-chart";
import { Panel } from "@/components/ui/panel";
import {
  AddAdviceForm,
  AddGoalForm,
  AssignMemberForm,
  EvaluationForm,
  ExitLinksForm,
  HandoverForm,
  UnassignMemberForm,
  UpdateAdviceForm,
  UpdateGoalForm,
} from "@/components/werk-forms";
import { amsterdamDay, formatDay } from "@/lib/calendar";
import { ADVIES_VOOR_LABEL, DOEL_GEBIED_LABEL, DOEL_STATUS_LABEL, EXIT_VOOR_LABEL, JA_NEE_LABEL, OVERDRACHT_LABEL } from "@/lib/labels";
import { ROLE_LABEL } from "@/lib/navigation";
import { EXIT_VRAGEN } from "@/lib/exit/questions";
import type { TrajectDetail } from "@/lib/trajecten/queries";
import type { TrajectWerk } from "@/lib/trajecten/werk-queries";

const isoDay = (value: Date) => value.toISOString().slice(0, 10);

function Uitklap({ titel, children }: { titel: string; children: React.ReactNode }) {
  return (
    <details className="rounded border border-slate-300 p-4">
      <summary className="cursor-pointer font-medium text-brand-800">{titel}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

export function WerkSections({ traject, werk }: { traject: TrajectDetail; werk: TrajectWerk }) {
  const props = { trajectId: traject.id, version: traject.version };
  const vandaag = isoDay(amsterdamDay());
  const lopend = ["ONDERZOEK", "INTENSIEF", "BORGING", "FOLLOW_UP"].includes(traject.fase) || traject.aanmeldingStap === "GOEDGEKEURD";
  const eigenaren = Object.fromEntries(werk.toegewezen.filter((p) => p.role !== "GEDRAGSWETENSCHAPPER").map((p) => [p.id, `${p.naam} (${ROLE_LABEL[p.role]})`]));
  const intensief = traject.fase === "INTENSIEF";
  const actief = werk.doelen.filter((d) => d.status === "ACTIEF");
  const adviesFase = traject.fase === "INTENSIEF" || traject.fase === "BORGING";
  const overdrachtOpen = Object.fromEntries(Object.entries(OVERDRACHT_LABEL).filter(([aan]) => !werk.overdrachten.some((o) => o.aan === aan)));
  const gesloten = (traject.fase === "AFGEROND" || traject.fase === "GESTOPT") && traject.onderzoekStart !== null;

  return (
    <>
      {(lopend || werk.toegewezen.length > 0) && traject.topteam && (
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
          {werk.leiden && lopend && (
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

      {(werk.doelen.length > 0 || intensief) && (
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
                {werk.schrijven && intensief && (
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
          {werk.schrijven && intensief && (
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

      {(werk.adviezen.length > 0 || adviesFase) && (
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
                {werk.schrijven && adviesFase && (
                  <div className="mt-2">
                    <Uitklap titel="Bijwerken">
                      <UpdateAdviceForm {...props} advies={advies} />
                    </Uitklap>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {werk.schrijven && adviesFase && (
            <Uitklap titel="Handelingsadvies toevoegen">
              <AddAdviceForm {...props} />
            </Uitklap>
          )}
        </Panel>
      )}

      {(werk.overdrachten.length > 0 || traject.fase === "BORGING") && (
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
          {werk.schrijven && traject.fase === "BORGING" && Object.keys(overdrachtOpen).length > 0 && (
            <Uitklap titel="Overdracht vastleggen">
              <HandoverForm {...props} open={overdrachtOpen} vandaag={vandaag} />
            </Uitklap>
          )}
        </Panel>
      )}

      {werk.exit && gesloten && (
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
          {werk.leiden && <ExitLinksForm {...props} />}
        </Panel>
      )}
    </>
  );
}
