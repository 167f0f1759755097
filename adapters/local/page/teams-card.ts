// Renders the bot's Adaptive Card with Microsoft's own renderer (the `adaptivecards` package, which
// Teams' web client is built on), styled with a Teams-like host config. Action.Submit / Action.Execute
// data comes back to the page as the CardAction the bot put on the button.
import * as AC from "adaptivecards";
import { teamsMarkdownToHtml } from "./teams-markdown.ts";

// Adaptive Cards leave markdown to the host; Teams supports a subset, rendered here.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = teamsMarkdownToHtml(text);
  result.didProcess = true;
};

const foreground = (normal: string, subtle: string) => ({ default: normal, subtle });

/** Close to the Teams light theme: Segoe UI, its colours and spacing. */
const TEAMS_HOST_CONFIG = new AC.HostConfig({
  supportsInteractivity: true,
  fontFamily:
    "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: "#E1DFDD" },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: {
      backgroundColor: "#FFFFFF",
      foregroundColors: {
        default: foreground("#242424", "#616161"),
        dark: foreground("#252423", "#484644"),
        light: foreground("#FFFFFF", "#E1DFDD"),
        accent: foreground("#5B5FC7", "#6264A7"),
        good: foreground("#0E7A0B", "#237B4B"),
        warning: foreground("#835B00", "#986F0B"),
        attention: foreground("#C4314B", "#A4262C"),
      },
    },
    emphasis: {
      backgroundColor: "#F5F5F5",
      foregroundColors: {
        default: foreground("#242424", "#616161"),
        dark: foreground("#252423", "#484644"),
        light: foreground("#FFFFFF", "#E1DFDD"),
        accent: foreground("#5B5FC7", "#6264A7"),
        good: foreground("#0E7A0B", "#237B4B"),
        warning: foreground("#835B00", "#986F0B"),
        attention: foreground("#C4314B", "#A4262C"),
      },
    },
    accent: { backgroundColor: "#E8EBFA", foregroundColors: { default: foreground("#242424", "#616161") } },
    good: { backgroundColor: "#E7F2DA", foregroundColors: { default: foreground("#242424", "#616161") } },
    warning: { backgroundColor: "#FBF6D9", foregroundColors: { default: foreground("#242424", "#616161") } },
    attention: {
      backgroundColor: "#FCF4F6",
      foregroundColors: { default: foreground("#242424", "#616161") },
    },
  },
  actions: {
    maxActions: 6,
    spacing: "default",
    buttonSpacing: 8,
    showCard: { actionMode: "inline", inlineTopMargin: 16 },
    actionsOrientation: "horizontal",
    actionAlignment: "left",
  },
  adaptiveCard: { allowCustomStyle: true },
  factSet: {
    title: {
      color: "default",
      size: "default",
      isSubtle: false,
      weight: "bolder",
      wrap: true,
      maxWidth: 160,
    },
    value: { color: "default", size: "default", isSubtle: false, weight: "default", wrap: true },
    spacing: 8,
  },
});

/** The outcome of rendering: the card element, or the renderer's reasons when it refused the card. */
export interface RenderedTeamsCard {
  element: HTMLElement | null;
  /** Problems the renderer reported while parsing (unknown element types, bad values). */
  warnings: string[];
}

/** Parses and renders a card; `onSubmit` receives the data of Action.Submit / Action.Execute buttons. */
export function renderTeamsCard(json: unknown, onSubmit: (data: unknown) => void): RenderedTeamsCard {
  const card = new AC.AdaptiveCard();
  card.hostConfig = TEAMS_HOST_CONFIG;
  card.onExecuteAction = (action) => {
    if (action instanceof AC.SubmitActionBase) onSubmit(action.data);
    else if (action instanceof AC.OpenUrlAction && action.url) window.open(action.url, "_blank", "noopener");
  };
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const warnings: string[] = [];
  for (let i = 0; i < context.eventCount; i++) warnings.push(context.getEventAt(i).message);
  const element = card.render() ?? null;
  return { element, warnings };
}
