import { describe, expect, it } from "vitest";
import { detectIntent } from "../../src/answer/detectIntent.ts";
import { readLoanWords } from "../../src/answer/loanWords.ts";

describe("readLoanWords", () => {
  it("writes French and German question words in English", () => {
    expect(readLoanWords("date limite pour le technicien reseau")).toBe(
      "deadline for the technicien network",
    );
    expect(readLoanWords("bewerbungsfrist technical security operator")).toBe(
      "deadline technical security operator",
    );
    expect(readLoanWords("c est quoi le salaire")).toBe("what is the salary");
  });

  it("writes the French, German and Dutch names of NATO cities in English", () => {
    expect(readLoanWords("gibt es offene stellen in brussel")).toBe("are there open posts in brussels");
    expect(readLoanWords("quels postes sont a bruxelles")).toBe("what posts are a brussels");
    expect(readLoanWords("vacatures in den haag")).toBe("vacancies in the hague");
  });

  it("leaves English questions as they are", () => {
    expect(readLoanWords("when does the network technician close")).toBe(
      "when does the network technician close",
    );
  });
});

describe("detectIntent reads loan words as meant", () => {
  it.each([
    ["date limite pour le technicien réseau?", "deadline", "technicien network"],
    ["Bewerbungsfrist technical security operator?", "deadline", "technical security operator"],
    ["c'est quoi le salaire du technical security operator", "details", "technical security operator"],
    ["Voraussetzungen digital backbone officer", "requirements", "digital backbone officer"],
    ["le poste de chef du NOSC, c'est encore ouvert?", "status", "chief nosc"],
  ])("%s", (question, intent, subject) => {
    const d = detectIntent(question);
    expect(d.intent).toBe(intent);
    expect(d.subject).toBe(subject);
  });
});

describe("readLoanWords: 'chef'", () => {
  it("reads the French 'chef du' as 'chief of' and leaves an English chef alone", () => {
    expect(readLoanWords("le poste de chef du nosc")).toBe("the post of chief of nosc");
    expect(readLoanWords("any chef jobs")).toBe("any chef jobs");
  });
});

describe("readLoanWords: French requirement questions", () => {
  it("reads 'exigences linguistiques' as a languages question", () => {
    const d = detectIntent("Quelles sont les exigences linguistiques pour l'officier digital backbone ?");
    expect([d.intent, d.focus]).toEqual(["requirements", "languages"]);
  });
});

describe("detectIntent: page limits and maxima are what is asked, not what names the post", () => {
  it("drops them from a one-post subject", () => {
    expect(detectIntent("the essay for the DD OSS - how many pages max?").subject).toBe("dd oss");
  });
});

describe("readLoanWords: the other languages of the Alliance", () => {
  it.each([
    ["¿cuándo cierra la vacante de técnico de redes?", "deadline", "technician network"],
    [
      "quali sono i requisiti per l'operatore di sicurezza tecnica?",
      "requirements",
      "operator security technical",
    ],
    ["wanneer sluit de vacature voor de netwerktechnicus?", "deadline", "network technician"],
    ["jaki jest termin dla NOSC chief", "deadline", "nosc chief"],
    ["qual é o salário do operador de segurança técnica?", "details", "operator security technical"],
  ])("%s", (question, intent, subject) => {
    const d = detectIntent(question);
    expect([d.intent, d.subject]).toEqual([intent, subject]);
  });

  it("reads month names, and the German 'im' only before a month", () => {
    expect(detectIntent("Welche Stellen enden im Juni?")).toMatchObject({
      intent: "list",
      closingInMonth: { month: 6, through: false },
    });
    expect(detectIntent("quelles offres sont encore ouvertes ?").intent).toBe("list");
    expect(detectIntent("Welke vacatures zijn nog open?").intent).toBe("list");
    expect(detectIntent("Jakie oferty są otwarte?").intent).toBe("list");
    expect(detectIntent("posti che scadono a marzo").closingInMonth).toMatchObject({ month: 3 });
    expect(detectIntent("¿qué vacantes cierran en junio?").closingInMonth).toMatchObject({ month: 6 });
    expect(detectIntent("offres qui ferment en juin").closingInMonth).toMatchObject({ month: 6 });
    expect(readLoanWords("im a network admin")).toBe("im a network admin");
  });
});

describe("readLoanWords: closing verbs", () => {
  it.each([
    ["quando scade il posto di tecnico di rete?", "deadline"],
    ["quand se termine l'offre pour le chef du NOSC ?", "deadline"],
    ["kiedy mija termin dla technika sieci?", "deadline"],
    ["Cuánto paga el puesto de operador de seguridad técnica?", "details"],
  ])("%s", (question, intent) => {
    expect(detectIntent(question).intent).toBe(intent);
  });
});
