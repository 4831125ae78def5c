/** The choices of an account's membership, by id: what the account forms offer. */
export interface OrganisationOptions {
  scholen: Record<string, string>;
  windstreken: Record<string, string>;
  topteams: Record<string, string>;
}
