import { describe, expect, it } from "vitest";
import { fromGridCsv, toGridCsv } from "./grid-csv.ts";
import { gridColumnLabels } from "./grid-labels.ts";
import { gridColumns } from "./grid-rows.ts";
import { buildExchangeReferential, importProblemDetails, importProblems } from "./test-referential.ts";

const header = gridColumns.join(";");

describe("toGridCsv", () => {
  it("heads the columns and names the methods in French by default", () => {
    const csv = toGridCsv(buildExchangeReferential());
    expect(csv.startsWith(`\uFEFF${gridColumns.map((c) => gridColumnLabels[c]).join(";")}\r\n`)).toBe(true);
    expect(csv).toContain(";livret d'activité|entretien;R2;");
  });

  it("writes a BOM, a header in the documented order, `;`, CRLF, decimal commas and quotes where needed", () => {
    const csv = toGridCsv(buildExchangeReferential(), "codes");
    expect(csv.startsWith(`\uFEFF${header}\r\n`)).toBe(true);
    expect(csv).toContain(
      `BC-01;Préparer et organiser l'intervention de maintenance;RNCP37890BC01;C1.1;"Analyser une demande d'intervention ; identifier l'équipement concerné";"À partir d'un ordre de travail écrit,\net de la documentation « constructeur »";booklet|interview;R2;L'équipement, ses risques et son état sont identifiés;1,5\r\n`,
    );
    expect(csv).toContain(';R1;"La demande est reformulée ""sans erreur""";1\r\n');
    expect(csv).toContain(
      "BC-02;Réaliser la maintenance corrective et préventive;;C2.2;Remplacer un sous-ensemble défectueux;;;;;\r\n",
    );
  });
});

describe("cells a spreadsheet would run as formulas", () => {
  it("are written as text behind an apostrophe and read back unchanged", () => {
    const content = buildExchangeReferential();
    const capacity = content.blocks[0]!.capacities[0]!;
    const texts = [
      '=HYPERLINK("http://example.invalid")',
      "+33 pièces",
      "-5 % de rebut",
      "@SOMME(A1)",
      "'=déjà cité",
    ];
    capacity.criteria = texts.map((indicator, i) => ({ code: `R${i + 1}`, indicator, weight: 1 }));
    const csv = toGridCsv(content);
    expect(csv).toContain(`;R1;"'=HYPERLINK(""http://example.invalid"")";1\r\n`);
    expect(csv).toContain(";R2;'+33 pièces;1\r\n");
    expect(csv).toContain(";R5;''=déjà cité;1\r\n");
    expect(fromGridCsv(csv)).toEqual(content.blocks);
  });
});

describe("fromGridCsv", () => {
  it("reads back what toGridCsv wrote, from a string or a Buffer", () => {
    const content = buildExchangeReferential();
    const csv = toGridCsv(content);
    expect(fromGridCsv(csv)).toEqual(content.blocks);
    expect(fromGridCsv(Buffer.from(csv, "utf8"))).toEqual(content.blocks);
    expect(fromGridCsv(toGridCsv(content, "codes"))).toEqual(content.blocks);
  });

  it("reads headers and methods written either way, case and spacing ignored, in one file", () => {
    const csv = [
      "code du bloc;bloc_title;Code RNCP du bloc;capacity_code;Capacité professionnelle;capacity_conditions;" +
        "MÉTHODES D'ÉVALUATION;criterion_code;Résultat attendu;coefficient",
      "B1;Produire;;C1;Régler;;Observation en situation de travail | interview;a;Réglage juste;1",
    ].join("\r\n");
    expect(fromGridCsv(csv)[0]!.capacities[0]!.methods).toEqual(["observation", "interview"]);
  });

  it("accepts `,` as separator, no BOM, LF line ends and a decimal point", () => {
    const csv = [
      gridColumns.join(","),
      'B1,Produire,,C1,"Régler, contrôler",,observation|interview,a,Réglage juste,0.5',
      "B1,Produire,,C1,,,,b,Contrôle fait,",
    ].join("\n");
    expect(fromGridCsv(csv)).toEqual([
      {
        code: "B1",
        title: "Produire",
        rncpCode: null,
        capacities: [
          {
            code: "C1",
            title: "Régler, contrôler",
            conditions: "",
            methods: ["observation", "interview"],
            criteria: [
              { code: "a", indicator: "Réglage juste", weight: 0.5 },
              { code: "b", indicator: "Contrôle fait", weight: 1 },
            ],
          },
        ],
      },
    ]);
  });

  it("locates problems by the row a spreadsheet shows, counting empty lines and multi-line cells as one row", async () => {
    const csv = [
      header,
      'B1;Produire;;C1;Régler;"sur deux\nlignes";observation;a;A;1',
      "",
      "B1;Produire;;C1;Ajuster;;observation;b;B;deux",
    ].join("\r\n");
    expect(await importProblems(() => fromGridCsv(csv))).toEqual({
      "row 4, capacity_title": "DIFFERS_FROM_ROW",
      "row 4, criterion_weight": "NOT_A_NUMBER",
    });
    expect((await importProblemDetails(() => fromGridCsv(csv)))["row 4, capacity_title"]?.params).toEqual({
      firstRow: 2,
      value: "Régler",
      row: 4,
      column: "capacity_title",
    });
  });

  it("reports an unknown and a missing header column at row 1", async () => {
    const csv = `\uFEFF${header.replace("criterion_weight", "poids")}\r\nB1;Produire;;;;;;;;\r\n`;
    expect(await importProblems(() => fromGridCsv(csv))).toEqual({
      "row 1, poids": "UNKNOWN_COLUMN",
      "row 1, criterion_weight": "MISSING_COLUMN",
    });
  });

  it("reports a file that is not valid CSV at the row where it breaks", async () => {
    const csv = `${header}\nB1;Produire;;C1;"Régler;;;;;\n`;
    expect(await importProblems(() => fromGridCsv(csv))).toEqual({
      "row 2": "NOT_CSV",
    });
  });
});
