// The OPP's limits, shared by the server's check and the upload form's early warning; kept
// apart from opp.ts so the browser bundle gets no server code.
export const OPP_MAX_BYTES = 5 * 1024 * 1024;
export const OPP_MAX_LABEL = "5 MB";

/**
 * The largest request body a form may send (next.config.ts takes it for server actions; proxy.ts
 * answers anything larger with 413 before it is read). Well above the OPP's limit, so that a file
 * that is too big still gets the app's own message at the field, not an error.
 */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;
