import * as React from "react";
import { Body1, Caption1, Card, CardHeader, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../i18n/language";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

const TEXT = {
  en: {
    title: "MDI for Excel",
    intro:
      "Multiple Deprivation Index in your workbook: domain scores, the weighted index, ranks and deciles. Rank 1 and decile 1 are always the most deprived.",
    howTitle: "Use =MDI.SCORE",
    how: "Select one row per area and one column per domain, then type:",
    example: "=MDI.SCORE(B2:H480; {0.225;0.225;0.135;0.135;0.093;0.093;0.093})",
    note: "Blank cells are missing values: that area shows #N/A, the others still compute. Nothing leaves your computer.",
  },
  nl: {
    title: "MDI voor Excel",
    intro:
      "Meervoudige achterstandsindex in uw werkmap: domeinscores, de gewogen index, rangen en decielen. Rang 1 en deciel 1 zijn altijd de gebieden met de meeste achterstand.",
    howTitle: "Gebruik =MDI.SCORE",
    how: "Selecteer één rij per gebied en één kolom per domein, en typ:",
    example: "=MDI.SCORE(B2:H480; {0,225;0,225;0,135;0,135;0,093;0,093;0,093})",
    note: "Lege cellen zijn ontbrekende waarden: dat gebied krijgt #N/A, de rest wordt berekend. Er gaat niets van uw computer af.",
  },
} as const;

export function App({ language }: { language: Language }) {
  const styles = useStyles();
  const t = TEXT[language];
  return (
    <main className={styles.root} lang={language}>
      <Title3 as="h1">{t.title}</Title3>
      <Body1>{t.intro}</Body1>
      <Card>
        <CardHeader header={<Text weight="semibold">{t.howTitle}</Text>} />
        <Body1>{t.how}</Body1>
        <code className={styles.code}>{t.example}</code>
        <Caption1>{t.note}</Caption1>
      </Card>
    </main>
  );
}
