// Text from notices or users, made literal for the Adaptive Card markdown subset (bold, italic,
// lists, links) that Teams renders in TextBlocks and facts: markers get a backslash, and
// "{{...}}" is broken so it is not read as a DATE()/TIME() function.
// https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features

/** Escapes untrusted text so Teams shows it exactly as written. */
export function escapeCardMarkdown(text: string): string {
  return (
    text
      // Inline markers: emphasis, code, links.
      .replace(/[\\*_~`[\]]/g, "\\$&")
      // A line that starts like a list item ("- x", "+ x", "3. x") must stay a plain line.
      .replace(/^(\s*)([-+])(?=\s)/gm, "$1\\$2")
      .replace(/^(\s*\d+)([.)])(?=\s)/gm, "$1\\$2")
      // Zero-width space between the braces: Adaptive Cards expand {{DATE(...)}} and {{TIME(...)}}.
      .replace(/\{\{/g, "{\u200b{")
  );
}
