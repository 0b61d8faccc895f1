import * as React from "react";
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { DataBlock } from "../../../workbook/port";
import type { DataAnalysis } from "../../model/analyze";
import type { MdiConfig } from "../../model/config";
import { methodLines } from "../../plan";
import { useLanguage } from "../../strings";
import { APP_VERSION } from "../../version";

const useStyles = makeStyles({
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** The "Methode" block in words, as it will be written next to the results. */
export function MethodSummary({
  config,
  analysis,
  data,
  date,
}: {
  config: MdiConfig;
  analysis: DataAnalysis;
  data: DataBlock;
  date: string;
}) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const id = React.useId();
  const [heading, ...lines] = methodLines({ config, analysis, data, strings, language, version: APP_VERSION, date });
  return (
    <section className={styles.block} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {heading}
      </Subtitle2>
      {lines.map((line, i) => (
        <Body1 key={i}>{line}</Body1>
      ))}
    </section>
  );
}
