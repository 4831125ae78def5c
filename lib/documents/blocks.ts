// A document as a list of blocks, written once and rendered as PDF (lib/pdf/writer.ts) or as an
// editable Word file (lib/documents/docx.ts), so that both say exactly the same.

export type Block =
  | { soort: "titel"; tekst: string }
  | { soort: "kop"; tekst: string }
  | { soort: "tekst"; tekst: string; klein?: boolean; vet?: boolean }
  | { soort: "lijst"; items: string[] }
  /** `breedtes`: each column's share of the page width, summing to 1. */
  | { soort: "tabel"; kolommen: string[]; rijen: string[][]; breedtes: number[] }
  /** A small line chart of scores on a scale from `min` to `max`, one point per label. */
  | { soort: "grafiek"; titel: string; punten: { label: string; waarde: number }[]; min: number; max: number };
