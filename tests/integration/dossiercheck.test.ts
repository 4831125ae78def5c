// The dossiercheck: the onderwijsadviseur asks, the school answers, and approval waits for it.
import { describe, expect, it } from "vitest";
import { answerInformation, askInformation } from "@/lib/aanmelding/dossiercheck";
import { day, plusDays } from "@/lib/calendar";
import { getTraject } from "@/lib/trajecten/queries";
import { castOf, refusal, seededWithCasts, step, trajectAt, validInput, versionOf } from "../support/trajecten";

const today = day("2026-11-20");
const setup = seededWithCasts(today);
const db = () => setup.database.prisma;

const version = (id: string) => versionOf(db(), id);

describe("the dossiercheck", () => {
  it("holds approval until the school has answered, and counts the wait", async () => {
    const id = await trajectAt(db(), setup.own, "DOSSIERCHECK", plusDays(today, -10));
    const oa = { actor: setup.own.ONDERWIJSADVISEUR, ip: null };
    const zc = { actor: setup.own.ZORGCOORDINATOR, ip: null };
    await askInformation(oa, { trajectId: id, version: await version(id), vraag: "Stuur het actuele OPP mee.", datum: plusDays(today, -8) }, today);
    const twice = await refusal(askInformation(oa, { trajectId: id, version: await version(id), vraag: "Nog iets?", datum: today }, today));
    expect(twice.message).toBe("Er staat al een vraag open bij de school.");

    const held = await refusal(step(db(), setup.own.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today));
    expect(held.message).toBe("De school heeft de gevraagde informatie nog niet gegeven.");
    expect((await getTraject(oa, id, today))?.wachttijd).toEqual({ dagen: 10, wachtOpSchool: 8 });

    const vraag = await db().infoVraag.findFirstOrThrow({ where: { trajectId: id } });
    const early = await refusal(answerInformation(zc, { trajectId: id, version: await version(id), vraagId: vraag.id, antwoord: "Bijgevoegd.", datum: plusDays(today, -9) }, today));
    expect(early.veld).toBe("datum");
    await answerInformation(zc, { trajectId: id, version: await version(id), vraagId: vraag.id, antwoord: "Het OPP staat in LISA.", datum: plusDays(today, -3) }, today);
    expect((await getTraject(oa, id, today))?.wachttijd).toEqual({ dagen: 10, wachtOpSchool: 5 });

    await step(db(), setup.own.ONDERWIJSADVISEUR, id, validInput("AANVRAAG_GOEDGEKEURD", today), today);
    const detail = (await getTraject(zc, id, today))!;
    expect(detail.stand).toBe("GOEDGEKEURD");
    expect(detail.history.map((h) => h.action).slice(-3)).toEqual(["INFORMATIE_GEVRAAGD", "INFORMATIE_GEGEVEN", "AANVRAAG_GOEDGEKEURD"]);
  });

  it("is the onderwijsadviseur's own windstreek's to ask, in the dossiercheck only; the answer is the school's", async () => {
    const id = await trajectAt(db(), setup.own, "DOSSIERCHECK", today);
    const input = async () => ({ trajectId: id, version: await version(id), vraag: "Vraag", datum: today });
    const other = await castOf(db(), "zuid");
    expect((await refusal(askInformation({ actor: other.ONDERWIJSADVISEUR, ip: null }, await input(), today))).code).toBe("NIET_GEVONDEN");
    expect((await refusal(askInformation({ actor: setup.own.ZORGCOORDINATOR, ip: null }, await input(), today))).code).toBe("NIET_TOEGESTAAN");
    const later = await trajectAt(db(), setup.own, "GOEDGEKEURD", today);
    expect((await refusal(askInformation({ actor: setup.own.ONDERWIJSADVISEUR, ip: null }, { ...(await input()), trajectId: later, version: await version(later) }, today))).code).toBe("VERKEERDE_FASE");

    await askInformation({ actor: setup.own.ONDERWIJSADVISEUR, ip: null }, await input(), today);
    const vraag = await db().infoVraag.findFirstOrThrow({ where: { trajectId: id } });
    const answer = { trajectId: id, vraagId: vraag.id, antwoord: "Antwoord", datum: today };
    expect((await refusal(answerInformation({ actor: setup.own.ONDERWIJSADVISEUR, ip: null }, { ...answer, version: await version(id) }, today))).code).toBe("NIET_TOEGESTAAN");
    expect(await db().auditLog.count({ where: { trajectId: id, action: "INFO_REQUEST", outcome: "DENIED" } })).toBe(3);
  });
});
