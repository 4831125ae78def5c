// What an import is and what its preview shows; no server code, so the import form imports it too.

export type ImportSoort = "scholen" | "accounts";

/** The columns each kind of file must have, in the header row; their order is free. */
export const KOLOMMEN: Record<ImportSoort, readonly string[]> = {
  scholen: ["naam", "brin", "windstreek"],
  accounts: ["naam", "email", "rol", "organisatie"],
};

export interface ImportRegel {
  /** The line in the file (the header is line 1). */
  regel: number;
  waarden: Record<string, string>;
  fouten: string[];
}

export interface ImportVoorbeeld {
  soort: ImportSoort;
  regels: ImportRegel[];
  /** A problem with the whole file (no header, a missing column): no rows then. */
  bestandsfout: string | null;
  geldig: boolean;
}
