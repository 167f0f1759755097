// Our own strict zod model of the Adaptive Card 1.5 subset vacancy-bot sends to Teams, written from
// the element reference at https://adaptivecards.io/explorer/ : unknown types and properties fail.
import { z } from "zod";

/**
 * Adaptive Card hosts read enum values without regard to case ("Bolder" and "bolder" both render),
 * so the check lower-cases before comparing; the message lists the documented spellings.
 */
function caseless<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set(values.map((v) => v.toLowerCase()));
  return z.string().refine((v) => allowed.has(v.toLowerCase()), {
    message: `expected one of ${values.join(", ")}`,
  });
}

const Colors = caseless(["default", "dark", "light", "accent", "good", "warning", "attention"]);
const FontSize = caseless(["default", "small", "medium", "large", "extraLarge"]);
const FontWeight = caseless(["default", "lighter", "bolder"]);
const FontType = caseless(["default", "monospace"]);
const Spacing = caseless(["default", "none", "small", "medium", "large", "extraLarge", "padding"]);
const HorizontalAlignment = caseless(["left", "center", "right"]);
const VerticalContentAlignment = caseless(["top", "center", "bottom"]);
const BlockElementHeight = caseless(["auto", "stretch"]);
const ContainerStyle = caseless(["default", "emphasis", "good", "attention", "warning", "accent"]);
const TextBlockStyle = caseless(["default", "heading"]);
const ActionStyle = caseless(["default", "positive", "destructive"]);
const ActionMode = caseless(["primary", "secondary"]);
const AssociatedInputs = caseless(["auto", "none"]);
const TextInputStyle = caseless(["text", "tel", "url", "email", "password"]);

/** Absolute http(s) link, the only kind Teams opens from a card. */
const WebUrl = z.url({ protocol: /^https?$/ });

/** Host feature requirements, e.g. { "adaptiveCards": "1.5" }. */
const Requires = z.record(z.string(), z.string());

/** Properties every action has (title, icon, style; tooltip, isEnabled and mode arrived in 1.5). */
const actionBase = {
  id: z.string().optional(),
  title: z.string().optional(),
  iconUrl: WebUrl.optional(),
  style: ActionStyle.optional(),
  tooltip: z.string().optional(),
  isEnabled: z.boolean().optional(),
  mode: ActionMode.optional(),
  requires: Requires.optional(),
};

/** Properties every body element has. */
const elementBase = {
  id: z.string().optional(),
  spacing: Spacing.optional(),
  separator: z.boolean().optional(),
  height: BlockElementHeight.optional(),
  isVisible: z.boolean().optional(),
  requires: Requires.optional(),
};

/**
 * Action.Submit. The format allows string `data`, but Teams mobile drops it and our button payloads
 * are objects (CardAction), so only objects pass here.
 */
const SubmitAction = z.strictObject({
  type: z.literal("Action.Submit"),
  data: z.record(z.string(), z.unknown()).optional(),
  associatedInputs: AssociatedInputs.optional(),
  ...actionBase,
  fallback: z.literal("drop").optional(),
});

const OpenUrlAction = z.strictObject({
  type: z.literal("Action.OpenUrl"),
  url: WebUrl,
  ...actionBase,
  fallback: z.literal("drop").optional(),
});

/** Actions our renderers emit. Action.ShowCard / Execute / ToggleVisibility are deliberately absent. */
export const ActionSchema = z.discriminatedUnion("type", [SubmitAction, OpenUrlAction]);

const TextBlock = z.strictObject({
  type: z.literal("TextBlock"),
  text: z.string(),
  color: Colors.optional(),
  fontType: FontType.optional(),
  horizontalAlignment: HorizontalAlignment.optional(),
  isSubtle: z.boolean().optional(),
  maxLines: z.number().int().positive().optional(),
  size: FontSize.optional(),
  weight: FontWeight.optional(),
  wrap: z.boolean().optional(),
  style: TextBlockStyle.optional(),
  ...elementBase,
  fallback: z.literal("drop").optional(),
});

const FactSet = z.strictObject({
  type: z.literal("FactSet"),
  facts: z.array(z.strictObject({ title: z.string(), value: z.string() })),
  ...elementBase,
  fallback: z.literal("drop").optional(),
});

