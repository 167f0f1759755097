// A title line in German, French or another language with no label, under or above the
// employer's line: the line naming a post is the title, not the employer's name above it.
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";

function parsed(text: string) {
  const r = parseNotice(text, { source: "test" });
  if (!r.ok) throw new Error(r.error.message);
  return r.vacancy;
}

describe("an unlabelled title line below the employer's line", () => {
  it("German: 'Sachbearbeiterin / Sachbearbeiter Haushalt' above 'Ihre Aufgaben'", () => {
    const v = parsed(
      "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr\nSachbearbeiterin / Sachbearbeiter Haushalt\nKoblenz\n\nIhre Aufgaben\n- Bewirtschaftung des Haushalts\n\nIhr Profil\n- Studium der Betriebswirtschaft\n\nBewerbungsschluss: 17.04.2026",
    );
    expect(v.title).toBe("Sachbearbeiterin / Sachbearbeiter Haushalt");
    expect(v.organisation).toBe("Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr");
    expect(v.deadline).toBe("2026-04-17");
  });

  it("German: a German job noun ('Referent') below a page label and a research centre", () => {
    const v = parsed(
      "Stellenausschreibung\nDeutsches Zentrum für Luft- und Raumfahrt\nReferent (m/w/d) Strategie\nKöln\n\nIhre Aufgaben\n- Strategieentwicklung\n\nIhr Profil\n- Studium\n",
    );
    expect(v.title).toBe("Referent Strategie");
    expect(v.organisation).toBe("Deutsches Zentrum für Luft- und Raumfahrt");
  });

  it("French: 'Conseiller juridique' under 'Agence européenne de défense'", () => {
    const v = parsed(
      "Agence européenne de défense\nConseiller juridique\nBruxelles\n\nVos missions\n- Conseil juridique\n\nVotre profil\n- Master en droit\n\nDate limite : 3 mai 2026",
    );
    expect(v).toMatchObject({
      title: "Conseiller juridique",
      organisation: "Agence européenne de défense",
      deadline: "2026-05-03",
    });
  });

  it("French: a ministry above 'Responsable des achats'", () => {
    const v = parsed(
      "Ministère des Armées\nResponsable des achats\n\nVos missions\n- Achats publics\n\nVotre profil\n- Licence en droit\n\nDate limite : 3 mai 2026",
    );
    expect(v.title).toBe("Responsable des achats");
    expect(v.organisation).toBe("Ministère des Armées");
  });

  it("German: a university above 'Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter'", () => {
    const v = parsed(
      "Universität Bonn\nWissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter (m/w/d)\n\nIhre Aufgaben\n- Forschung\n\nIhr Profil\n- Promotion\n\nBewerbungsschluss: 1.5.2026",
    );
    expect(v.title).toBe("Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter");
    expect(v.organisation).toBe("Universität Bonn");
  });
});
