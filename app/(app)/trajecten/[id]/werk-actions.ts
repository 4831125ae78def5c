"use server";

// The work in a traject: who works in it, the network, activities and notes, goals and
// evaluations, handelingsadviezen and the handover, the cooperation with the school. Thin:
// lib/trajecten authorizes and writes.
import { addAdvice, recordHandover, updateAdvice, ZAdvies, ZAdviesWijziging, ZOverdracht } from "@/lib/trajecten/adviezen";
import { addGoal, recordEvaluation, updateGoal, ZDoel, ZDoelWijziging, ZEvaluatie } from "@/lib/trajecten/doelen";
import { addContact, addNote, recordActivity, ZActiviteit, ZNetwerkContact, ZNotitie } from "@/lib/trajecten/onderzoek";
import { addAgreement, recordEscalation, resolveEscalation, ZAfspraak, ZEscalatie, ZOplossing } from "@/lib/trajecten/samenwerking";
import { assignMember, unassignMember, ZTeamlid } from "@/lib/trajecten/team";
import { dossierActie } from "./dossier-action";

export const assignMemberAction = dossierActie(ZTeamlid, assignMember, "TEAMLID_TOEGEWEZEN");
export const unassignMemberAction = dossierActie(ZTeamlid, unassignMember, "TEAMLID_AFGEMELD");
export const addGoalAction = dossierActie(ZDoel, addGoal, "DOEL_TOEGEVOEGD");
export const updateGoalAction = dossierActie(ZDoelWijziging, updateGoal, "DOEL_GEWIJZIGD");
export const recordEvaluationAction = dossierActie(ZEvaluatie, recordEvaluation, "EVALUATIE_VASTGELEGD", { vorm: { rijen: { doelen: {} } } });
export const addAdviceAction = dossierActie(ZAdvies, addAdvice, "ADVIES_TOEGEVOEGD");
export const updateAdviceAction = dossierActie(ZAdviesWijziging, updateAdvice, "ADVIES_GEWIJZIGD");
export const recordHandoverAction = dossierActie(ZOverdracht, recordHandover, "OVERDRACHT_VASTGELEGD");
export const addContactAction = dossierActie(ZNetwerkContact, addContact, "NETWERK_BIJGEWERKT");
export const recordActivityAction = dossierActie(ZActiviteit, recordActivity, "ACTIVITEIT_VASTGELEGD");
export const addNoteAction = dossierActie(ZNotitie, addNote, "NOTITIE_VASTGELEGD");
export const addAgreementAction = dossierActie(ZAfspraak, addAgreement, "AFSPRAAK_VASTGELEGD");
export const recordEscalationAction = dossierActie(ZEscalatie, recordEscalation, "ESCALATIE_VASTGELEGD");
export const resolveEscalationAction = dossierActie(ZOplossing, resolveEscalation, "ESCALATIE_OPGELOST");
