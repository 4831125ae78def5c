import Link from "next/link";

const LINKS = [
  { href: "/beheer", label: "Accounts" },
  { href: "/beheer/organisatie", label: "Organisatie" },
  { href: "/beheer/import", label: "Importeren" },
  { href: "/beheer/e-mail", label: "Uitgaande e-mail" },
] as const;

/** The functioneel beheerder's sections; the current one is marked for screen readers too. */
export function BeheerNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return (
    <nav aria-label="Beheer" className="mb-6">
      <ul className="flex flex-wrap gap-4">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className={link.href === current ? "font-semibold text-brand-800 underline" : "text-brand-700 underline"}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