const ActionSet = z.strictObject({
  type: z.literal("ActionSet"),
  actions: z.array(ActionSchema),
  ...elementBase,
  fallback: z.literal("drop").optional(),
});

/** Input.Text: the recruiter's notice form (adapters/teams/handlers/recruiter.ts). */
const TextInput = z.strictObject({
  type: z.literal("Input.Text"),
  id: z.string().min(1, "an input needs an id, or its value is never sent"),
  label: z.string().optional(),
  isRequired: z.boolean().optional(),
  errorMessage: z.string().optional(),
  placeholder: z.string().optional(),
  value: z.string().optional(),
  isMultiline: z.boolean().optional(),
  maxLength: z.number().int().nonnegative().optional(),
  regex: z.string().optional(),
  style: TextInputStyle.optional(),
  spacing: Spacing.optional(),
  separator: z.boolean().optional(),
  height: BlockElementHeight.optional(),
  isVisible: z.boolean().optional(),
  requires: Requires.optional(),
  fallback: z.literal("drop").optional(),
});

const Container = z.strictObject({
  type: z.literal("Container"),
  // A getter lets the schema refer to ElementSchema, which includes Container itself.
  get items(): z.ZodArray<z.ZodType> {
    return z.array(ElementSchema);
  },
  selectAction: ActionSchema.optional(),
  style: ContainerStyle.optional(),
  verticalContentAlignment: VerticalContentAlignment.optional(),
  bleed: z.boolean().optional(),
  minHeight: z
    .string()
    .regex(/^\d+px$/, "minHeight is pixels, like 80px")
    .optional(),
  rtl: z.boolean().optional(),
  ...elementBase,
  fallback: z.literal("drop").optional(),
});

/** Body elements our renderers and adapters emit; any other type fails. */
export const ElementSchema = z.discriminatedUnion("type", [
  TextBlock,
  FactSet,
  ActionSet,
  TextInput,
  Container,
]);

const KNOWN_ELEMENTS = new Set(["TextBlock", "FactSet", "ActionSet", "Input.Text", "Container"]);
const KNOWN_ACTIONS = new Set(["Action.Submit", "Action.OpenUrl"]);

/** The card root: version "1.5" (what Teams renders), body, card-level actions, fallback and speech. */
export const AdaptiveCardSchema = z.strictObject({
  type: z.literal("AdaptiveCard"),
  version: z.literal("1.5"),
  $schema: z.string().optional(),
  body: z.array(ElementSchema).optional(),
  actions: z.array(ActionSchema).optional(),
  selectAction: ActionSchema.optional(),
  fallbackText: z.string().optional(),
  speak: z.string().optional(),
  lang: z.string().optional(),
  minHeight: z
    .string()
    .regex(/^\d+px$/)
    .optional(),
  rtl: z.boolean().optional(),
  verticalContentAlignment: VerticalContentAlignment.optional(),
});

/** Types anywhere in the card that are neither a known element nor a known action, with their path. */
function unknownTypes(card: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}/${i}`);
    } else if (value && typeof value === "object") {
      const type = (value as { type?: unknown }).type;
      if (path !== "" && typeof type === "string" && !KNOWN_ELEMENTS.has(type) && !KNOWN_ACTIONS.has(type))
        out.push(`${path}: unknown element or action type "${type}"`);
      // Submit data is our payload, not card structure: its "type" keys are not elements.
      for (const [key, v] of Object.entries(value)) if (key !== "data") walk(v, `${path}/${key}`);
    }
  };
  walk(card, "");
  return out;
}

/** Every way a card departs from our Adaptive Card 1.5 model, one line each; empty when it conforms. */
export function adaptiveCardSchemaProblems(card: unknown): string[] {
  const result = AdaptiveCardSchema.safeParse(card);
  const unknown = unknownTypes(card);
  if (result.success) return unknown;
  // An unknown type also fails the discriminated union; the walker's message names the type.
  const issues = result.error.issues
    .filter((i) => !(unknown.length > 0 && i.code === "invalid_union"))
    .map((i) => `/${i.path.join("/")}: ${i.message}`);
  return [...unknown, ...issues];
}
