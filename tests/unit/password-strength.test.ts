import { describe, expect, it } from "vitest";
import { wachtwoordBezwaar } from "@/lib/auth/password-strength";

describe("the password rule", () => {
  it("refuses what is short, says why", () => expect(wachtwoordBezwaar("kort")).toBe("Kies een wachtwoord van minstens 12 tekens."));
  it.each(["wachtwoord1234", "qwertyuiop123", "123456789012"])("refuses the guessable %s, with the reason in Dutch", (password) => {
    expect(wachtwoordBezwaar(password)).toMatch(/\S+\./);
  });
  it("counts the user's own name and address as guessable", () => {
    expect(wachtwoordBezwaar("noorderlicht2026")).toBeNull();
    expect(wachtwoordBezwaar("noorderlicht2026", ["zora.zorg@noorderlicht.test", "Zora Zorg"])).not.toBeNull();
  });
  it.each(["kraanvogel-paperclip-omelet-7", "zeilboot-kaneel-vuurtoren-41"])("takes the strong %s", (password) => expect(wachtwoordBezwaar(password)).toBeNull());
});
