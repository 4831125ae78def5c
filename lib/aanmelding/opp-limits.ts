// The OPP's limits, shared by the server's check and the upload form's early warning; kept
// apart from opp.ts so the browser bundle gets no server code.
export const OPP_MAX_BYTES = 5 * 1024 * 1024;
export const OPP_MAX_LABEL = "5 MB";
