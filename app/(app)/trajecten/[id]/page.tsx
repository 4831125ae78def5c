import { Confirmation } from "@/components/ui/confirmation";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TermSummary } from "@/components/term-badge";
import { AnswerInformationForm, AskInformationForm, AssignTeamForm, ConsentForm, ConsentLinkForm, LinkStudentForm, WithdrawConsentForm } from "./aanmelding-forms";
import { Alert } from "@/components/ui/alert";
import { Panel } from "@/components/ui/panel";
import { OppUploadForm } from "./opp-upload-form";
import { TransitionForm } from "./transition-form";
import { teamBezetting, type TeamBezetting } from "@/lib/aanmelding/assignment";
import { requireContext } from "@/lib/auth/current-actor";
import { amsterdamDay, formatDay } from "@/lib/calendar";
import {
  ACTIE_LABEL,
  DOELGROEP_GEBIED_LABEL,
  faseMetStap,
  GEBEURTENIS_LABEL,
  TOESTEMMING_STAND_LABEL,
  NIET_PASSEND_LABEL,
  STOP_REDEN_LABEL,
  VOOROVERLEG_BESLUIT_LABEL,
  VOOROVERLEG_VRAGEN,
} from "@/lib/labels";
import { getTraject, type TrajectDetail } from "@/lib/trajecten/queries";
import { getTrajectWerk } from "@/lib/trajecten/werk-queries";
import { TOESTEMMING_VAN } from "@/lib/aanmelding/consent-text";
import { werkOnderdelen, WerkSections } from "./werk-sections";
import { PrintButton } from "./print-button";
import { isHistoryAction, isInEffect } from "@/lib/trajecten/history";
import { ROLE_LABEL } from "@/lib/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { GEBRUIKELIJKE_STAP } from "@/lib/trajecten/rules";

const isoDay = (value: Date) => value.toISOString().slice(0, 10);

export const metadata: Metadata = { title: "Traject" };

