import * as React from "react";
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** A step's body: its heading, an optional introduction, and its fields. */
export function Section({ heading, intro, children }: { heading: string; intro?: string; children: React.ReactNode }) {
  const styles = useStyles();
  const id = React.useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {heading}
      </Subtitle2>
      {intro && <Body1>{intro}</Body1>}
      {children}
    </section>
  );
}
