"use server";

// The Topteam's work in a traject: who works in it, goals and evaluations, handelingsadviezen
// and the handover. Thin: lib/trajecten authorizes and writes.
import { addAdvice, recordHandover, updateAdvice, ZAdvies, ZAdviesWijziging, ZOverdracht } from "@/lib/trajecten/adviezen";
import { addGoal, recordEvaluation, updateGoal, ZDoel, ZDoelWijziging, ZEvaluatie } from "@/lib/trajecten/doelen";
import { assignMember, unassignMember, ZTeamlid } from "@/lib/trajecten/team";
import { dossierActie, metRijen } from "@/lib/http/dossier-action";

export const assignMemberAction = dossierActie(ZTeamlid, assignMember, "TEAMLID_TOEGEWEZEN");
export const unassignMemberAction = dossierActie(ZTeamlid, unassignMember, "TEAMLID_AFGEMELD");
export const addGoalAction = dossierActie(ZDoel, addGoal, "DOEL_TOEGEVOEGD");
export const updateGoalAction = dossierActie(ZDoelWijziging, updateGoal, "DOEL_GEWIJZIGD");
export const recordEvaluationAction = dossierActie(ZEvaluatie, recordEvaluation, "EVALUATIE_VASTGELEGD", metRijen("doelen"));
export const addAdviceAction = dossierActie(ZAdvies, addAdvice, "ADVIES_TOEGEVOEGD");
export const updateAdviceAction = dossierActie(ZAdviesWijziging, updateAdvice, "ADVIES_GEWIJZIGD");
export const recordHandoverAction = dossierActie(ZOverdracht, recordHandover, "OVERDRACHT_VASTGELEGD");
