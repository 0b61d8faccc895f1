/**
 * Dutch names and descriptions of every custom function and parameter, keyed
 * by the function id and the parameter name of the English metadata. The build
 * turns `functions.json` plus this table into `functions-nl.json`
 * (scripts/functions-nl.mjs); a test fails when anything lacks a Dutch text.
 */
export interface FunctionTranslation {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

export const DUTCH: Record<string, FunctionTranslation> = {
  SCORE: {
    name: "SCORE",
    description:
      "Meervoudige achterstandsindex per gebied uit de domeinscores (hoger = meer achterstand): IoD-exponentiële transformatie en gewogen som, of gemiddelde van z-scores, of meetkundig gemiddelde.",
    parameters: {
      domains: {
        name: "domeinen",
        description: "Bereik met één rij per gebied en één kolom per domein. Lege cellen zijn ontbrekende waarden.",
      },
      weights: { name: "gewichten", description: "Eén gewicht per domein (rij of kolom). Standaard gelijke weging." },
      method: {
        name: "methode",
        description: '"exp" (standaard, IoD), "mean" (gemiddelde z-score) of "geomean" (meetkundig gemiddelde).',
      },
      directions: {
        name: "richtingen",
        description: "Eén richting per domein: 1 = hoger is ongunstiger (standaard), -1 = hoger is gunstiger.",
      },
    },
  },
};
