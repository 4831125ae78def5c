import { describe, expect, it } from "vitest";
import { MELDING_VAN, meldingenVoor } from "@/lib/mail/preferences";
import { MAILS } from "@/lib/mail/templates";
import { expandLinks, hashToken, linkPlaceholder, tokenFor } from "@/lib/users/token-link";

describe("the e-mails", () => {
  it("escape what they are given in HTML, and carry the link in text and HTML", () => {
    const mail = MAILS.aanvraagVoorTeam({ team: "Topteam <Noord>", url: "https://app.example.nl/trajecten/t1" });
    expect(mail.html).toContain("Topteam &#60;Noord&#62;");
    expect(mail.tekst).toContain("https://app.example.nl/trajecten/t1");
    expect(mail.html).toContain('href="https://app.example.nl/trajecten/t1"');
  });

  it("put an account link in as a placeholder, made into the link only when sent", () => {
    process.env.AUTH_SECRET ??= "unit-test-secret";
    const mail = MAILS.uitnodiging({ naam: "Zora Zorg", rol: "zorgcoördinator", url: linkPlaceholder("tok-1") });
    const token = tokenFor("tok-1");
    expect(`${mail.tekst}${mail.html}`).not.toContain(token);
    const link = `https://app.example.nl/wachtwoord?token=${token}`;
    expect(expandLinks(mail.tekst, "https://app.example.nl")).toContain(link);
    expect(expandLinks(mail.html, "https://app.example.nl")).toContain(`href="${link}"`);
    // A consent link is derived under its own label, and opens its own page.
    const toestemming = MAILS.toestemmingGevraagd({ school: "Het Amstel College", url: linkPlaceholder("tok-1", "toestemminglink"), tot: "17 dec 2026" });
    expect(expandLinks(toestemming.tekst, "https://app.example.nl")).toContain(`https://app.example.nl/toestemming/${tokenFor("tok-1", "toestemminglink")}`);
    expect(tokenFor("tok-1", "toestemminglink")).not.toBe(token);
    // The secret is derived, the same each time, and only its hash is kept.
    expect(tokenFor("tok-1")).toBe(token);
    expect(tokenFor("tok-2")).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("say in the reset mail how long the link works", () => {
    expect(MAILS.wachtwoordHerstel({ url: "u", uren: 2 }).tekst).toContain("2 uur geldig");
  });

  it("count the week's tasks per kind in the digest, as text and as HTML lines", () => {
    const mail = MAILS.weekoverzicht({ regels: [{ label: "Dossiercheck uitvoeren", aantal: 2 }, { label: "Plan het kennismakingsgesprek", aantal: 1 }], totaal: 3, url: "https://app.example.nl/team#taken" });
    expect(mail.onderwerp).toBe("Uw taken in Toptrajecten deze week: 3");
    expect(mail.tekst).toContain("- Dossiercheck uitvoeren: 2\n- Plan het kennismakingsgesprek: 1");
    expect(mail.html).toContain("- Dossiercheck uitvoeren: 2<br>- Plan het kennismakingsgesprek: 1");
    expect(mail.tekst).toContain("uitzetten onder Meldingen");
  });

  it("say which kind can be switched off, per role, and never the invitation or a password link", () => {
    expect(MELDING_VAN.uitnodiging).toBeNull();
    expect(MELDING_VAN.wachtwoordHerstel).toBeNull();
    expect(meldingenVoor("ZORGCOORDINATOR")).toEqual(["WEEKOVERZICHT", "VRAAG_AAN_SCHOOL", "TOESTEMMING_BEANTWOORD"]);
    expect(MELDING_VAN.toestemmingGevraagd).toBeNull();
    expect(meldingenVoor("GEDRAGSWETENSCHAPPER")).toEqual(["WEEKOVERZICHT", "GOEDKEURING", "TOEGEWEZEN_UIT_ANDERE_WINDSTREEK"]);
    expect(meldingenVoor("SWV")).toEqual([]);
  });
});
