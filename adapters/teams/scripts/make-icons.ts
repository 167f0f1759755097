// Regenerates appPackage/color.png and appPackage/outline.png from packaging/icons.ts:
//   node bin/run-ts.mjs adapters/teams/scripts/make-icons.ts
import { writeFileSync } from "node:fs";
import { colorIcon, outlineIcon } from "../packaging/icons.ts";

const dir = new URL("../appPackage/", import.meta.url);
writeFileSync(new URL("color.png", dir), colorIcon());
writeFileSync(new URL("outline.png", dir), outlineIcon());
console.log("wrote adapters/teams/appPackage/color.png and outline.png");
