import { describe, expect, it } from "vitest";
import { declarableIdentity, type HolderRecord } from "./holder-identity.ts";

const complete: HolderRecord = {
  birthName: "Martin",
  usageName: null,
  firstNames: ["Camille", "Léa"],
  birthDate: "1978-05-14",
  sex: "F",
  birthInseeCode: "2A004",
  birthPostalCode: null,
  birthCity: "Ajaccio",
  birthCountryCode: null,
  birthCountry: null,
};

describe("the identity a declaration needs", () => {
  it("declares a complete holder with a Corsican INSEE code", () => {
    expect(declarableIdentity(complete)).toMatchObject({
      missing: [],
      identity: { birthYear: 1978, birthMonth: 5, birthDay: 14, birthPlace: { inseeCode: "2A004" } },
    });
  });

  it.each<[Partial<HolderRecord>, string[]]>([
    [{ birthName: " " }, ["birthName"]],
    [{ firstNames: [] }, ["firstName"]],
    [{ firstNames: ["x".repeat(61)] }, ["firstName"]],
    [{ birthDate: "" }, ["birthDate"]],
    [{ sex: "X" }, ["sex"]],
    [{ birthInseeCode: null }, ["birthPlace"]],
    [{ birthInseeCode: null, birthCountryCode: "MAR" }, ["birthPlace"]],
    [{ birthName: null, sex: null, birthInseeCode: null }, ["birthName", "sex", "birthPlace"]],
  ])("lists what %o lacks: %o", (change, missing) => {
    expect(declarableIdentity({ ...complete, ...change })).toEqual({ identity: null, missing });
  });

  it("places someone born abroad by their country's INSEE code, and a postal code as given", () => {
    const abroad = declarableIdentity({ ...complete, birthInseeCode: null, birthCountryCode: "350" });
    expect(abroad.identity?.birthPlace).toEqual({ inseeCode: "99350" });
    const postal = declarableIdentity({ ...complete, birthInseeCode: null, birthPostalCode: "75011" });
    expect(postal.identity?.birthPlace).toEqual({ postalCode: "75011" });
  });
});