export default async function TrajectPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ vastgelegd?: string | string[] }>;
}) {
  const ctx = await requireContext();
  const { id } = await params;
  const { vastgelegd } = await searchParams;
  const gedaan = isHistoryAction(vastgelegd) ? vastgelegd : null;
  // Out of scope and non-existent look the same: a 404. getTraject logs the refusal.
  const traject = await getTraject(ctx, id.slice(0, 64));
  if (!traject) notFound();
  // Without valid consent the dossier's contents stay with the school.
  const werk = traject.afgeschermd ? null : await getTrajectWerk(ctx, traject.id);
  const toonAanmelding = Boolean(traject.vooroverleg) || traject.infoVragen.length > 0 || traject.mag.vraag || traject.mag.intrekking || traject.mag.toewijzing;
  const toonDocumenten = traject.documenten.length > 0 || traject.mag.opp;
  const onderdelen = [
    { id: "overzicht", titel: "Overzicht" },
    ...(traject.acties.length > 0 ? [{ id: "volgende-stap", titel: "Volgende stap" }] : []),
    ...(toonAanmelding ? [{ id: "aanmelding", titel: "Aanmelding" }] : []),
    ...(werk ? werkOnderdelen(traject, werk) : []),
    ...(toonDocumenten ? [{ id: "documenten-kop", titel: "Documenten" }] : []),
    { id: "geschiedenis", titel: "Geschiedenis" },
  ];
  return (
    <>
      {gedaan && (
        <Confirmation className="mb-4">
          Vastgelegd: {GEBEURTENIS_LABEL[gedaan]}.
        </Confirmation>
      )}
      {traject.stopReden && (
        <Alert tone="let-op" className="mb-4">
          {traject.stopReden === "AANVRAAG_AFGEWEZEN" ? "De aanvraag is afgewezen" : "Dit traject is gestopt"}: {STOP_REDEN_LABEL[traject.stopReden]}.
          {traject.stopToelichting && <span className="mt-1 block whitespace-pre-line">{traject.stopToelichting}</span>}
        </Alert>
      )}
      {traject.afgeschermd && (
        <Alert tone="let-op" className="mb-4">
          Er is geen geldige toestemming om de gegevens van deze leerling te delen. Naam, LISA-referentie en notities zijn afgeschermd.
          {traject.acties.length > 0
            ? " U kunt in dit dossier niets meer vastleggen. Geeft de school geen nieuwe toestemming, stop het traject dan hieronder, met een reden."
            : " Alleen de school kan in dit dossier schrijven."}
        </Alert>
      )}
      <header id="overzicht" className="mb-4 rounded-lg bg-white p-6 shadow">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-2xl font-semibold text-brand-800">{traject.leerling}</h1>
          <span className="flex items-center gap-3">
            <span className="font-mono text-slate-700">{traject.code}</span>
            <PrintButton />
          </span>
        </div>
        <dl className="mt-4 grid gap-x-8 gap-y-2 sm:grid-cols-3">
          <div>
            <dt className="text-sm text-slate-700">Fase</dt>
            <dd className="font-medium">
              {faseMetStap(traject.fase, traject.aanmeldingStap)}
              {traject.stopReden ? ` (${STOP_REDEN_LABEL[traject.stopReden]})` : ""}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Termijn</dt>
            <dd>
              <TermSummary term={traject.term} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Toestemming</dt>
            <dd>
              {TOESTEMMING_STAND_LABEL[traject.toestemming]}
              {traject.toestemming === "GEGEVEN" && traject.toestemmingViaLink ? " (via de link)" : ""}
            </dd>
          </div>
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
            <dt className="text-sm text-slate-700">LISA-referentie</dt>
            <dd>{traject.lisaReferentie ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Aangemeld op</dt>
            <dd>{formatDay(traject.aangemeldOp)}</dd>
          </div>
        </dl>
        {traject.contacten.length > 0 && (
          <div className="mt-4">
            <h2 className="text-sm text-slate-700">Wie werkt eraan</h2>
            <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
              {traject.contacten.map((c) => (
                <li key={c.email}>
                  {c.naam} <span className="text-slate-700">({ROLE_LABEL[c.rol]})</span>{" "}
                  <a href={`mailto:${c.email}`} className="text-brand-800 underline">
                    {c.email}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </header>
      <OnderdelenNav onderdelen={onderdelen} />
      <NextSteps traject={traject} rol={ctx.actor.role} />
      {toonAanmelding && (
        <div id="aanmelding">
          {traject.vooroverleg && <Vooroverleg traject={traject} />}
          {(traject.infoVragen.length > 0 || traject.mag.vraag) && <Dossiercheck traject={traject} />}
          {traject.mag.intrekking && <SchoolPart traject={traject} />}
          {traject.mag.toewijzing && <Assignment traject={traject} teams={await teamBezetting(ctx)} />}
        </div>
      )}
      {werk && <WerkSections traject={traject} werk={werk} />}
      {toonDocumenten && <Documenten traject={traject} />}
      <Panel id="geschiedenis" title="Geschiedenis">
        <ol className="mt-4 space-y-4 border-l-2 border-brand-700 pl-4">
          {traject.history.map((entry) => (
            <li key={entry.id}>
              <p className="font-medium">
                {GEBEURTENIS_LABEL[entry.action]}
                {entry.teruggedraaid && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-sm font-normal">teruggedraaid</span>}
              </p>
              {/* An event in a phase changes nothing of it: no "Onderzoek → Onderzoek". */}
              {(entry.vanFase !== entry.naarFase || entry.vanStap !== entry.naarStap) && (
                <p className="text-sm text-slate-700">
                  {entry.vanFase ? `${faseMetStap(entry.vanFase, entry.vanStap)} → ` : ""}
                  {faseMetStap(entry.naarFase, entry.naarStap)}
                </p>
              )}
              <p className="text-sm text-slate-700">
                {formatDay(entry.datum)} · {entry.door}
                {formatDay(entry.recordedAt) !== formatDay(entry.datum) && ` · vastgelegd op ${formatDay(entry.recordedAt)}`}
              </p>
              {entry.notitie && <p className="mt-1 whitespace-pre-line">{entry.notitie}</p>}
            </li>
          ))}
        </ol>
      </Panel>
    </>
  );
}

const kB = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} kB`;

/** The collegiaal vooroverleg as planned and recorded, and the OPP the school sent for it. */
function Vooroverleg({ traject }: { traject: TrajectDetail }) {
  const vo = traject.vooroverleg;
  return (
    <Panel id="vooroverleg-kop" title="Collegiaal vooroverleg">
      {vo ? (
        <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-700">{vo.gehoudenOp ? "Gehouden op" : "Gepland op"}</dt>
            <dd>{formatDay(vo.gehoudenOp ?? vo.geplandOp!)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-700">Besproken</dt>
            <dd>{vo.anoniem ? "Anoniem" : "Op naam"}</dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-sm text-slate-700">Deelnemers</dt>
            <dd>{vo.deelnemers}</dd>
          </div>
          {vo.gehoudenOp &&
            Object.entries(VOOROVERLEG_VRAGEN).map(([veld, vraag]) => (
              <div key={veld} className="sm:col-span-2">
                <dt className="text-sm text-slate-700">{vraag}</dt>
                <dd className="whitespace-pre-line">{vo[veld as keyof typeof VOOROVERLEG_VRAGEN]}</dd>
              </div>
            ))}
          {vo.gehoudenOp && (
            <>
              <div>
                <dt className="text-sm text-slate-700">Gebieden waarop de school vastloopt</dt>
                <dd>{vo.gebieden.length > 0 ? vo.gebieden.map((g) => DOELGROEP_GEBIED_LABEL[g]).join(", ") : "Geen"}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-700">Situaties waarin een Toptraject niet zinvol is</dt>
                <dd className={vo.nietPassend.length > 0 ? "font-medium text-amber-900" : undefined}>
                  {vo.nietPassend.length > 0 ? vo.nietPassend.map((n) => NIET_PASSEND_LABEL[n]).join("; ") : "Geen"}
                </dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="text-sm text-slate-700">Besluit</dt>
                <dd>
                  {vo.besluit ? VOOROVERLEG_BESLUIT_LABEL[vo.besluit] : "—"}
                  {vo.andereOndersteuning ? `: ${vo.andereOndersteuning}` : ""}
                </dd>
              </div>
            </>
          )}
        </dl>
      ) : (
        <p>Er is nog geen vooroverleg gepland of vastgelegd.</p>
      )}
    </Panel>
  );
}

/** The OPP files the school sent, and adding one. */
function Documenten({ traject }: { traject: TrajectDetail }) {
  return (
    <Panel id="documenten-kop" title="Documenten">
      <div>
        <h3 className="font-medium">OPP</h3>
        {traject.documenten.length === 0 ? (
          <p>Er is nog geen OPP toegevoegd.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {traject.documenten.map((d) => (
              <li key={d.id}>
                <a className="text-brand-800 underline" href={`/trajecten/${encodeURIComponent(traject.id)}/documenten/${encodeURIComponent(d.id)}`}>
                  {d.bestandsnaam}
                </a>{" "}
                ({kB(d.grootte)}, toegevoegd op {formatDay(d.uploadedAt)})
              </li>
            ))}
          </ul>
        )}
      </div>
      {traject.mag.opp && (
        <details className="rounded border border-slate-300 p-4">
          <summary className="cursor-pointer font-medium text-brand-800">OPP toevoegen</summary>
          <div className="mt-3">
            <OppUploadForm trajectId={traject.id} version={traject.version} />
          </div>
        </details>
      )}
    </Panel>
  );
}

/** The coördinator's choice of Topteam for an approved traject, with each team's occupancy. */
function Assignment({ traject, teams }: { traject: TrajectDetail; teams: TeamBezetting[] }) {
  const options = Object.fromEntries(teams.map((t) => [t.id, `${t.naam}: ${t.bezet} van ${t.capaciteit} bezet${t.bezet >= t.capaciteit ? " (vol)" : ""}`]));
  return (
    <Panel id="toewijzing-kop" title="Toewijzen aan een Topteam">
      <p>
        {traject.topteam
          ? `Nu toegewezen aan ${traject.topteam}. Een ander team kiezen kan tot het kennismakingsgesprek.`
          : "Het Topteam van de eigen windstreek zit vol. Kies een team; een team van een andere windstreek maakt het traject windstreekoverstijgend."}
      </p>
      <AssignTeamForm trajectId={traject.id} version={traject.version} vandaag={isoDay(amsterdamDay())} teams={options} />
    </Panel>
  );
}

/** The onderwijsadviseur's questions to the school during the dossiercheck, and the answers. */
function Dossiercheck({ traject }: { traject: TrajectDetail }) {
  const props = { trajectId: traject.id, version: traject.version, vandaag: isoDay(amsterdamDay()) };
  const open = traject.infoVragen.find((v) => v.antwoord === null);
  return (
    <Panel id="dossiercheck-kop" title="Dossiercheck: aanvullende informatie">
      {traject.wachttijd && (
        <p>
          Wachttijd sinds de aanvraag: {traject.wachttijd.dagen} dagen, waarvan {traject.wachttijd.wachtOpSchool} dagen wachten op de school.
        </p>
      )}
      {traject.infoVragen.length > 0 && (
        <ol className="space-y-3">
          {traject.infoVragen.map((v) => (
            <li key={v.id} className="rounded border border-slate-200 p-3">
              <p className="text-sm text-slate-700">Vraag van {formatDay(v.gesteldOp)}</p>
              <p className="whitespace-pre-line">{v.vraag}</p>
              {v.antwoord ? (
                <>
                  <p className="mt-2 text-sm text-slate-700">Antwoord van {formatDay(v.beantwoordOp!)}</p>
                  <p className="whitespace-pre-line">{v.antwoord}</p>
                </>
              ) : (
                <p className="mt-2 font-medium text-amber-900">Wacht op antwoord van de school.</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {open && traject.mag.antwoord && <AnswerInformationForm {...props} vraagId={open.id} />}
      {!open && traject.mag.vraag && (
        <details className="rounded border border-slate-300 p-4">
          <summary className="cursor-pointer font-medium text-brand-800">Aanvullende informatie vragen</summary>
          <div className="mt-3">
            <AskInformationForm {...props} />
          </div>
        </details>
      )}
    </Panel>
  );
}

/** The school's part of the aanmelding: consent to share, and the student's name. */
function SchoolPart({ traject }: { traject: TrajectDetail }) {
  const props = { trajectId: traject.id, version: traject.version, vandaag: isoDay(amsterdamDay()) };
  const geldig = traject.toestemmingen.filter((t) => t.ingetrokkenOp === null);
  return (
    <Panel id="toestemming-kop" title="Toestemming en leerling">
      {traject.toestemmingen.length === 0 ? (
        <p>Er is nog geen toestemming vastgelegd. Zonder toestemming kan de aanvraag niet worden ingediend.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {traject.toestemmingen.map((t) => (
            <li key={t.id}>
              {t.gegevenDoor === "OUDERS" ? "Ouders of verzorgers" : "De leerling"} ({t.naamGever}), gegeven op {formatDay(t.gegevenOp)}
              {t.bron === "LINK" ? ` via de link (tekst ${t.tekstVersie})` : " op papier"}
              {t.ingetrokkenOp ? `, ingetrokken op ${formatDay(t.ingetrokkenOp)}` : ""}
            </li>
          ))}
        </ul>
      )}
      {traject.toestemmingLinks.length > 0 && (
        <>
          <h3 className="font-medium">Verzoeken per e-mail</h3>
          <ul className="list-disc space-y-1 pl-5">
            {traject.toestemmingLinks.map((l) => (
              <li key={l.id}>
                Aan {TOESTEMMING_VAN[l.voor]}, verstuurd op {formatDay(l.createdAt)}:{" "}
                {l.antwoord && l.antwoordOp
                  ? `${l.antwoord === "GEGEVEN" ? "toestemming gegeven" : "toestemming geweigerd"} op ${formatDay(l.antwoordOp)}`
                  : l.verlooptOp > new Date()
                    ? `nog geen antwoord, de link werkt tot en met ${formatDay(l.verlooptOp)}`
                    : "verlopen zonder antwoord"}
              </li>
            ))}
          </ul>
        </>
      )}
      {geldig.map((t) => (
        <details key={t.id} className="rounded border border-slate-300 p-4">
          <summary className="cursor-pointer font-medium text-brand-800">Toestemming intrekken ({t.naamGever})</summary>
          <p className="my-2">Na intrekken ziet alleen de school nog wie de leerling is en wat er in het dossier staat.</p>
          <WithdrawConsentForm {...props} consentId={t.id} omschrijving={t.naamGever} />
        </details>
      ))}
      {traject.mag.toestemming && traject.studentId !== null && (
        <details className="rounded border border-slate-300 p-4">
          <summary className="cursor-pointer font-medium text-brand-800">Toestemming vragen per e-mail</summary>
          <p className="my-2">
            De ouders of de leerling krijgen een link die 14 dagen werkt. Ze lezen daar wat toestemming betekent en wie wat ziet, en geven of weigeren hun
            toestemming. Met dezelfde link kunnen ze later intrekken.
          </p>
          <ConsentLinkForm {...props} />
        </details>
      )}
      {traject.mag.toestemming && (
        <details className="rounded border border-slate-300 p-4">
          <summary className="cursor-pointer font-medium text-brand-800">Toestemming vastleggen</summary>
          <p className="my-2">
            Op papier: laat de ouders of de leerling het{" "}
            <a href={`/trajecten/${encodeURIComponent(traject.id)}/toestemmingsformulier`} className="text-brand-800 underline">
              toestemmingsformulier (PDF)
            </a>{" "}
            ondertekenen en leg het hier vast.
          </p>
          <div className="mt-3">
            <ConsentForm {...props} />
          </div>
        </details>
      )}
      {traject.studentId === null && traject.mag.leerling && (
        <details className="rounded border border-slate-300 p-4">
          <summary className="cursor-pointer font-medium text-brand-800">Leerling op naam zetten</summary>
          <p className="my-2">Een anoniem besproken traject krijgt bij de aanvraag de naam van de leerling.</p>
          <LinkStudentForm {...props} />
        </details>
      )}
    </Panel>
  );
}

/** The page's own table of contents: a link to each of its sections, in order. */
function OnderdelenNav({ onderdelen }: { onderdelen: { id: string; titel: string }[] }) {
  return (
    <nav aria-label="Onderdelen van dit traject" className="mb-6 rounded-lg bg-white px-6 py-3 shadow print:hidden">
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {onderdelen.map((o) => (
          <li key={o.id}>
            <a href={`#${o.id}`} className="text-brand-800 underline">
              {o.titel}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The transitions this user may make now, each with the fields it records; the usual one first. */
function NextSteps({ traject, rol }: { traject: TrajectDetail; rol: Role }) {
  if (traject.acties.length === 0) return null;
  const gebruikelijk = rol === "ZORGCOORDINATOR" ? GEBRUIKELIJKE_STAP[traject.stand] : undefined;
  const acties = gebruikelijk && traject.acties.includes(gebruikelijk) ? [gebruikelijk, ...traject.acties.filter((a) => a !== gebruikelijk)] : traject.acties;
  const vanaf = traject.history.findLast((entry) => isInEffect({ ...entry, corrected: entry.teruggedraaid }))?.datum ?? null;
  const terugdraai = traject.terugdraaibaar;
  // Planning again, or recording, starts from what was planned.
  const vo = traject.vooroverleg;
  const plan = vo ? { deelnemers: vo.deelnemers, anoniem: vo.anoniem ? "ANONIEM" : "OP_NAAM" } : undefined;
  return (
    <Panel id="volgende-stap" title="Volgende stap">
      {gebruikelijk && (
        <p className="text-slate-800">
          De gebruikelijke route is: eerst advies van het Topteam, dan een collegiaal vooroverleg, daarna de aanvraag. De stap die daarbij nu
          hoort staat bovenaan; de andere zijn er voor als het anders loopt.
        </p>
      )}
      <div className="mt-4 space-y-3">
        {acties.map((actie) => (
          <details key={actie} className="rounded border border-slate-300 p-4 open:bg-slate-50">
            <summary className="cursor-pointer font-medium text-brand-800">
              {ACTIE_LABEL[actie]}
              {actie === gebruikelijk && <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-sm font-normal text-emerald-900">gebruikelijke volgende stap</span>}
            </summary>
            <div className="mt-4">
              <TransitionForm
                actie={actie}
                trajectId={traject.id}
                version={traject.version}
                vandaag={isoDay(amsterdamDay())}
                vanaf={vanaf ? isoDay(vanaf) : null}
                intensiefWeken={traject.intensiefWeken}
                followUpsOpen={(["DRIE_MAANDEN", "TWAALF_MAANDEN"] as const).filter((m) => !traject.followUpsGedaan.includes(m))}
                terugdraai={terugdraai && { id: terugdraai.id, action: terugdraai.action, datum: formatDay(terugdraai.datum) }}
                standaard={plan}
              />
            </div>
          </details>
        ))}
      </div>
    </Panel>
  );
}
