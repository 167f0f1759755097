// What an organisation's name looks like: the nouns employers' names carry ("Agency", "Centre",
// "Programme") and the shape of a name ("Office of the High Commissioner for Human Rights").

/** Nouns in employers' names; weak ones ("Office", "Centre", "Group") also name units and schemes. */
export const ORG_NOUN =
  /\b(Executive|Agency|Organi[sz]ation|Office|Headquarters|HQ|Command|Staff|Secretariat|Commission|Council|Bank|Fund|Programme|Centre|Center|Institute|Authority|Court|Parliament|Foundation|Union|Alliance|Group|NATO|Nations|Assembly|Academy|College|School|Observatory|Agency|Ministry|Ministerie|Ministère|Ministerium|Ministero|Ministerio)\b/;

/** Nouns that name an employer even on a line of their own. */
// (and the same nouns in French, German, Dutch, Italian and Spanish names)
export const STRONG_ORG_NOUN =
  /\b(Agency|Organi[sz]ation|Headquarters|Secretariat|Commission|Council|Bank|Fund|Institute|Authority|Court|Foundation|Alliance|Academy|Command|College|School|Agence|Agentur|Agentschap|Agenzia|Agencia|Banque|Fonds|Institut|Instituut|Istituto|Instituto|Autorité|Behörde|Secrétariat|Sekretariat|Segretariato|Secretaría|Bundesamt|Bundesanstalt|Conseil|Commissione|Comisión|Ministère|Ministerium|Ministero|Ministerio|Ministerie|Universität|Université|Università|Universidad|Universiteit|University|Zentrum|Collège|Kommando|Commandement|Comando)(?![\p{L}])/u;

/** Capitalised words with the small words names use: "Office of the High Commissioner for Human Rights". */
export function isNameShaped(text: string): boolean {
  const words = text.replace(/\s*\([A-Z][A-Za-z&]{1,11}\)$/, "").split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 12 &&
    words.every(
      (w) =>
        /^[A-Z][\w&'.-]*$/.test(w) ||
        /^(of|for|and|the|on|in|de|du|des|la|le|&|van|von|voor|der|den|het|für|di|del|della|y|et|und)$/.test(
          w,
        ),
    )
  );
}
