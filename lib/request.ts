// The client's address, for the audit log and the sign-in limits: set by the server on every
// request from the socket and the trusted proxies (lib/http/deployment.ts), never taken from a
// header a client controls. Under `next dev` there is no such server, and the address is unknown.
// Likewise the request's id, which every log line of the request carries.
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "./http/deployment";

export function clientIp(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER);
}

/** The id the server gave this request, for the log lines it causes. */
export function requestId(headers: Headers): string | null {
  return headers.get(REQUEST_ID_HEADER);
}
