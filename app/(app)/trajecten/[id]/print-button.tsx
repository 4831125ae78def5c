"use client";

/** Prints the page as the print style sheet lays it out: the dossier without its forms. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-brand-700 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50 print:hidden">
      Afdrukken
    </button>
  );
}
