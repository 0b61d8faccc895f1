import type { EngineErrorDetails } from "../../engine/errors";
import { type InfeasibleTexts, infeasibleText, ordinal, rowAndColumn } from "./details";
import type { EngineStrings } from "./en";

/** The engine's codes in Dutch words; the same keys as en.ts (TypeScript checks them). */

const where = (d: EngineErrorDetails) => rowAndColumn(d, "rij", "kolom");

const infeasible: InfeasibleTexts = {
  inRow: (row) => ` in rij ${row + 1}`,
  capBelowFloor: (argument, at, cap, floor) =>
    `${argument}:${at} ligt de bovengrens (${cap}) onder de ondergrens (${floor}); maak de bovengrens minstens zo hoog als de ondergrens.`,
  floorsAboveBudget: (argument, floors, gap, budget) =>
    `${argument}: de ondergrenzen tellen op tot ${floors}, ${gap} meer dan het budget (${budget}); verlaag de ondergrenzen of verhoog het budget.`,
  capsBelowBudget: (argument, reach, gap, budget) =>
    `${argument}: binnen de bovengrenzen kan hooguit ${reach} worden verdeeld, ${gap} minder dan het budget (${budget}); verhoog de bovengrenzen of verlaag het budget.`,
  ruleGivesZero: (argument, budget) =>
    `${argument}: met deze regel krijgt elk gebied 0 (alle waarden zijn 0), dus het budget (${budget}) kan niet worden verdeeld; geef minstens één gebied een waarde boven 0.`,
};

export const nl: EngineStrings = {
  refusals: {
    TOO_FEW_ROWS: (argument, d) =>
      `${argument}: minstens ${d.expected ?? 2} rijen nodig (één per gebied), gevonden ${d.actual ?? 0}.`,
    WEIGHT_COUNT: (argument, d) => `${argument}: geef één gewicht per kolom (${d.expected}), gevonden ${d.actual}.`,
    WEIGHT_INVALID: (argument, d) =>
      `${argument}: gewicht${ordinal(d.column)} is "${d.value}"; gewichten zijn getallen ≥ 0.`,
    WEIGHT_ZERO: (argument) => `${argument}: alle gewichten zijn 0; geef minstens één gewicht groter dan 0.`,
    DIRECTION_COUNT: (argument, d) => `${argument}: geef één richting per kolom (${d.expected}), gevonden ${d.actual}.`,
    DIRECTION_INVALID: (argument, d) =>
      `${argument}: richting${ordinal(d.column)} is "${d.value}"; gebruik 1 (hoger is ongunstiger) of -1 (hoger is gunstiger).`,
    METHOD_UNKNOWN: (argument, d) => `${argument}: onbekende methode "${d.value}"; kies uit ${d.expected}.`,
    NOT_POSITIVE: (argument, d) =>
      `${argument}: een meetkundig gemiddelde vraagt waarden boven 0, gevonden ${d.value}${where(d)}; schaal eerst of kies een andere methode.`,
    ZERO_VARIANCE: (argument, d) =>
      `${argument}: alle waarden${where(d)} zijn gelijk, er is geen spreiding om mee te normaliseren; laat die kolom weg.`,
    LENGTH_MISMATCH: (argument, d) =>
      `${argument}: ${d.expected} waarden verwacht, gevonden ${d.actual}; maak de bereiken even groot.`,
    PARAMETER_INVALID: (argument, d) =>
      d.value === "" && d.row !== undefined
        ? `${argument}: rij ${d.row + 1} is leeg; elk gebied heeft hier een getal nodig (een ontbrekende waarde telt nooit als 0).`
        : `${argument}: "${d.value}"${where(d)} is niet toegestaan${d.expected ? `; verwacht ${d.expected}` : ""}.`,
    TOO_FEW_VALUES: (argument, d) =>
      `${argument}: minstens ${d.expected} waarden nodig${where(d)}, gevonden ${d.actual}.`,
    NUMBER_INVALID: (argument, d) => `${argument}: ${d.value}${where(d)} is geen bruikbaar getal.`,
    INFEASIBLE: (argument, d) => infeasibleText(argument, d, infeasible, "nl"),
  },
  infeasible,
  strength: { negligible: "verwaarloosbaar", weak: "zwak", moderate: "matig", strong: "sterk" },
};
